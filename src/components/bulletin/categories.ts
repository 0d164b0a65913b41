import type { BulletinCategory } from '../../schemas/bulletin';

/** Category names readers see. */
export const BULLETIN_CATEGORY_LABELS: Record<BulletinCategory, string> = {
	legislacao: 'Legislação',
	manutencao: 'Manutenção',
	seguranca: 'Segurança',
	comunicado: 'Comunicado',
	evento: 'Evento',
	'liberacao-versao': 'Liberação de versão',
};

/** Page of a bulletin: /informativos/<yyyy>/<slug>/ (the id is `<yyyy>/<slug>`). */
export function bulletinUrl(id: string): string {
	return `/informativos/${id}/`;
}

/** Bulletins of one category (the listing's filter without JavaScript). */
export function categoryUrl(category: BulletinCategory): string {
	return `/informativos/categoria/${category}/`;
}

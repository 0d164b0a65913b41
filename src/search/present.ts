/** Words shown around search results: filter names, page types, counts. */
import type { FilterKey, SearchOutcome } from './query';

/** Names of the filters, as the search page shows them. */
export const FILTER_LABELS: Record<FilterKey, string> = { tipo: 'Tipo de conteúdo', produto: 'Produto', modulo: 'Módulo', versao: 'Versão' };

/** Values of the `tipo` filter → what a reader calls them. */
export const TYPE_LABELS: Record<string, string> = {
	faq: 'Base de conhecimento',
	novidade: 'Novidades da versão',
	informativo: 'Informativo',
	suporte: 'Como funciona o suporte',
};

/** How a filter value is shown (types get their reader name). */
export function valueLabel(key: string, value: string): string {
	return key === 'tipo' ? (TYPE_LABELS[value] ?? value) : value;
}

export interface HitSummary {
	type: string;
	modules: string[];
	product?: string;
	version?: string;
}

/** Type, modules, product and version of a result, from its filters (then its metadata). */
export function summarizeHit(data: { meta: Record<string, string>; filters: Record<string, string[]> }): HitSummary {
	const tipo = data.filters.tipo?.[0];
	const modules = data.filters.modulo?.length ? data.filters.modulo : data.meta.modulo ? [data.meta.modulo] : [];
	return {
		type: tipo ? valueLabel('tipo', tipo) : (data.meta.tipo ?? 'Página'),
		modules,
		product: data.filters.produto?.[0],
		version: data.filters.versao?.[0],
	};
}

/** "Fiscal", "Fiscal, Estoque", "Fiscal, Estoque e mais 3". */
export function moduleList(modules: readonly string[], max = 3): string {
	if (modules.length <= max) return modules.join(', ');
	return `${modules.slice(0, max).join(', ')} e mais ${modules.length - max}`;
}

/** "1 resultado", "12 resultados". */
export function countLabel(count: number): string {
	return `${count.toLocaleString('pt-BR')} ${count === 1 ? 'resultado' : 'resultados'}`;
}

/**
 * The sentence announced to screen readers (and shown) after a search: the count, and whether
 * the results have every word or only some.
 */
export function statusMessage(outcome: Pick<SearchOutcome, 'mode' | 'hits' | 'plan'>): string {
	const count = outcome.hits.length;
	const quoted = outcome.plan.text ? ` para “${outcome.plan.text}”` : '';
	switch (outcome.mode) {
		case 'empty':
			return '';
		case 'none':
			return `Nenhum resultado${quoted}.`;
		case 'browse':
			return count === 0 ? 'Nenhum conteúdo com esses filtros.' : `${countLabel(count)} com esses filtros.`;
		case 'partial':
			return count === 0 ? `Nenhum resultado${quoted} com esses filtros.` : `Nenhum conteúdo tem todas as palavras${quoted}: ${countLabel(count)} com parte delas.`;
		default:
			return count === 0 ? `Nenhum resultado${quoted} com esses filtros.` : `${countLabel(count)}${quoted}.`;
	}
}

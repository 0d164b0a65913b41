import { DEFAULT_RETENTION_DAYS } from '../../server/config-hardening';

/** The privacy page, linked from the footer and next to the form's submit button. */
export const PRIVACY_URL = '/suporte/privacidade/';

/**
 * The sentence next to the submit button (pt-BR), before the link to the privacy page. The built
 * page is static and TICKET_API_RETENTION_DAYS is the operator's: it names the default only as the
 * default, so it stays true for any configuration. The service, which knows the configured
 * retention, shows that number instead where it renders the form (`privacyNote(days)`).
 */
export const PRIVACY_NOTE = `Usamos estes dados só para atender o seu chamado e, depois de encerrado, guardamos o chamado pelo prazo de retenção configurado (${DEFAULT_RETENTION_DAYS} dias por padrão).`;

/** The sentence with the configured retention, for the pages the service renders per request. */
export function privacyNote(retentionDays?: number): string {
	if (retentionDays === undefined) return PRIVACY_NOTE;
	return `Usamos estes dados só para atender o seu chamado e, depois de encerrado, guardamos o chamado por ${retentionDays} ${retentionDays === 1 ? 'dia' : 'dias'}.`;
}

export const PRIVACY_LINK_TEXT = 'Como tratamos os seus dados';

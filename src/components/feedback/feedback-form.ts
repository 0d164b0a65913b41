/**
 * The "Isso foi útil?" form: where it posts, its field names and the anchor of the thank-you
 * note. Shared by the widget (Feedback.astro, feedback-widget.ts), the shared schema and the
 * ticket service's route, so all agree on every name. Browser-safe: no zod, no node module.
 */

/** The route under the API base (`/api` or PUBLIC_TICKET_API_URL). */
export const FEEDBACK_ROUTE = '/feedback';

/** The form's field names (the JSON body uses the same keys). */
export const FEEDBACK_FIELDS = { page: 'page', useful: 'useful', comment: 'comment' } as const;

/** What the two buttons post in `useful` from the plain form. */
export const USEFUL_VALUES = { yes: 'sim', no: 'nao' } as const;

/** The most characters of the optional comment ("o que faltou?"). */
export const FEEDBACK_COMMENT_MAX = 500;

/** The id of the thank-you note; a plain form post comes back to the page at `#<this>`. */
export const FEEDBACK_THANKS_ID = 'avaliacao-obrigado';

/**
 * The pages that carry the widget, by their address on the site: an FAQ article
 * (`/faq/<módulo>/<artigo>/`) or a support page (`/suporte/<página>/`).
 */
export const FEEDBACK_PAGE_PATTERN = /^\/(?:faq\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*|suporte\/[a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

/** The FAQ id of an article address (`/faq/fiscal/rejeicao-539/` → `fiscal/rejeicao-539`), else undefined. */
export function articleIdOf(page: string): string | undefined {
	const match = /^\/faq\/([^/]+\/[^/]+)\/$/.exec(page);
	return match?.[1];
}

/** The `action` of the feedback form for an API base such as "/api". */
export function feedbackAction(apiBase: string): string {
	return `${apiBase}${FEEDBACK_ROUTE}`;
}

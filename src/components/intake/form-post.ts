/**
 * The ticket form as a plain HTML form (no JavaScript): where it posts, the hidden field that
 * carries its idempotency key, and where the service sends the customer afterwards. Shared by
 * the page (IntakeForm.astro) and the ticket service (src/server/routes/ticket-form.ts), so both
 * agree on every name. Browser-safe: no node module.
 */

/** The form route, under the API base (`/api` or PUBLIC_TICKET_API_URL). */
export const FORM_ROUTE = '/tickets/form';

/** The page the service answers a valid form post with (303), and where it lives. */
export const CONFIRMATION_PATH = '/abrir-ticket/confirmacao/';

/** The query parameter of the confirmation page: the idempotency key of the post. */
export const CONFIRMATION_KEY_PARAM = 'chave';

/** Name of the hidden field that carries the form's idempotency key. */
export const FORM_KEY_FIELD = 'idempotencyKey';

/**
 * What the built page holds in the hidden key field. It is the same for every visitor, so it is
 * not a key: the site server (npm start) puts a fresh UUID in its place on every GET of the page,
 * and the service treats a post that still carries it as a post without a key.
 */
export const FORM_KEY_PLACEHOLDER = 'chave-gerada-pelo-servidor';

/** The `action` of the ticket form for an API base such as "/api". */
export function formAction(apiBase: string): string {
	return `${apiBase}${FORM_ROUTE}`;
}

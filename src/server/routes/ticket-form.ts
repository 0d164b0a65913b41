import { randomUUID } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type DraftValues, emptyValues, FIELD_NAMES } from '../../components/intake/draft-store';
import { groupFieldErrors } from '../../components/intake/field-errors';
import { CONFIRMATION_KEY_PARAM, FORM_KEY_FIELD } from '../../components/intake/form-post';
import { buildTicketPayload, checkTicket, type IntakeCatalog } from '../../components/intake/payload';
import type { ApiEnv } from '../api-env';
import { bodyHash } from '../body-hash';
import { confirmationPage, formPage, messagePage } from '../form-page';
import { formKey } from '../form-key';
import { MAX_BODY_BYTES } from '../json-body';
import type { PageShell } from '../page-shell';
import { INVALID_UTF8_MESSAGE, INVALID_UTF8_TITLE, isValidUtf8Form } from '../strict-form';
import type { TicketStore } from '../storage';

export interface TicketFormRoutesOptions {
	store: TicketStore;
	/** Products and modules, with the names the form shows. */
	catalog: IntakeCatalog;
	/** The limiter shared by every POST of the API. */
	postLimit: MiddlewareHandler;
	shell: PageShell;
	/** Called once a new ticket is stored: its confirmation e-mail. */
	onCreated?: (ticketId: string) => void;
	/** A fresh private link (path) to the ticket's tracking page, for the confirmation. */
	trackingPath?: (ticketId: string) => string;
	/** TICKET_API_RETENTION_DAYS, named by the privacy note of the form pages. */
	retentionDays?: number;
}

/** Where the confirmation lives, relative to the form route (so a proxy's path prefix is kept). */
const CONFIRMATION_SEGMENT = 'confirmacao';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The form's fields as typed; anything else posted (a file, an unknown name) is ignored. */
function formValues(body: Record<string, unknown>): DraftValues {
	const values = emptyValues();
	for (const name of FIELD_NAMES) {
		const value = body[name];
		if (typeof value === 'string') values[name] = value;
	}
	return values;
}

/**
 * The ticket form without JavaScript: POST {api}/tickets/form takes the form as the browser
 * posts it and answers with a page, never JSON. A valid ticket is stored under the form's
 * idempotency key (see form-key.ts) and answered with 303 to its confirmation page; an invalid
 * one with 422 and the form again, refilled, with every error. GET {api}/tickets/form/confirmacao
 * ?chave=<key> is that confirmation: whoever holds the key (the one who posted) reads the
 * ticket's number and the e-mail where replies arrive.
 */
export function ticketFormRoutes({ store, catalog, postLimit, shell, onCreated, trackingPath, retentionDays }: TicketFormRoutesOptions): Hono<ApiEnv> {
	const routes = new Hono<ApiEnv>();
	const page = (c: Context, status: 400 | 404 | 413 | 415, title: string, message: string) =>
		c.html(messagePage(shell, title, message), status);

	const requireForm: MiddlewareHandler = async (c, next) => {
		const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
		if (!FORM_TYPES.includes(type)) {
			return page(c, 415, 'Envio não reconhecido', 'Este endereço recebe o formulário da página Abrir ticket. Volte à página e envie o formulário de lá.');
		}
		return next();
	};
	const limitSize = bodyLimit({
		maxSize: MAX_BODY_BYTES,
		onError: (c) =>
			page(c, 413, 'Ticket grande demais', `O formulário passou do limite de ${MAX_BODY_BYTES / 1024} KiB. Encurte a descrição e envie de novo.`),
	});

	routes.post('/', postLimit, requireForm, limitSize, async (c) => {
		if (!(await isValidUtf8Form(c))) return page(c, 400, INVALID_UTF8_TITLE, INVALID_UTF8_MESSAGE);
		const body = await c.req.parseBody();
		const values = formValues(body);
		const contentHash = bodyHash({ form: values });
		const posted = body[FORM_KEY_FIELD];
		const key = formKey(typeof posted === 'string' ? posted : undefined, contentHash);
		const action = c.req.path;

		const check = checkTicket(buildTicketPayload(values, { suggested: [], opened: [] }), catalog);
		if (!check.ok) {
			return c.html(formPage(shell, catalog, { action, retentionDays, formKey: key, values, errors: groupFieldErrors(check.fields) }), 422);
		}
		const outcome = store.save(key, contentHash, check.ticket);
		if (outcome.kind === 'conflict') {
			// This page was already sent with other values: that ticket stays as it is, and sending
			// again (with a new key) opens a ticket with what is on the form now.
			return c.html(
				formPage(shell, catalog, {
					action,
					retentionDays,
					formKey: randomUUID(),
					values,
					errors: groupFieldErrors([]),
					notice:
						'Este formulário já tinha sido enviado antes, com outro conteúdo, e aquele ticket foi aberto. Para completar aquele ticket, responda nele. Para abrir um novo ticket com o conteúdo abaixo, envie de novo.',
				}),
				409,
			);
		}
		if (outcome.kind === 'created') onCreated?.(outcome.receipt.id);
		const segment = action.split('/').pop();
		return c.redirect(`${segment}/${CONFIRMATION_SEGMENT}?${CONFIRMATION_KEY_PARAM}=${encodeURIComponent(key)}`, 303);
	});

	routes.get(`/${CONFIRMATION_SEGMENT}`, (c) => {
		const key = c.req.query(CONFIRMATION_KEY_PARAM)?.trim();
		const ticket = key ? store.findByKey(key) : undefined;
		if (!ticket) {
			return page(c, 404, 'Ticket não encontrado', 'Não encontramos o ticket deste endereço. Confira se o endereço está completo, como aparecia depois do envio.');
		}
		c.header('Referrer-Policy', 'no-referrer');
		return c.html(confirmationPage(shell, { id: ticket.id, email: ticket.requester.email, trackingPath: trackingPath?.(ticket.id) }));
	});

	return routes;
}

import { Hono, type Context } from 'hono';
import { isStatus, STATUSES } from '../../lifecycle/rules';
import { replySchema, statusChangeSchema } from '../../schemas/ticket-change';
import { type FieldError, toFieldErrors } from '../../schemas/ticket';
import type { ApiEnv } from '../api-env';
import { requireAdmin } from '../auth';
import { sendError } from '../errors';
import { jsonBody } from '../json-body';
import { LifecycleError, type ListFilters, type TicketLifecycle } from '../lifecycle/ticket-lifecycle';

export interface StaffTicketRoutesOptions {
	lifecycle: TicketLifecycle;
	adminToken: string | undefined;
	/** Called after a status change or a reply was stored (e-mails that follow it). */
	onChange?: (ticketId: string) => void;
	/** Called when tickets were shown with the admin token (the list, a history): the read record. */
	onRead?: (c: Context, ticketIds: string[]) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The list filters of the query string, or the fields that are wrong. */
export function parseListFilters(query: Record<string, string | undefined>): { filters: ListFilters } | { fields: FieldError[] } {
	const fields: FieldError[] = [];
	const filters: ListFilters = {};
	const { status, produto, modulo, desde, ate } = query;
	if (status !== undefined) {
		if (isStatus(status)) filters.status = status;
		else fields.push({ path: 'status', message: `O status deve ser um destes: ${STATUSES.join(', ')}; "${status}" não existe.` });
	}
	if (produto) filters.product = produto;
	if (modulo) filters.module = modulo;
	for (const [name, value, key] of [['desde', desde, 'from'], ['ate', ate, 'to']] as const) {
		if (value === undefined) continue;
		if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) filters[key] = value;
		else fields.push({ path: name, message: `A data "${name}" deve estar no formato AAAA-MM-DD, como 2026-12-01; recebido "${value}".` });
	}
	return fields.length ? { fields } : { filters };
}

function lifecycleError(c: Context, error: unknown): Response {
	if (!(error instanceof LifecycleError)) throw error;
	return error.reason === 'not_found'
		? sendError(c, 404, 'not_found', error.message)
		: sendError(c, 409, 'transition_not_allowed', error.message);
}

function invalid(c: Context, fields: FieldError[]): Response {
	const count = fields.length === 1 ? 'Um campo precisa' : `${fields.length} campos precisam`;
	return sendError(c, 422, 'validation_failed', `${count} de correção.`, fields);
}

/**
 * The support team's routes, all behind the admin token: GET /api/tickets (list, with filters),
 * GET /api/tickets/:id/historico (the ticket with its history and deadline),
 * POST /api/tickets/:id/status and POST /api/tickets/:id/respostas.
 */
export function staffTicketRoutes({ lifecycle, adminToken, onChange, onRead }: StaffTicketRoutesOptions): Hono<ApiEnv> {
	const routes = new Hono<ApiEnv>();
	const admin = requireAdmin(adminToken);

	routes.get('/', admin, (c) => {
		const parsed = parseListFilters(c.req.query());
		if ('fields' in parsed) return invalid(c, parsed.fields);
		const tickets = lifecycle.list(parsed.filters);
		onRead?.(c, tickets.map((ticket) => ticket.id));
		return c.json({ tickets });
	});

	routes.get('/:id/historico', admin, (c) => {
		const view = lifecycle.view(c.req.param('id'));
		if (!view) return sendError(c, 404, 'not_found', `Não há ticket com o número "${c.req.param('id')}".`);
		onRead?.(c, [view.id]);
		return c.json(view);
	});

	routes.post('/:id/status', admin, ...jsonBody, (c) => {
		const parsed = statusChangeSchema.safeParse(c.var.json);
		if (!parsed.success) return invalid(c, toFieldErrors(parsed.error));
		const id = c.req.param('id');
		try {
			const view = lifecycle.changeStatus(id, parsed.data.status, { actor: 'suporte', author: parsed.data.autor, message: parsed.data.mensagem });
			onChange?.(id);
			return c.json(view);
		} catch (error) {
			return lifecycleError(c, error);
		}
	});

	routes.post('/:id/respostas', admin, ...jsonBody, (c) => {
		const parsed = replySchema.safeParse(c.var.json);
		if (!parsed.success) return invalid(c, toFieldErrors(parsed.error));
		const id = c.req.param('id');
		try {
			const view = lifecycle.reply(id, { actor: 'suporte', author: parsed.data.autor, message: parsed.data.mensagem });
			onChange?.(id);
			return c.json(view, 201);
		} catch (error) {
			return lifecycleError(c, error);
		}
	});

	return routes;
}

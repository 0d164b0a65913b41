import { Hono, type MiddlewareHandler } from 'hono';
import { type TicketCatalog, ticketSchema, toFieldErrors } from '../../schemas/ticket';
import type { ApiEnv } from '../api-env';
import { requireAdmin } from '../auth';
import { bodyHash } from '../body-hash';
import { sendError } from '../errors';
import { jsonBody } from '../json-body';
import type { TicketStore } from '../storage';

/** Any UUID (the page makes them with `crypto.randomUUID()`), in any letter case. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TicketRoutesOptions {
	store: TicketStore;
	catalog: TicketCatalog;
	adminToken: string | undefined;
	/** The limiter shared by every POST of the API. */
	postLimit: MiddlewareHandler;
	/** Where these routes are mounted, for the Location header. */
	basePath: string;
	/** Called once a new ticket is stored (not on a replay): its confirmation e-mail. */
	onCreated?: (ticketId: string) => void;
	/** A fresh private link (path) to the ticket's tracking page, added to the receipt as `trackingPath`. */
	trackingPath?: (ticketId: string) => string;
}

/** POST /api/tickets (open a ticket) and GET /api/tickets/:id (read one, for the support team). */
export function ticketRoutes({ store, catalog, adminToken, postLimit, basePath, onCreated, trackingPath }: TicketRoutesOptions): Hono<ApiEnv> {
	const schema = ticketSchema(catalog);
	const routes = new Hono<ApiEnv>();

	routes.post('/', postLimit, ...jsonBody, (c) => {
		const key = c.req.header('Idempotency-Key')?.trim();
		if (!key) {
			return sendError(
				c,
				400,
				'missing_idempotency_key',
				'Envie o cabeçalho "Idempotency-Key" com um UUID novo para cada chamado (e o mesmo UUID ao repetir um envio).',
			);
		}
		if (!UUID_PATTERN.test(key)) {
			return sendError(
				c,
				400,
				'invalid_idempotency_key',
				'O cabeçalho "Idempotency-Key" deve ser um UUID, como "3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b".',
			);
		}

		const parsed = schema.safeParse(c.var.json);
		if (!parsed.success) {
			const fields = toFieldErrors(parsed.error);
			const count = fields.length === 1 ? 'Um campo precisa' : `${fields.length} campos precisam`;
			return sendError(c, 422, 'validation_failed', `${count} de correção antes de abrir o chamado.`, fields);
		}

		// The hash covers the body as sent, so a replay must repeat it, not merely validate alike.
		const outcome = store.save(key.toLowerCase(), bodyHash(c.var.json), parsed.data);
		if (outcome.kind === 'conflict') {
			return sendError(
				c,
				409,
				'idempotency_conflict',
				'Esta Idempotency-Key já foi usada com outro conteúdo. Para um chamado novo, gere uma chave nova.',
			);
		}
		c.header('Location', `${basePath}/${outcome.receipt.id}`);
		// Whoever holds the key and the body (the one who posted) gets a private link, on a replay too.
		const receipt = trackingPath ? { ...outcome.receipt, trackingPath: trackingPath(outcome.receipt.id) } : outcome.receipt;
		if (outcome.kind === 'replayed') {
			c.header('Idempotent-Replayed', 'true');
			return c.json(receipt, 200);
		}
		onCreated?.(outcome.receipt.id);
		return c.json(receipt, 201);
	});

	routes.get('/:id', requireAdmin(adminToken), (c) => {
		const id = c.req.param('id');
		const ticket = store.find(id);
		if (!ticket) return sendError(c, 404, 'not_found', `Não há chamado com o número "${id}".`);
		return c.json(ticket);
	});

	return routes;
}

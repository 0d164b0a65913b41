import { Hono, type MiddlewareHandler } from 'hono';
import { deflectionSchema, toFieldErrors } from '../../schemas/ticket';
import type { ApiEnv } from '../api-env';
import { sendError } from '../errors';
import { jsonBody } from '../json-body';
import type { TicketStore } from '../storage';

/** POST /api/deflections: a suggested article solved the problem, so no ticket was opened. */
export function deflectionRoutes({ store, postLimit }: { store: TicketStore; postLimit: MiddlewareHandler }): Hono<ApiEnv> {
	const routes = new Hono<ApiEnv>();
	routes.post('/', postLimit, ...jsonBody, (c) => {
		const parsed = deflectionSchema.safeParse(c.var.json);
		if (!parsed.success) {
			return sendError(c, 422, 'validation_failed', 'O registro tem campos a corrigir.', toFieldErrors(parsed.error));
		}
		store.recordDeflection(parsed.data);
		return c.body(null, 204);
	});
	return routes;
}

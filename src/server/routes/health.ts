import { Hono } from 'hono';
import type { ApiEnv } from '../api-env';
import { sendError } from '../errors';
import type { TicketStore } from '../storage';

/** GET /api/health: 200 only when the storage answers a query, so a probe sees a broken disk. */
export function healthRoutes(store: TicketStore): Hono<ApiEnv> {
	const routes = new Hono<ApiEnv>();
	routes.get('/', (c) => {
		if (!store.isHealthy()) {
			return sendError(c, 503, 'storage_unavailable', 'O armazenamento de chamados não responde.');
		}
		return c.json({ status: 'ok' });
	});
	return routes;
}

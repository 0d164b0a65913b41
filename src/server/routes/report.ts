import { Hono } from 'hono';
import { buildReport, checkSince } from '../../report/figures';
import type { ApiEnv } from '../api-env';
import { requireAdmin } from '../auth';
import { sendError } from '../errors';
import type { TicketStore } from '../storage';

export interface ReportRoutesOptions {
	store: TicketStore;
	adminToken: string | undefined;
	/** Titles of articles and support pages (src/report/titles.ts). */
	titles?: ReadonlyMap<string, string>;
}

/** GET /api/relatorio?desde=AAAA-MM-DD: the editors' report as JSON (admin token), for a dashboard. */
export function reportRoutes({ store, adminToken, titles }: ReportRoutesOptions): Hono<ApiEnv> {
	const routes = new Hono<ApiEnv>();
	routes.get('/', requireAdmin(adminToken), (c) => {
		const since = c.req.query('desde')?.trim() || undefined;
		const problem = since === undefined ? undefined : checkSince(since);
		if (problem) return sendError(c, 422, 'validation_failed', problem, [{ path: 'desde', message: problem }]);
		return c.json(buildReport(store.database, { since, titles }));
	});
	return routes;
}

import type Database from 'better-sqlite3';
import type { Context, MiddlewareHandler } from 'hono';

export interface AdminRead {
	ticketId: string;
	/** The client's address and browser or program, as the request told them. */
	reader: string;
	readAt: string;
}

export function recordAdminRead(db: Database.Database, ticketId: string, reader: string, at = new Date()): void {
	db.prepare('INSERT INTO admin_reads (ticket_id, reader, read_at) VALUES (?, ?, ?)').run(ticketId, reader, at.toISOString());
}

export function adminReadsOf(db: Database.Database, ticketIds: readonly string[]): AdminRead[] {
	if (ticketIds.length === 0) return [];
	const marks = ticketIds.map(() => '?').join(', ');
	return db
		.prepare<string[], AdminRead>(
			`SELECT ticket_id AS ticketId, reader, read_at AS readAt FROM admin_reads WHERE ticket_id IN (${marks}) ORDER BY id`,
		)
		.all(...ticketIds);
}

/**
 * Records every ticket the support team read with the admin token (a 200 to GET /api/tickets/:id):
 * which ticket, when, and who (the client's address and User-Agent).
 */
export function logAdminReads(db: () => Database.Database, clientOf: (c: Context) => string): MiddlewareHandler {
	return async (c, next) => {
		await next();
		if (c.req.method !== 'GET' || c.res.status !== 200) return;
		const ticketId = c.req.param('id');
		if (!ticketId) return;
		const agent = (c.req.header('User-Agent') ?? 'sem User-Agent').slice(0, 200);
		recordAdminRead(db(), ticketId, `${clientOf(c)} (${agent})`);
	};
}

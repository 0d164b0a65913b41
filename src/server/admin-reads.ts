import { userInfo } from 'node:os';
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

/** One read record per ticket shown at once (a list), in one transaction. */
export function recordAdminReads(db: Database.Database, ticketIds: readonly string[], reader: string, at = new Date()): void {
	db.transaction(() => {
		for (const id of ticketIds) recordAdminRead(db, id, reader, at);
	})();
}

/** Who read, for a request: the client's address and its User-Agent. */
export function httpReader(c: Context, clientOf: (c: Context) => string): string {
	const agent = (c.req.header('User-Agent') ?? 'sem User-Agent').slice(0, 200);
	return `${clientOf(c)} (${agent})`;
}

/** Who read, for `npm run tickets --`: the command and the system user that ran it. */
export function commandReader(command: string): string {
	let user: string;
	try {
		user = userInfo().username;
	} catch {
		user = process.env.USER ?? process.env.USERNAME ?? 'desconhecido';
	}
	return `linha de comando: ${command} (usuário ${user})`;
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
 * Records every ticket the support team read with the admin token (a 200 to GET /api/tickets/:id;
 * the list and the history record theirs in src/server/routes/staff-tickets.ts):
 * which ticket, when, and who (the client's address and User-Agent).
 */
export function logAdminReads(db: () => Database.Database, clientOf: (c: Context) => string): MiddlewareHandler {
	return async (c, next) => {
		await next();
		if (c.req.method !== 'GET' || c.res.status !== 200) return;
		const ticketId = c.req.param('id');
		if (!ticketId) return;
		recordAdminRead(db(), ticketId, httpReader(c, clientOf));
	};
}

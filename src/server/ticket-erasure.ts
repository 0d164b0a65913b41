/**
 * Erasing tickets for good (retention purge, a person's erasure request): every table that keeps
 * rows of a ticket is emptied of them first, so the foreign keys to `tickets` hold. A new table
 * that references `tickets` must be listed here.
 */
import type Database from 'better-sqlite3';

/** Tables with a `ticket_id` column that belongs to one ticket (history, links, notices, reads…). */
const TICKET_ROW_TABLES = ['ticket_events', 'ticket_access', 'ticket_notices', 'survey_answers', 'admin_reads', 'idempotency_keys'] as const;

export interface TicketErasure {
	tickets: number;
	/** Rows erased per dependent table. */
	rows: Record<(typeof TICKET_ROW_TABLES)[number] | 'ticket_follow_ups', number>;
}

/** Erases the tickets and everything kept about them; call inside a transaction. */
export function eraseTickets(db: Database.Database, ids: readonly string[]): TicketErasure {
	const rows = Object.fromEntries([...TICKET_ROW_TABLES, 'ticket_follow_ups'].map((table) => [table, 0])) as TicketErasure['rows'];
	let tickets = 0;
	for (const id of ids) {
		for (const table of TICKET_ROW_TABLES) rows[table] += db.prepare(`DELETE FROM ${table} WHERE ticket_id = ?`).run(id).changes;
		// Only the link to an Acompanhamento goes with the ticket. The retention purge never gets here
		// with a ticket whose Acompanhamento stays (retention.ts); an erasure by e-mail takes both.
		rows.ticket_follow_ups += db.prepare('DELETE FROM ticket_follow_ups WHERE ticket_id = ? OR parent_id = ?').run(id, id).changes;
		tickets += db.prepare('DELETE FROM tickets WHERE id = ?').run(id).changes;
	}
	return { tickets, rows };
}

import type Database from 'better-sqlite3';
import { eraseTickets } from './ticket-erasure';
import type { Ticket } from '../schemas/ticket';
import { type AdminRead, adminReadsOf } from './admin-reads';
import type { StoredTicket } from './storage';

interface TicketRow {
	id: string;
	status: string;
	created_at: string;
	data: string;
}

const BY_EMAIL = "lower(json_extract(data, '$.requester.email')) = lower(?)";

/** Every ticket a person opened, found by the e-mail they gave (any letter case). */
export function ticketsOfEmail(db: Database.Database, email: string): StoredTicket[] {
	return db
		.prepare<[string], TicketRow>(`SELECT id, status, created_at, data FROM tickets WHERE ${BY_EMAIL} ORDER BY id`)
		.all(email.trim())
		.map((row) => ({ id: row.id, status: row.status, createdAt: row.created_at, ...(JSON.parse(row.data) as Ticket) }));
}

/** What the data subject may ask to see (LGPD art. 18): the tickets and who read them. */
export interface PersonalDataExport {
	email: string;
	exportedAt: string;
	tickets: StoredTicket[];
	reads: AdminRead[];
}

export function exportEmail(db: Database.Database, email: string, now = new Date()): PersonalDataExport {
	const tickets = ticketsOfEmail(db, email);
	return {
		email: email.trim(),
		exportedAt: now.toISOString(),
		tickets,
		reads: adminReadsOf(
			db,
			tickets.map((ticket) => ticket.id),
		),
	};
}

export interface ErasureResult {
	tickets: string[];
	idempotencyKeys: number;
	adminReads: number;
}

/**
 * Erases every ticket of the e-mail with all that is kept about them (history, private links,
 * notices, survey answers, read records, idempotency keys) and the e-mail's "Meus tickets" links,
 * in one transaction.
 */
export function eraseEmail(db: Database.Database, email: string): ErasureResult {
	return db.transaction((): ErasureResult => {
		const ids = db
			.prepare<[string], { id: string }>(`SELECT id FROM tickets WHERE ${BY_EMAIL} ORDER BY id`)
			.all(email.trim())
			.map((row) => row.id);
		const erased = eraseTickets(db, ids);
		db.prepare('DELETE FROM my_tickets_links WHERE lower(email) = lower(?)').run(email.trim());
		return { tickets: ids, idempotencyKeys: erased.rows.idempotency_keys, adminReads: erased.rows.admin_reads };
	}).immediate();
}

import type Database from 'better-sqlite3';
import { eraseTickets } from './ticket-erasure';
import type { Ticket } from '../schemas/ticket';
import { type AdminRead, adminReadsOf } from './admin-reads';
import { eraseOutboxOf } from './outbox-files';
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

/** One line of a ticket's history: a status change or a message (the person's own or the support's). */
export interface ExportedEvent {
	ticketId: string;
	at: string;
	actor: string;
	author: string | null;
	kind: string;
	fromStatus: string | null;
	toStatus: string | null;
	message: string | null;
}

/** An answer to the satisfaction survey. */
export interface ExportedSurveyAnswer {
	ticketId: string;
	rating: number;
	comment: string | null;
	createdAt: string;
}

/** A "Meus tickets" link asked for with the e-mail (the token itself is never kept). */
export interface ExportedMyTicketsLink {
	expiresAt: string;
	usedAt: string | null;
}

/**
 * What the data subject may ask to see (LGPD art. 18): the tickets, their history (messages and
 * replies), the survey answers, the "Meus tickets" links and who read the tickets.
 */
export interface PersonalDataExport {
	email: string;
	exportedAt: string;
	tickets: StoredTicket[];
	history: ExportedEvent[];
	surveyAnswers: ExportedSurveyAnswer[];
	myTicketsLinks: ExportedMyTicketsLink[];
	reads: AdminRead[];
}

function rowsOfTickets<T>(db: Database.Database, query: (marks: string) => string, ids: readonly string[]): T[] {
	if (ids.length === 0) return [];
	return db.prepare<string[], T>(query(ids.map(() => '?').join(', '))).all(...ids);
}

export function exportEmail(db: Database.Database, email: string, now = new Date()): PersonalDataExport {
	const tickets = ticketsOfEmail(db, email);
	const ids = tickets.map((ticket) => ticket.id);
	return {
		email: email.trim(),
		exportedAt: now.toISOString(),
		tickets,
		history: rowsOfTickets<ExportedEvent>(
			db,
			(marks) =>
				`SELECT ticket_id AS ticketId, at, actor, author, kind, from_status AS fromStatus, to_status AS toStatus, message FROM ticket_events WHERE ticket_id IN (${marks}) ORDER BY id`,
			ids,
		),
		surveyAnswers: rowsOfTickets<ExportedSurveyAnswer>(
			db,
			(marks) => `SELECT ticket_id AS ticketId, rating, comment, created_at AS createdAt FROM survey_answers WHERE ticket_id IN (${marks}) ORDER BY id`,
			ids,
		),
		myTicketsLinks: db
			.prepare<[string], ExportedMyTicketsLink>('SELECT expires_at AS expiresAt, used_at AS usedAt FROM my_tickets_links WHERE lower(email) = lower(?) ORDER BY expires_at')
			.all(email.trim()),
		reads: adminReadsOf(db, ids),
	};
}

export interface ErasureResult {
	tickets: string[];
	idempotencyKeys: number;
	adminReads: number;
	/** E-mails to the person left as .eml files in the outbox folder. */
	outboxFiles: number;
}

/**
 * Erases every ticket of the e-mail with all that is kept about them (history, private links,
 * notices, survey answers, read records, idempotency keys) and the e-mail's "Meus tickets" links,
 * in one transaction; then the e-mails to that address left in `outboxDir` (when given).
 */
export function eraseEmail(db: Database.Database, email: string, { outboxDir }: { outboxDir?: string } = {}): ErasureResult {
	const result = db.transaction((): Omit<ErasureResult, 'outboxFiles'> => {
		const ids = db
			.prepare<[string], { id: string }>(`SELECT id FROM tickets WHERE ${BY_EMAIL} ORDER BY id`)
			.all(email.trim())
			.map((row) => row.id);
		const erased = eraseTickets(db, ids);
		db.prepare('DELETE FROM my_tickets_links WHERE lower(email) = lower(?)').run(email.trim());
		return { tickets: ids, idempotencyKeys: erased.rows.idempotency_keys, adminReads: erased.rows.admin_reads };
	}).immediate();
	return { ...result, outboxFiles: outboxDir ? eraseOutboxOf(outboxDir, email) : 0 };
}

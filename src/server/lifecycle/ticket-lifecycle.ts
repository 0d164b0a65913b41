/**
 * The lifecycle of stored tickets: status changes and messages as events in SQLite (each in the
 * same transaction as the status it changes), the history, the customer's deadline, the staff's
 * list, and the Acompanhamento. The rules themselves are in src/lifecycle/rules.ts.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { addBusinessDays, type HolidayCheck, type IsoDate, localDate } from '../../lifecycle/business-days';
import {
	type Actor,
	checkTransition,
	CUSTOMER_DEADLINES,
	type CustomerStatus,
	isCustomerStatus,
	isStatus,
	REMINDER_BUSINESS_DAYS,
	STATUS_LABELS,
	statusAfterCustomerReply,
	type TicketStatus,
} from '../../lifecycle/rules';
import { bodyHash } from '../body-hash';
import type { StoredTicket, TicketStore } from '../storage';

export type EventKind = 'abertura' | 'status' | 'mensagem' | 'acompanhamento';

/** One line of a ticket's history. */
export interface TicketEvent {
	/** 0 for the opening, which is the ticket itself. */
	id: number;
	ticketId: string;
	at: string;
	actor: Actor;
	author?: string;
	kind: EventKind;
	from?: TicketStatus;
	to?: TicketStatus;
	message?: string;
	/** True when the service made the change by itself (a deadline passed). */
	automatic: boolean;
}

/** What the customer owes, and by when (the last day included, in America/Sao_Paulo). */
export interface CustomerDeadline {
	status: CustomerStatus;
	/** The day the ticket entered that status. */
	since: IsoDate;
	businessDays: number;
	/** The last day to answer. */
	date: IsoDate;
	/** The day the reminder goes out. */
	reminder: IsoDate;
	/** The event that put the ticket in that status (0: none stored). */
	eventId: number;
}

export interface TicketView extends Omit<StoredTicket, 'status'> {
	status: TicketStatus;
	/** Oldest first; an Acompanhamento starts with the history of the ticket it continues. */
	history: TicketEvent[];
	/** The date and time of the last event of this ticket. */
	lastInteraction: string;
	deadline?: CustomerDeadline;
	/** The ticket this Acompanhamento continues. */
	continues?: string;
	/** The Acompanhamento that continues this ticket. */
	continuedBy?: string;
}

export interface TicketSummary {
	id: string;
	status: TicketStatus;
	createdAt: string;
	subject: string;
	product: string;
	module: string;
	email: string;
	company: string;
	lastInteraction: string;
	deadline?: IsoDate;
}

export interface ListFilters {
	status?: TicketStatus;
	product?: string;
	module?: string;
	/** Opened on or after this day (America/Sao_Paulo). */
	from?: IsoDate;
	/** Opened on or before this day (America/Sao_Paulo). */
	to?: IsoDate;
	email?: string;
}

/** A change the rules refuse (409) or a ticket that does not exist (404), with a pt-BR message. */
export class LifecycleError extends Error {
	override name = 'LifecycleError';
	constructor(
		readonly reason: 'not_found' | 'transition_not_allowed',
		message: string,
	) {
		super(message);
	}
}

export interface ChangeInput {
	actor: Actor;
	author?: string;
	message?: string;
	automatic?: boolean;
}

interface EventRow {
	id: number;
	ticket_id: string;
	at: string;
	actor: string;
	author: string | null;
	kind: string;
	from_status: string | null;
	to_status: string | null;
	message: string | null;
	automatic: number;
}

function toEvent(row: EventRow): TicketEvent {
	const event: TicketEvent = {
		id: row.id,
		ticketId: row.ticket_id,
		at: row.at,
		actor: row.actor as Actor,
		kind: row.kind as EventKind,
		automatic: row.automatic === 1,
	};
	if (row.author) event.author = row.author;
	if (row.from_status && isStatus(row.from_status)) event.from = row.from_status;
	if (row.to_status && isStatus(row.to_status)) event.to = row.to_status;
	if (row.message) event.message = row.message;
	return event;
}

const notFound = (id: string) => new LifecycleError('not_found', `Não há ticket com o número "${id}".`);

export class TicketLifecycle {
	private readonly db: Database.Database;

	constructor(
		private readonly store: TicketStore,
		private readonly isHoliday: HolidayCheck,
		private readonly now: () => Date = () => new Date(),
	) {
		this.db = store.database;
	}

	private statusOf(id: string): TicketStatus {
		const row = this.db.prepare<[string], { status: string }>('SELECT status FROM tickets WHERE id = ?').get(id);
		if (!row) throw notFound(id);
		if (!isStatus(row.status)) throw new Error(`ticket ${id} has an unknown status "${row.status}"`);
		return row.status;
	}

	private insertEvent(ticketId: string, kind: EventKind, input: ChangeInput, from?: TicketStatus, to?: TicketStatus): number {
		const result = this.db
			.prepare(
				'INSERT INTO ticket_events (ticket_id, at, actor, author, kind, from_status, to_status, message, automatic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
			)
			.run(ticketId, this.now().toISOString(), input.actor, input.author ?? null, kind, from ?? null, to ?? null, input.message ?? null, input.automatic ? 1 : 0);
		return Number(result.lastInsertRowid);
	}

	private moveInTransaction(id: string, to: TicketStatus, input: ChangeInput): number {
		const from = this.statusOf(id);
		const check = checkTransition(from, to, input.actor);
		if (!check.ok) throw new LifecycleError('transition_not_allowed', check.message);
		this.db.prepare('UPDATE tickets SET status = ? WHERE id = ?').run(to, id);
		return this.insertEvent(id, 'status', input, from, to);
	}

	/** Moves the ticket to `to` if the rules allow it for `input.actor`, recording the event with the status. */
	changeStatus(id: string, to: TicketStatus, input: ChangeInput): TicketView {
		this.db.transaction(() => this.moveInTransaction(id, to, input)).immediate();
		return this.view(id)!;
	}

	/**
	 * A message on the ticket. From the customer, it brings a ticket that waits for them back to
	 * the analyst; from support, it starts the work on a new ticket. A closed ticket takes none.
	 */
	reply(id: string, input: ChangeInput & { message: string }): TicketView {
		this.db
			.transaction(() => {
				const status = this.statusOf(id);
				if (status === 'encerrado') {
					throw new LifecycleError(
						'transition_not_allowed',
						'O ticket está encerrado e não recebe mais respostas: para continuar, abra um Acompanhamento (um novo ticket com o histórico).',
					);
				}
				const next = input.actor === 'cliente' ? statusAfterCustomerReply(status) : status === 'novo' ? 'em-atendimento' : status;
				this.insertEvent(id, 'mensagem', input);
				if (next && next !== status) this.moveInTransaction(id, next, { ...input, message: undefined });
			})
			.immediate();
		return this.view(id)!;
	}

	/** The events stored for one ticket, oldest first (without the opening). */
	events(id: string): TicketEvent[] {
		return this.db
			.prepare<[string], EventRow>('SELECT * FROM ticket_events WHERE ticket_id = ? ORDER BY id')
			.all(id)
			.map(toEvent);
	}

	private opening(ticket: StoredTicket): TicketEvent {
		return {
			id: 0,
			ticketId: ticket.id,
			at: ticket.createdAt,
			actor: 'cliente',
			author: ticket.requester.name,
			kind: 'abertura',
			message: ticket.description,
			automatic: false,
		};
	}

	private parentOf(id: string): string | undefined {
		return this.db.prepare<[string], { parent_id: string }>('SELECT parent_id FROM ticket_follow_ups WHERE ticket_id = ?').get(id)?.parent_id;
	}

	private childOf(id: string): string | undefined {
		return this.db.prepare<[string], { ticket_id: string }>('SELECT ticket_id FROM ticket_follow_ups WHERE parent_id = ?').get(id)?.ticket_id;
	}

	/** The history of a ticket, preceded by the history of the tickets it continues. */
	private fullHistory(ticket: StoredTicket): TicketEvent[] {
		const own = [this.opening(ticket), ...this.events(ticket.id)];
		const parent = this.parentOf(ticket.id);
		const earlier = parent ? this.store.find(parent) : undefined;
		return earlier ? [...this.fullHistory(earlier), ...own] : own;
	}

	/** The customer's deadline for a ticket in `status` since the event `entered` (or the opening). */
	deadlineFor(status: TicketStatus, enteredAt: string, eventId: number): CustomerDeadline | undefined {
		if (!isCustomerStatus(status)) return undefined;
		const since = localDate(new Date(enteredAt));
		const businessDays = CUSTOMER_DEADLINES[status];
		return {
			status,
			since,
			businessDays,
			date: addBusinessDays(since, businessDays, this.isHoliday),
			reminder: addBusinessDays(since, businessDays - REMINDER_BUSINESS_DAYS, this.isHoliday),
			eventId,
		};
	}

	private currentDeadline(id: string, status: TicketStatus, createdAt: string): CustomerDeadline | undefined {
		if (!isCustomerStatus(status)) return undefined;
		const entered = this.db
			.prepare<[string, string], { id: number; at: string }>(
				"SELECT id, at FROM ticket_events WHERE ticket_id = ? AND kind = 'status' AND to_status = ? ORDER BY id DESC LIMIT 1",
			)
			.get(id, status);
		return this.deadlineFor(status, entered?.at ?? createdAt, entered?.id ?? 0);
	}

	view(id: string): TicketView | undefined {
		const ticket = this.store.find(id);
		if (!ticket) return undefined;
		if (!isStatus(ticket.status)) throw new Error(`ticket ${id} has an unknown status "${ticket.status}"`);
		const history = this.fullHistory(ticket);
		const view: TicketView = { ...ticket, status: ticket.status, history, lastInteraction: history[history.length - 1]!.at };
		const deadline = this.currentDeadline(id, ticket.status, ticket.createdAt);
		if (deadline) view.deadline = deadline;
		const parent = this.parentOf(id);
		if (parent) view.continues = parent;
		const child = this.childOf(id);
		if (child) view.continuedBy = child;
		return view;
	}

	/** The tickets that match every filter given, the most recent first (one query, then the deadlines). */
	list(filters: ListFilters = {}): TicketSummary[] {
		const where: string[] = [];
		const params: string[] = [];
		if (filters.status) (where.push('t.status = ?'), params.push(filters.status));
		if (filters.product) (where.push('t.product = ?'), params.push(filters.product));
		if (filters.module) (where.push('t.module = ?'), params.push(filters.module));
		if (filters.email) (where.push("lower(json_extract(t.data, '$.requester.email')) = ?"), params.push(filters.email.trim().toLowerCase()));
		const rows = this.db
			.prepare<string[], { id: string; status: string; created_at: string; data: string; last_at: string | null }>(
				`SELECT t.id, t.status, t.created_at, t.data, (SELECT MAX(e.at) FROM ticket_events e WHERE e.ticket_id = t.id) AS last_at
				FROM tickets t${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY t.created_at DESC, t.id DESC`,
			)
			.all(...params);
		const summaries: TicketSummary[] = [];
		for (const row of rows) {
			const opened = localDate(new Date(row.created_at));
			if ((filters.from && opened < filters.from) || (filters.to && opened > filters.to)) continue;
			if (!isStatus(row.status)) throw new Error(`ticket ${row.id} has an unknown status "${row.status}"`);
			const data = JSON.parse(row.data) as StoredTicket;
			const summary: TicketSummary = {
				id: row.id,
				status: row.status,
				createdAt: row.created_at,
				subject: data.subject,
				product: data.product,
				module: data.module,
				email: data.requester.email,
				company: data.requester.company,
				// The ticket's own events always come after the history it carries from an earlier ticket.
				lastInteraction: row.last_at && row.last_at > row.created_at ? row.last_at : row.created_at,
			};
			const deadline = this.currentDeadline(row.id, row.status, row.created_at);
			if (deadline) summary.deadline = deadline.date;
			summaries.push(summary);
		}
		return summaries;
	}

	/** Tickets in a customer status whose deadline day has passed at `now` (America/Sao_Paulo). */
	overdue(now: Date = this.now()): TicketView[] {
		const today = localDate(now);
		const rows = this.db
			.prepare<string[], { id: string }>('SELECT id FROM tickets WHERE status IN (?, ?) ORDER BY id')
			.all(...(Object.keys(CUSTOMER_DEADLINES) as CustomerStatus[]));
		return rows.map(({ id }) => this.view(id)!).filter((view) => view.deadline && view.deadline.date < today);
	}

	/** Tickets in a customer status whose reminder day has come (and whose deadline has not passed). */
	dueForReminder(now: Date = this.now()): TicketView[] {
		const today = localDate(now);
		const rows = this.db
			.prepare<string[], { id: string }>('SELECT id FROM tickets WHERE status IN (?, ?) ORDER BY id')
			.all(...(Object.keys(CUSTOMER_DEADLINES) as CustomerStatus[]));
		return rows
			.map(({ id }) => this.view(id)!)
			.filter((view) => view.deadline && view.deadline.reminder <= today && today <= view.deadline.date);
	}

	/**
	 * Opens an Acompanhamento of a closed ticket: a new ticket (new number, status "novo") with
	 * the same data, linked to the old one, whose history it carries. A ticket has at most one.
	 */
	followUp(id: string, input: ChangeInput & { message: string }): TicketView {
		const newId = this.db
			.transaction(() => {
				const ticket = this.store.find(id);
				if (!ticket) throw notFound(id);
				if (ticket.status !== 'encerrado') {
					throw new LifecycleError(
						'transition_not_allowed',
						`Só um ticket encerrado pode ter um Acompanhamento; o ticket ${id} está em "${STATUS_LABELS[this.statusOf(id)]}": responda nele mesmo.`,
					);
				}
				const existing = this.childOf(id);
				if (existing) {
					throw new LifecycleError('transition_not_allowed', `O ticket ${id} já tem um Acompanhamento: o ticket ${existing}.`);
				}
				const { id: _id, status: _status, createdAt: _createdAt, ...data } = ticket;
				const outcome = this.store.save(randomUUID(), bodyHash({ followUpOf: id }), data);
				if (outcome.kind !== 'created') throw new Error('a fresh idempotency key did not create a ticket');
				const created = outcome.receipt.id;
				this.db.prepare('INSERT INTO ticket_follow_ups (ticket_id, parent_id) VALUES (?, ?)').run(created, id);
				this.insertEvent(created, 'acompanhamento', { ...input, message: input.message });
				return created;
			})
			.immediate();
		return this.view(newId)!;
	}
}

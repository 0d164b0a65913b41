/**
 * Ticket follow-up as one object the service holds: the lifecycle, the private links, the
 * e-mails that follow each change, and the deadline run the scheduler and `npm run tickets --
 * prazos` call.
 */
import type Database from 'better-sqlite3';
import { formatShortDate } from '../../lifecycle/business-days';
import { AFTER_DEADLINE, type Actor, STATUS_LABELS } from '../../lifecycle/rules';
import type { TicketStore } from '../storage';
import { AccessTokens, MY_TICKETS_LINK_HOURS } from './access';
import { holidayCalendar } from './holidays';
import type { Mailer, OutgoingMail } from './mailer';
import { confirmationMail, myTicketsMail, reminderMail, surveyMail } from './messages';
import { TicketLifecycle, type TicketView } from './ticket-lifecycle';

export const TRACKING_PATH = '/acompanhar/';
export const MY_TICKETS_PATH = '/acompanhar/meus-tickets/';
export const SURVEY_PATH = '/acompanhar/pesquisa/';
export const TOKEN_PARAM = 't';

export interface DeadlineRun {
	/** Tickets moved because a deadline passed: "LC-000001: Pendência do Cliente → Validação Cliente". */
	moved: { id: string; from: string; to: string }[];
	/** Tickets whose customer got the reminder. */
	reminded: string[];
}

export interface FollowUpOptions {
	store: TicketStore;
	mailer: Mailer;
	publicUrl: string;
	holidaysRegion: string | undefined;
	now?: () => Date;
}

export class FollowUp {
	readonly lifecycle: TicketLifecycle;
	readonly access: AccessTokens;
	readonly mailer: Mailer;
	private readonly db: Database.Database;
	private readonly publicUrl: string;
	readonly now: () => Date;
	/** E-mails on their way, so that a caller (a test, the command line) can wait for them. */
	private pending = new Set<Promise<void>>();

	constructor({ store, mailer, publicUrl, holidaysRegion, now = () => new Date() }: FollowUpOptions) {
		this.now = now;
		this.db = store.database;
		this.mailer = mailer;
		this.publicUrl = publicUrl;
		this.lifecycle = new TicketLifecycle(store, holidayCalendar(holidaysRegion).isHoliday, now);
		this.access = new AccessTokens(this.db, now);
	}

	private link(path: string, token: string): string {
		return `${this.publicUrl}${path}?${TOKEN_PARAM}=${token}`;
	}

	/** A fresh private link to the ticket's tracking page. */
	trackingLink(ticketId: string): string {
		return this.link(TRACKING_PATH, this.access.issueTicketToken(ticketId));
	}

	/** The path (without the site's address) of a fresh private link, for the service's own pages. */
	trackingPath(ticketId: string): string {
		return `${TRACKING_PATH}?${TOKEN_PARAM}=${this.access.issueTicketToken(ticketId)}`;
	}

	private send(mail: OutgoingMail): void {
		const sending = this.mailer.send(mail).catch((error: unknown) => console.error(`[e-mail] falha ao gravar "${mail.subject}":`, error));
		this.pending.add(sending);
		void sending.finally(() => this.pending.delete(sending));
	}

	/** Resolves once every e-mail started so far was handed over (SMTP or outbox). */
	async settled(): Promise<void> {
		while (this.pending.size) await Promise.all([...this.pending]);
	}

	/** Records that a notice went out for an event; false when it already had. */
	private claimNotice(ticketId: string, kind: string, eventId: number): boolean {
		const result = this.db
			.prepare('INSERT OR IGNORE INTO ticket_notices (ticket_id, kind, event_id, sent_at) VALUES (?, ?, ?, ?)')
			.run(ticketId, kind, eventId, this.now().toISOString());
		return result.changes === 1;
	}

	/** After a ticket was opened: the confirmation e-mail with its private link. */
	ticketOpened(ticketId: string): void {
		const view = this.lifecycle.view(ticketId);
		if (!view || !this.claimNotice(ticketId, 'confirmacao', 0)) return;
		this.send(confirmationMail(view, this.trackingLink(ticketId)));
	}

	/** After any change: the survey when the ticket entered Validação Cliente (once per entry). */
	ticketChanged(ticketId: string): void {
		const view = this.lifecycle.view(ticketId);
		if (view?.status !== 'validacao-cliente' || !view.deadline) return;
		if (!this.claimNotice(ticketId, 'pesquisa', view.deadline.eventId)) return;
		const token = this.access.issueTicketToken(ticketId);
		this.send(surveyMail(view, this.link(SURVEY_PATH, token), this.link(TRACKING_PATH, token)));
	}

	/** "Meus tickets": a single-use 24 h link, sent only when the e-mail has tickets (the page says the same either way). */
	requestMyTickets(email: string): void {
		if (this.lifecycle.list({ email }).length === 0) return;
		const token = this.access.issueMyTicketsToken(email);
		this.send(myTicketsMail(email.trim().toLowerCase(), this.link(MY_TICKETS_PATH, token), MY_TICKETS_LINK_HOURS));
	}

	/** Stores a survey answer; the ticket's status never changes because of it. */
	recordSurvey(ticketId: string, rating: number, comment: string | undefined): void {
		this.db
			.prepare('INSERT INTO survey_answers (ticket_id, rating, comment, created_at) VALUES (?, ?, ?, ?)')
			.run(ticketId, rating, comment ?? null, this.now().toISOString());
	}

	/** A change by a person (staff or customer), followed by its e-mails. */
	changeStatus(id: string, to: Parameters<TicketLifecycle['changeStatus']>[1], input: { actor: Actor; author?: string; message?: string }): TicketView {
		const view = this.lifecycle.changeStatus(id, to, input);
		this.ticketChanged(id);
		return view;
	}

	/**
	 * One run of the deadlines at `now`: every customer status past its deadline moves on, and
	 * reminders go out once, 2 business days before a deadline. A service that was down over a
	 * deadline catches up on its first run, once: the moved ticket is no longer overdue.
	 */
	runDeadlines(now: Date = this.now()): DeadlineRun {
		const run: DeadlineRun = { moved: [], reminded: [] };
		for (const view of this.lifecycle.overdue(now)) {
			const deadline = view.deadline!;
			const to = AFTER_DEADLINE[deadline.status];
			const message = `O prazo de ${deadline.businessDays} dias úteis em ${STATUS_LABELS[deadline.status]} terminou em ${formatShortDate(deadline.date)}: mudança automática.`;
			try {
				this.lifecycle.changeStatus(view.id, to, { actor: 'sistema', message, automatic: true });
			} catch (error) {
				// Another process (a second service, the command line) moved it first.
				console.error(`[prazos] ${view.id}:`, (error as Error).message);
				continue;
			}
			run.moved.push({ id: view.id, from: deadline.status, to });
			this.ticketChanged(view.id);
		}
		for (const view of this.lifecycle.dueForReminder(now)) {
			const deadline = view.deadline!;
			if (!this.claimNotice(view.id, 'lembrete', deadline.eventId)) continue;
			this.send(reminderMail(view, deadline, this.trackingLink(view.id)));
			run.reminded.push(view.id);
		}
		return run;
	}
}

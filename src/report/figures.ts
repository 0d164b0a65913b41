/**
 * The figures of the editors' report, computed from the ticket service's database: the same
 * object feeds `npm run relatorio` (HTML and CSV) and GET /api/relatorio (JSON).
 *
 * An intake session ends in one of two ways: a ticket (table `tickets`, with the articles the
 * page suggested and the ones the customer opened in `deflection`) or "Isso resolveu meu
 * problema" on a suggested article (table `deflections`). No figure carries a customer's name,
 * e-mail, phone or company; free text goes through a redactor that knows every requester.
 */
import type Database from 'better-sqlite3';
import { articleIdOf } from '../components/feedback/feedback-form';
import type { Ticket } from '../schemas/ticket';
import { REDACTED, redactor } from './redact';
import { groupByTopic } from './topics';

/** An article needs this many sessions that showed it before its open rate means something. */
export const MIN_SUGGESTED = 3;
/** Below this share of opens, an article counts as "suggested but rarely opened". */
export const LOW_OPEN_RATE = 0.5;
/** Example subjects kept per content-gap group. */
export const GAP_EXAMPLES = 3;

export interface ReportOptions {
	/** First day counted (AAAA-MM-DD, UTC); everything when absent. */
	since?: string;
	/** Titles of articles and support pages by FAQ id or page address, when the content is at hand. */
	titles?: ReadonlyMap<string, string>;
	/** When the report is made (default: now). */
	now?: Date;
}

export interface Report {
	generatedAt: string;
	since: string | null;
	totals: { sessions: number; tickets: number; resolved: number; deflectionRate: number | null; feedback: number };
	/** Tickets per week (the Monday that starts it, UTC), product and module. */
	ticketsPerWeek: { week: string; product: string; module: string; tickets: number }[];
	/** Tickets per product and module over the whole period. */
	ticketsPerModule: { product: string; module: string; tickets: number }[];
	/** Share of sessions per module that ended with "Isso resolveu" instead of a ticket. */
	deflectionPerModule: { module: string; resolved: number; tickets: number; rate: number }[];
	/** Per article: sessions that showed it and ended resolved by it, or in a ticket anyway. */
	deflectionPerArticle: { article: string; title: string | null; resolved: number; tickets: number; rate: number }[];
	/** Subjects of tickets opened with no suggestion shown, grouped by topic words. */
	contentGaps: { words: string[]; tickets: number; examples: string[] }[];
	/** Shown in at least MIN_SUGGESTED sessions, opened (or marked resolved) in less than LOW_OPEN_RATE of them. */
	rarelyOpened: { article: string; title: string | null; suggested: number; opened: number; openRate: number }[];
	/** Opened by customers who opened a ticket anyway. */
	openedThenTicket: { article: string; title: string | null; opened: number; ticketsAfter: number; resolved: number }[];
	/** "Isso foi útil?" per page. */
	feedback: {
		page: string;
		article: string | null;
		title: string | null;
		useful: number;
		notUseful: number;
		comments: { date: string; text: string }[];
	}[];
}

/** A valid day as AAAA-MM-DD, or a pt-BR sentence saying what is wrong. */
export function checkSince(value: string): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
	if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
		return `A data inicial deve ser um dia válido no formato AAAA-MM-DD, como 2026-11-01; recebido "${value}".`;
	}
	return undefined;
}

/** The Monday (UTC) of the week of an ISO timestamp, as AAAA-MM-DD. */
export function weekOf(timestamp: string): string {
	const day = new Date(`${timestamp.slice(0, 10)}T00:00:00Z`);
	const offset = (day.getUTCDay() + 6) % 7;
	day.setUTCDate(day.getUTCDate() - offset);
	return day.toISOString().slice(0, 10);
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);
const moduleOf = (article: string) => article.split('/')[0] ?? article;

function count<K>(map: Map<K, number>, key: K, by = 1): void {
	map.set(key, (map.get(key) ?? 0) + by);
}

interface TicketRow {
	created_at: string;
	product: string;
	module: string;
	data: string;
}

/** Every figure of the report, read from the service's database. */
export function buildReport(db: Database.Database, { since, titles = new Map(), now = new Date() }: ReportOptions = {}): Report {
	const from = since ?? '';
	const tickets = db
		.prepare<[string], TicketRow>('SELECT created_at, product, module, data FROM tickets WHERE created_at >= ? ORDER BY created_at DESC, id DESC')
		.all(from)
		.map((row) => ({ ...row, ticket: JSON.parse(row.data) as Ticket }));
	const resolved = db
		.prepare<[string], { article: string }>('SELECT article FROM deflections WHERE created_at >= ? ORDER BY id')
		.all(from);
	const feedbackRows = db
		.prepare<[string], { page: string; useful: number; comment: string | null; created_at: string }>(
			'SELECT page, useful, comment, created_at FROM feedback WHERE created_at >= ? ORDER BY created_at, id',
		)
		.all(from);
	const title = (key: string) => titles.get(key) ?? null;
	// Every requester the service knows, also from before `since`: a subject or a comment may name
	// any customer, not only the one who wrote it.
	const requesters = db
		.prepare<[], { name: string | null; email: string | null; company: string | null; phone: string | null }>(
			`SELECT DISTINCT json_extract(data, '$.requester.name') AS name, json_extract(data, '$.requester.email') AS email,
				json_extract(data, '$.requester.company') AS company, json_extract(data, '$.requester.phone') AS phone FROM tickets`,
		)
		.all();
	const redact = redactor(requesters.flatMap(({ name, email, company, phone }) => [name, email, company, phone].map((value) => value ?? undefined)));

	// Tickets per week, product and module; and per product and module.
	const perWeek = new Map<string, number>();
	const perModule = new Map<string, number>();
	for (const { created_at, product, module } of tickets) {
		count(perWeek, JSON.stringify([weekOf(created_at), product, module]));
		count(perModule, JSON.stringify([product, module]));
	}
	const ticketsPerWeek = [...perWeek.entries()]
		.map(([key, n]) => {
			const [week, product, module] = JSON.parse(key) as [string, string, string];
			return { week, product, module, tickets: n };
		})
		.sort((a, b) => a.week.localeCompare(b.week) || a.product.localeCompare(b.product) || a.module.localeCompare(b.module));
	const ticketsPerModule = [...perModule.entries()]
		.map(([key, n]) => {
			const [product, module] = JSON.parse(key) as [string, string];
			return { product, module, tickets: n };
		})
		.sort((a, b) => b.tickets - a.tickets || a.product.localeCompare(b.product) || a.module.localeCompare(b.module));

	// Deflection per module: resolved sessions (by the article's module) against tickets.
	const resolvedByModule = new Map<string, number>();
	for (const { article } of resolved) count(resolvedByModule, moduleOf(article));
	const ticketsByModule = new Map<string, number>();
	for (const { module } of tickets) count(ticketsByModule, module);
	const deflectionPerModule = [...new Set([...resolvedByModule.keys(), ...ticketsByModule.keys()])]
		.map((module) => {
			const r = resolvedByModule.get(module) ?? 0;
			const t = ticketsByModule.get(module) ?? 0;
			return { module, resolved: r, tickets: t, rate: ratio(r, r + t) };
		})
		.sort((a, b) => b.resolved + b.tickets - (a.resolved + a.tickets) || a.module.localeCompare(b.module));

	// Per article: resolved by it; tickets that suggested it; tickets that opened it.
	const resolvedBy = new Map<string, number>();
	for (const { article } of resolved) count(resolvedBy, article);
	const suggestedIn = new Map<string, number>();
	const openedIn = new Map<string, number>();
	const gapSubjects: string[] = [];
	for (const { ticket } of tickets) {
		const suggested = new Set(ticket.deflection?.suggested ?? []);
		const opened = new Set(ticket.deflection?.opened ?? []);
		for (const article of suggested) count(suggestedIn, article);
		for (const article of opened) count(openedIn, article);
		if (suggested.size === 0) gapSubjects.push(redact(ticket.subject));
	}
	const articles = [...new Set([...resolvedBy.keys(), ...suggestedIn.keys(), ...openedIn.keys()])].sort();
	const deflectionPerArticle = articles
		.filter((article) => resolvedBy.has(article) || suggestedIn.has(article))
		.map((article) => {
			const r = resolvedBy.get(article) ?? 0;
			const t = suggestedIn.get(article) ?? 0;
			return { article, title: title(article), resolved: r, tickets: t, rate: ratio(r, r + t) };
		})
		.sort((a, b) => b.resolved + b.tickets - (a.resolved + a.tickets) || a.article.localeCompare(b.article));

	const rarelyOpened = articles
		.map((article) => {
			const r = resolvedBy.get(article) ?? 0;
			const suggested = (suggestedIn.get(article) ?? 0) + r;
			const opened = (openedIn.get(article) ?? 0) + r;
			return { article, title: title(article), suggested, opened, openRate: ratio(opened, suggested) };
		})
		.filter((entry) => entry.suggested >= MIN_SUGGESTED && entry.openRate < LOW_OPEN_RATE)
		.sort((a, b) => a.openRate - b.openRate || b.suggested - a.suggested || a.article.localeCompare(b.article));

	const openedThenTicket = articles
		.filter((article) => openedIn.has(article))
		.map((article) => {
			const ticketsAfter = openedIn.get(article) ?? 0;
			const r = resolvedBy.get(article) ?? 0;
			return { article, title: title(article), opened: ticketsAfter + r, ticketsAfter, resolved: r };
		})
		.sort((a, b) => b.ticketsAfter - a.ticketsAfter || a.article.localeCompare(b.article));

	// The groups' words come from the masked subjects, without the mask itself.
	const contentGaps = groupByTopic(gapSubjects, (subject) => subject.replaceAll(REDACTED, ' ')).map((group) => ({
		words: group.words,
		tickets: group.count,
		examples: group.subjects.slice(0, GAP_EXAMPLES),
	}));

	const feedbackByPage = new Map<string, Report['feedback'][number]>();
	for (const row of feedbackRows) {
		const article = articleIdOf(row.page) ?? null;
		const entry = feedbackByPage.get(row.page) ?? {
			page: row.page,
			article,
			title: title(article ?? row.page),
			useful: 0,
			notUseful: 0,
			comments: [],
		};
		if (row.useful) entry.useful++;
		else entry.notUseful++;
		if (row.comment) entry.comments.push({ date: row.created_at.slice(0, 10), text: redact(row.comment) });
		feedbackByPage.set(row.page, entry);
	}
	const feedback = [...feedbackByPage.values()].sort(
		(a, b) => b.notUseful - a.notUseful || b.useful + b.notUseful - (a.useful + a.notUseful) || a.page.localeCompare(b.page),
	);

	const sessions = tickets.length + resolved.length;
	return {
		generatedAt: now.toISOString(),
		since: since ?? null,
		totals: {
			sessions,
			tickets: tickets.length,
			resolved: resolved.length,
			deflectionRate: sessions === 0 ? null : ratio(resolved.length, sessions),
			feedback: feedbackRows.length,
		},
		ticketsPerWeek,
		ticketsPerModule,
		deflectionPerModule,
		deflectionPerArticle,
		contentGaps,
		rarelyOpened,
		openedThenTicket,
		feedback,
	};
}

/**
 * The report's figures as tables of pt-BR text: one model for the HTML page (a table under
 * each chart) and for the CSV files beside it, so both always show the same numbers.
 */
import { LOW_OPEN_RATE, MIN_SUGGESTED, type Report } from './figures';

/** Names for ids, from the content's catalog when at hand. */
export interface ReportLabels {
	products?: ReadonlyMap<string, string>;
	modules?: ReadonlyMap<string, string>;
}

export interface ReportTable {
	/** The CSV file's name, without ".csv". */
	file: string;
	caption: string;
	columns: string[];
	rows: string[][];
}

const integer = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('pt-BR', { style: 'percent', maximumFractionDigits: 1 });

export const formatCount = (value: number) => integer.format(value);
export const formatRate = (value: number) => percent.format(value);

/** "2026-11-02" → "02/11/2026". */
export function formatDay(day: string): string {
	const [year, month, date] = day.split('-');
	return `${date}/${month}/${year}`;
}

export function labelOf(labels: ReportLabels) {
	return {
		product: (id: string) => labels.products?.get(id) ?? id,
		module: (id: string) => labels.modules?.get(id) ?? id,
	};
}

/** Tickets per week over every product and module, oldest week first: the weekly chart's numbers. */
export function weekTotals(report: Report): { week: string; tickets: number }[] {
	const totals = new Map<string, number>();
	for (const row of report.ticketsPerWeek) totals.set(row.week, (totals.get(row.week) ?? 0) + row.tickets);
	return [...totals.entries()].map(([week, tickets]) => ({ week, tickets })).sort((a, b) => a.week.localeCompare(b.week));
}

export function reportTables(report: Report, labels: ReportLabels = {}) {
	const name = labelOf(labels);
	const article = (entry: { article: string; title: string | null }) => entry.title ?? entry.article;
	return {
		ticketsPerWeekTotal: {
			file: 'tickets-por-semana-total',
			caption: 'Total de tickets por semana',
			columns: ['Semana (começa na segunda)', 'Tickets'],
			rows: weekTotals(report).map((row) => [formatDay(row.week), formatCount(row.tickets)]),
		},
		ticketsPerWeek: {
			file: 'tickets-por-semana',
			caption: 'Tickets por semana, produto e módulo',
			columns: ['Semana (começa na segunda)', 'Produto', 'Módulo', 'Tickets'],
			rows: report.ticketsPerWeek.map((row) => [formatDay(row.week), name.product(row.product), name.module(row.module), formatCount(row.tickets)]),
		},
		ticketsPerModule: {
			file: 'tickets-por-modulo',
			caption: 'Tickets por produto e módulo no período',
			columns: ['Produto', 'Módulo', 'Tickets'],
			rows: report.ticketsPerModule.map((row) => [name.product(row.product), name.module(row.module), formatCount(row.tickets)]),
		},
		deflectionPerModule: {
			file: 'deflexao-por-modulo',
			caption: 'Sessões resolvidas sem ticket, por módulo',
			columns: ['Módulo', 'Resolvidas por um artigo', 'Terminaram em ticket', 'Resolvidas sem ticket'],
			rows: report.deflectionPerModule.map((row) => [name.module(row.module), formatCount(row.resolved), formatCount(row.tickets), formatRate(row.rate)]),
		},
		deflectionPerArticle: {
			file: 'deflexao-por-artigo',
			caption: 'Sessões em que o artigo foi sugerido: resolvidas por ele ou terminadas em ticket',
			columns: ['Artigo', 'Id', '“Isso resolveu”', 'Ticket mesmo assim', 'Resolvidas sem ticket'],
			rows: report.deflectionPerArticle.map((row) => [article(row), row.article, formatCount(row.resolved), formatCount(row.tickets), formatRate(row.rate)]),
		},
		contentGaps: {
			file: 'lacunas-de-conteudo',
			caption: 'Assuntos de tickets abertos sem nenhuma sugestão de artigo, agrupados por palavras do tema',
			columns: ['Palavras do tema', 'Tickets', 'Exemplos de assunto'],
			rows: report.contentGaps.map((row) => [row.words.join(', ') || '(sem palavras de tema)', formatCount(row.tickets), row.examples.join(' | ')]),
		},
		rarelyOpened: {
			file: 'artigos-pouco-abertos',
			caption: `Artigos sugeridos em ${MIN_SUGGESTED} sessões ou mais e abertos em menos de ${formatRate(LOW_OPEN_RATE)} delas`,
			columns: ['Artigo', 'Id', 'Sugerido', 'Aberto ou “Isso resolveu”', 'Taxa de abertura'],
			rows: report.rarelyOpened.map((row) => [article(row), row.article, formatCount(row.suggested), formatCount(row.opened), formatRate(row.openRate)]),
		},
		openedThenTicket: {
			file: 'artigos-abertos-seguidos-de-ticket',
			caption: 'Artigos abertos por clientes que abriram ticket mesmo assim',
			columns: ['Artigo', 'Id', 'Aberto antes de um ticket', '“Isso resolveu”'],
			rows: report.openedThenTicket.map((row) => [article(row), row.article, formatCount(row.ticketsAfter), formatCount(row.resolved)]),
		},
		feedback: {
			file: 'avaliacoes',
			caption: '“Isso foi útil?” por página',
			columns: ['Página', 'Endereço', 'Sim', 'Não', 'Comentários'],
			rows: report.feedback.map((row) => [
				row.title ?? row.page,
				row.page,
				formatCount(row.useful),
				formatCount(row.notUseful),
				row.comments.map((comment) => `${formatDay(comment.date)}: ${comment.text}`).join(' | '),
			]),
		},
	} satisfies Record<string, ReportTable>;
}

export type ReportTables = ReturnType<typeof reportTables>;

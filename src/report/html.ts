/**
 * The report as one static HTML page in pt-BR, readable offline: inline CSS, inline SVG charts
 * (charts.ts), a table under each chart and a link to each table's CSV file. Every text goes
 * through hono's html template, which escapes it; only the charts' SVG is inserted as is.
 */
import { type Markup, markup, trusted } from '../server/markup';
import { barChartSvg } from './charts';
import { LOW_OPEN_RATE, MIN_SUGGESTED, type Report } from './figures';
import { formatCount, formatDay, formatRate, labelOf, type ReportLabels, type ReportTable, reportTables, weekTotals } from './tables';

export const REPORT_TITLE = 'Relatório da Central de Ajuda';

const STYLE = `
:root { color-scheme: light; --fg: #1b1f24; --muted: #4a5360; --accent: #0b5cad; --border: #c9d1db; --soft: #f3f5f8; }
body { font-family: system-ui, sans-serif; line-height: 1.5; color: var(--fg); background: #fff; margin: 0 auto; max-width: 64rem; padding: 1rem; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.95rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid var(--border); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
figure { margin: 1rem 0; overflow-x: auto; }
figcaption { font-weight: 600; }
.totals { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; background: var(--soft); padding: 0.75rem 1rem; border-radius: 6px; }
.totals dt { font-weight: 600; } .totals dd { margin: 0; }
.muted { color: var(--muted); }
section { border-top: 1px solid var(--border); margin-top: 2rem; }
`;

function table(entry: ReportTable, empty: string): Markup {
	const csv = markup`<p><a href="${entry.file}.csv">Baixar esta tabela em CSV (${entry.file}.csv)</a></p>`;
	if (entry.rows.length === 0) return markup`<p class="muted">${empty}</p>${csv}`;
	return markup`<table>
<caption>${entry.caption}</caption>
<thead><tr>${entry.columns.map((column) => markup`<th scope="col">${column}</th>`)}</tr></thead>
<tbody>${entry.rows.map((row) => markup`<tr>${row.map((cell) => markup`<td>${cell}</td>`)}</tr>`)}</tbody>
</table>${csv}`;
}

async function chart(caption: string, bars: { label: string; value: number }[], options: { format?: string; max?: number } = {}): Promise<Markup> {
	if (bars.length === 0) return markup``;
	const svg = await barChartSvg({ description: `${caption}: ${bars.map((bar) => `${bar.label}, ${options.format === '.0%' ? formatRate(bar.value) : formatCount(bar.value)}`).join('; ')}.`, bars, ...options });
	return markup`<figure><figcaption>${caption} (gráfico; os mesmos números estão na tabela abaixo)</figcaption>${trusted(svg)}</figure>`;
}

/** The whole page. `labels` gives product and module names when the content is at hand. */
export async function reportHtml(report: Report, labels: ReportLabels = {}): Promise<string> {
	const tables = reportTables(report, labels);
	const name = labelOf(labels);
	const period = report.since ? `desde ${formatDay(report.since)}` : 'todo o período registrado';
	const none = 'Nenhum registro no período.';
	const { totals } = report;

	const page = markup`<!doctype html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${REPORT_TITLE} (${period})</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<header>
<h1>${REPORT_TITLE}</h1>
<p>Período: ${period}. Gerado em ${formatDay(report.generatedAt.slice(0, 10))} às ${report.generatedAt.slice(11, 16)} (UTC), a partir do banco do serviço de tickets.</p>
<p class="muted">Uma sessão é uma visita à página Abrir ticket que terminou com um ticket ou com “Isso resolveu meu problema” num artigo sugerido. Nenhum nome, e-mail, telefone ou empresa aparece aqui: dados pessoais digitados em assuntos e comentários são trocados por “[dado pessoal removido]”.</p>
<dl class="totals">
<dt>Sessões</dt><dd>${formatCount(totals.sessions)}</dd>
<dt>Tickets</dt><dd>${formatCount(totals.tickets)}</dd>
<dt>Resolvidas por um artigo</dt><dd>${formatCount(totals.resolved)}</dd>
<dt>Resolvidas sem ticket</dt><dd>${totals.deflectionRate === null ? '—' : formatRate(totals.deflectionRate)}</dd>
<dt>Respostas a “Isso foi útil?”</dt><dd>${formatCount(totals.feedback)}</dd>
</dl>
<nav aria-label="Seções do relatório"><ul>
<li><a href="#tickets">Tickets por semana e por módulo</a></li>
<li><a href="#deflexao">Resolvidas sem ticket</a></li>
<li><a href="#lacunas">Lacunas de conteúdo: artigos a escrever</a></li>
<li><a href="#artigos">Artigos que não convencem ou não resolvem</a></li>
<li><a href="#avaliacoes">“Isso foi útil?”</a></li>
</ul></nav>
</header>
<main>
<section aria-labelledby="tickets">
<h2 id="tickets">Tickets por semana e por módulo</h2>
${await chart('Tickets por semana', weekTotals(report).map((row) => ({ label: `semana de ${formatDay(row.week)}`, value: row.tickets })))}
${table(tables.ticketsPerWeekTotal, none)}
${table(tables.ticketsPerWeek, none)}
${await chart('Tickets por produto e módulo', report.ticketsPerModule.map((row) => ({ label: `${name.product(row.product)} · ${name.module(row.module)}`, value: row.tickets })))}
${table(tables.ticketsPerModule, none)}
</section>
<section aria-labelledby="deflexao">
<h2 id="deflexao">Resolvidas sem ticket</h2>
<p>Parte das sessões que terminaram com “Isso resolveu meu problema” em vez de um ticket. No módulo, conta o módulo do artigo que resolveu e o módulo do ticket.</p>
${await chart('Sessões resolvidas sem ticket, por módulo', report.deflectionPerModule.map((row) => ({ label: name.module(row.module), value: row.rate })), { format: '.0%', max: 1 })}
${table(tables.deflectionPerModule, none)}
${table(tables.deflectionPerArticle, 'Nenhum artigo foi sugerido no período.')}
</section>
<section aria-labelledby="lacunas">
<h2 id="lacunas">Lacunas de conteúdo: artigos a escrever</h2>
<p>Tickets abertos sem que a página sugerisse nenhum artigo, agrupados pelas palavras do assunto que as sugestões usam (as mais frequentes primeiro). Tickets enviados sem JavaScript também entram aqui, porque a página não sugere artigos sem ele.</p>
${table(tables.contentGaps, 'Todo ticket do período teve ao menos uma sugestão.')}
</section>
<section aria-labelledby="artigos">
<h2 id="artigos">Artigos que não convencem ou não resolvem</h2>
<p>Sugerido com frequência e pouco aberto: o título ou a descrição não convence (a partir de ${formatCount(MIN_SUGGESTED)} sessões, abaixo de ${formatRate(LOW_OPEN_RATE)} de abertura). Aberto e seguido de ticket: o artigo não resolveu.</p>
${table(tables.rarelyOpened, 'Nenhum artigo nessa situação no período.')}
${table(tables.openedThenTicket, 'Nenhum artigo nessa situação no período.')}
</section>
<section aria-labelledby="avaliacoes">
<h2 id="avaliacoes">“Isso foi útil?”</h2>
<p>Respostas no fim dos artigos e das páginas do suporte, as páginas com mais “Não” primeiro.</p>
${table(tables.feedback, 'Nenhuma resposta no período.')}
</section>
</main>
</body>
</html>
`;
	return page.toString();
}

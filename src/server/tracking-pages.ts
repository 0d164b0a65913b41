/**
 * The customer's pages under /acompanhar/, rendered by the service (they work without
 * JavaScript): the ticket with its status, deadline and history, the reply and Acompanhamento
 * forms, "Meus tickets" and the satisfaction survey. All text goes through `markup`.
 */
import { formatDateTime, formatLongDate } from '../lifecycle/business-days';
import { ACTOR_LABELS, AFTER_DEADLINE, STATUS_LABELS } from '../lifecycle/rules';
import { MESSAGE_LIMITS } from '../schemas/ticket-change';
import type { TicketEvent, TicketSummary, TicketView } from './lifecycle/ticket-lifecycle';
import { type Markup, markup } from './markup';
import type { PageShell } from './page-shell';

export const TRACKING_TITLE = 'Acompanhar ticket';

// The classes below are styled in src/styles/global.css (the site's stylesheet, which these pages borrow).

function breadcrumbs(current: string): Markup {
	return markup`<nav class="breadcrumbs" aria-label="Trilha de navegação"><ol><li><a href="/">Início</a></li><li><a href="/acompanhar/">${TRACKING_TITLE}</a></li><li><span aria-current="page">${current}</span></li></ol></nav>`;
}

function what(event: TicketEvent): string {
	switch (event.kind) {
		case 'abertura':
			return `Abriu o ticket ${event.ticketId}.`;
		case 'acompanhamento':
			return `Abriu o Acompanhamento ${event.ticketId}.`;
		case 'mensagem':
			return 'Escreveu:';
		case 'status':
			return `Status: ${STATUS_LABELS[event.from!]} → ${STATUS_LABELS[event.to!]}${event.automatic ? ' (mudança automática, prazo vencido)' : ''}.`;
	}
}

function historyList(events: TicketEvent[]): Markup {
	return markup`<ol class="ticket-history">${[...events].reverse().map(
		(event) => markup`<li><p class="event-head"><strong>${ACTOR_LABELS[event.actor]}${event.author ? ` (${event.author})` : ''}</strong> · <time datetime="${event.at}">${formatDateTime(event.at)}</time> · ${what(event)}</p>${
			event.message ? markup`<p class="event-message">${event.message}</p>` : ''
		}</li>`,
	)}</ol>`;
}

function deadlineNotice(view: TicketView): Markup {
	const deadline = view.deadline;
	if (!deadline) return markup``;
	const next = AFTER_DEADLINE[deadline.status];
	const after =
		next === 'validacao-cliente'
			? 'Depois dessa data, o ticket passa sozinho para Validação Cliente e a pesquisa de satisfação é enviada.'
			: 'Depois dessa data, o ticket é encerrado; para continuar, será preciso abrir um Acompanhamento.';
	return markup`<section class="deadline-notice" aria-labelledby="prazo-titulo">
<h2 id="prazo-titulo">Responda até ${formatLongDate(deadline.date)}</h2>
<p>O ticket está em <strong>${STATUS_LABELS[deadline.status]}</strong> desde ${formatLongDate(deadline.since)} e aguarda você: são ${deadline.businessDays} dias úteis, sem contar fins de semana e feriados. ${after}</p>
</section>`;
}

export interface FormState {
	message?: string;
	error?: string;
}

function messageForm(action: string, token: string, id: string, label: string, button: string, state: FormState): Markup {
	return markup`<form class="tracking-form" method="post" action="${action}" novalidate>
<input type="hidden" name="t" value="${token}" />
${state.error ? markup`<p class="form-error" id="${id}-erro">${state.error}</p>` : ''}
<p><label for="${id}">${label}</label>
<textarea id="${id}" name="mensagem" rows="6" maxlength="${MESSAGE_LIMITS.max}"${state.error ? markup` aria-invalid="true" aria-describedby="${id}-erro"` : ''}>${state.message ?? ''}</textarea></p>
<p><button type="submit" class="button">${button}</button></p>
</form>`;
}

export interface TrackingPageInput {
	view: TicketView;
	token: string;
	/** A private link to the Acompanhamento of this ticket, when there is one. */
	followUpPath?: string;
	reply?: FormState;
	followUp?: FormState;
	/** A sentence at the top after an action (reply stored…). */
	notice?: string;
}

export function trackingPage(shell: PageShell, input: TrackingPageInput): Markup {
	const { view, token } = input;
	let action: Markup;
	if (view.status !== 'encerrado') {
		action = markup`<h2 id="responder">Responder</h2>
<p>Escreva aqui a sua resposta ao analista ou as informações que faltavam.${view.deadline ? ' Ao responder, o ticket volta para o analista (Em atendimento).' : ''}</p>
${messageForm('/acompanhar/responder', token, 'resposta', 'Sua resposta', 'Enviar resposta', input.reply ?? {})}`;
	} else if (input.followUpPath && view.continuedBy) {
		action = markup`<h2 id="continuar">Continuar o atendimento</h2>
<p>Este atendimento continua no Acompanhamento <a href="${input.followUpPath}">${view.continuedBy}</a>.</p>`;
	} else {
		action = markup`<h2 id="continuar">Continuar o atendimento</h2>
<p>Este ticket está encerrado e não recebe mais respostas. Se a ocorrência ainda precisa de atendimento, abra um <strong>Acompanhamento</strong>: um novo ticket, com novo código, que carrega todo este histórico.</p>
${messageForm('/acompanhar/acompanhamento', token, 'acompanhamento', 'O que ainda precisa ser resolvido', 'Abrir Acompanhamento', input.followUp ?? {})}`;
	}
	const content = markup`${breadcrumbs(view.id)}
<h1>Ticket ${view.id}: ${view.subject}</h1>
${input.notice ? markup`<p class="lead" role="status">${input.notice}</p>` : ''}
<dl class="ticket-facts">
<dt>Status</dt><dd><strong>${STATUS_LABELS[view.status]}</strong></dd>
<dt>Aberto em</dt><dd>${formatDateTime(view.createdAt)}</dd>
<dt>Última interação</dt><dd><time datetime="${view.lastInteraction}">${formatDateTime(view.lastInteraction)}</time></dd>
${view.continues ? markup`<dt>Acompanhamento de</dt><dd>${view.continues} (o histórico dele está abaixo)</dd>` : ''}
</dl>
${deadlineNotice(view)}
${action}
<h2 id="historico">Histórico</h2>
<p>Do mais recente para o mais antigo.</p>
${historyList(view.history)}
<p>Os prazos de cada status estão em <a href="/suporte/status-e-prazos/">Status e prazos do ticket</a>.</p>`;
	return shell(`Ticket ${view.id}`, content);
}

export interface MyTicketsFormInput {
	email?: string;
	error?: string;
	notice?: string;
	/** Why the visitor landed here (an invalid or used link). */
	problem?: string;
}

/** /acompanhar/ without a link: ask for the e-mail to receive the "Meus tickets" link. */
export function myTicketsRequestPage(shell: PageShell, input: MyTicketsFormInput): Markup {
	const content = markup`<nav class="breadcrumbs" aria-label="Trilha de navegação"><ol><li><a href="/">Início</a></li><li><span aria-current="page">${TRACKING_TITLE}</span></li></ol></nav>
<h1>${input.problem ? input.problem : 'Meus tickets'}</h1>
${input.notice ? markup`<p class="lead" role="status">${input.notice}</p>` : ''}
<p>Cada ticket tem um link privado, enviado por e-mail quando o ticket foi aberto. Para receber a lista de todos os seus tickets, informe o e-mail usado ao abrir: enviamos um link válido por 24 horas, para um único acesso.</p>
<form class="tracking-form" method="post" action="/acompanhar/meus-tickets/" novalidate>
${input.error ? markup`<p class="form-error" id="email-erro">${input.error}</p>` : ''}
<p><label for="email">Seu e-mail</label>
<input type="email" id="email" name="email" autocomplete="email" spellcheck="false" value="${input.email ?? ''}"${input.error ? markup` aria-invalid="true" aria-describedby="email-erro"` : ''} /></p>
<p><button type="submit" class="button">Receber o link dos meus tickets</button></p>
</form>`;
	return shell(input.problem ?? 'Meus tickets', content);
}

/** The list a "Meus tickets" link opens: every ticket of that e-mail, each with its private link. */
export function myTicketsPage(shell: PageShell, email: string, tickets: { summary: TicketSummary; path: string }[]): Markup {
	const content = markup`${breadcrumbs('Meus tickets')}
<h1>Meus tickets</h1>
<p class="lead">Tickets abertos com o e-mail <strong>${email}</strong>. Este link já foi usado: guarde os links abaixo ou peça outro quando precisar.</p>
<table class="my-tickets">
<caption class="visually-hidden">Seus tickets, do mais recente para o mais antigo</caption>
<thead><tr><th scope="col">Ticket</th><th scope="col">Assunto</th><th scope="col">Status</th><th scope="col">Última interação</th><th scope="col">Responder até</th></tr></thead>
<tbody>${tickets.map(
		({ summary, path }) =>
			markup`<tr><td><a href="${path}">${summary.id}</a></td><td>${summary.subject}</td><td>${STATUS_LABELS[summary.status]}</td><td>${formatDateTime(summary.lastInteraction)}</td><td>${summary.deadline ? formatLongDate(summary.deadline) : '—'}</td></tr>`,
	)}</tbody>
</table>`;
	return shell('Meus tickets', content);
}

export interface SurveyInput {
	view: TicketView;
	token: string;
	error?: string;
	rating?: string;
	comment?: string;
}

const RATINGS = [
	['5', 'Muito satisfeito'],
	['4', 'Satisfeito'],
	['3', 'Nem satisfeito nem insatisfeito'],
	['2', 'Insatisfeito'],
	['1', 'Muito insatisfeito'],
] as const;

export function surveyPage(shell: PageShell, input: SurveyInput): Markup {
	const { view } = input;
	const content = markup`${breadcrumbs('Pesquisa de satisfação')}
<h1>Pesquisa de satisfação do ticket ${view.id}</h1>
<p class="lead">${view.subject}</p>
<p>A resposta da pesquisa não reabre nem muda o ticket. Para continuar o atendimento, <a href="/acompanhar/?t=${input.token}">responda no próprio ticket</a>.</p>
<form class="tracking-form" method="post" action="/acompanhar/pesquisa/" novalidate>
<input type="hidden" name="t" value="${input.token}" />
${input.error ? markup`<p class="form-error" id="nota-erro">${input.error}</p>` : ''}
<fieldset${input.error ? markup` aria-describedby="nota-erro"` : ''}><legend>Como você avalia o atendimento?</legend>
${RATINGS.map(
	([value, label]) =>
		markup`<p><input type="radio" id="nota-${value}" name="nota" value="${value}"${input.rating === value ? ' checked' : ''} /> <label for="nota-${value}">${label}</label></p>`,
)}
</fieldset>
<p><label for="comentario">Comentário (opcional)</label>
<textarea id="comentario" name="comentario" rows="4" maxlength="2000">${input.comment ?? ''}</textarea></p>
<p><button type="submit" class="button">Enviar avaliação</button></p>
</form>`;
	return shell(`Pesquisa do ticket ${view.id}`, content);
}

export function surveyThanksPage(shell: PageShell, view: TicketView, token: string): Markup {
	const content = markup`${breadcrumbs('Pesquisa de satisfação')}
<h1>Obrigado pela avaliação</h1>
<p class="lead" role="status">Sua avaliação do ticket ${view.id} foi registrada.</p>
<p>O ticket continua em <strong>${STATUS_LABELS[view.status]}</strong>: a pesquisa não muda o atendimento. <a href="/acompanhar/?t=${token}">Ver o ticket</a>.</p>`;
	return shell('Avaliação registrada', content);
}

/** The e-mails of ticket follow-up, in pt-BR plain text. */
import { formatLongDate } from '../../lifecycle/business-days';
import { STATUS_LABELS } from '../../lifecycle/rules';
import type { OutgoingMail } from './mailer';
import type { CustomerDeadline, TicketView } from './ticket-lifecycle';

const SIGNATURE = '\n\n--\nSuporte Linha Consinco\nEste endereço é pessoal: não o repasse. Quem tiver o link vê o ticket.';

export function confirmationMail(ticket: TicketView, link: string): OutgoingMail {
	return {
		to: ticket.requester.email,
		subject: `Ticket ${ticket.id} aberto: ${ticket.subject}`,
		text: `Olá, ${ticket.requester.name}.

Recebemos o seu ticket ${ticket.id} ("${ticket.subject}"), com o status ${STATUS_LABELS[ticket.status]}.

Acompanhe o atendimento, veja o histórico e responda ao analista neste link privado:
${link}${SIGNATURE}`,
	};
}

export function myTicketsMail(email: string, link: string, hours: number): OutgoingMail {
	return {
		to: email,
		subject: 'Seus tickets na Central de Ajuda Linha Consinco',
		text: `Olá.

Alguém (provavelmente você) pediu a lista dos tickets abertos com o e-mail ${email}.

Abra a lista por este link, válido por ${hours} horas e para um único acesso:
${link}

Se não foi você, ignore esta mensagem: sem o link, ninguém vê os seus tickets.${SIGNATURE}`,
	};
}

export function reminderMail(ticket: TicketView, deadline: CustomerDeadline, link: string): OutgoingMail {
	const after =
		deadline.status === 'pendencia-cliente'
			? 'Depois dessa data, o ticket passa sozinho para Validação Cliente.'
			: 'Depois dessa data, o ticket é encerrado; para continuar será preciso abrir um Acompanhamento.';
	return {
		to: ticket.requester.email,
		subject: `Ticket ${ticket.id}: responda até ${formatLongDate(deadline.date)}`,
		text: `Olá, ${ticket.requester.name}.

O ticket ${ticket.id} ("${ticket.subject}") está em ${STATUS_LABELS[deadline.status]} e aguarda a sua resposta.
Responda até ${formatLongDate(deadline.date)} (${deadline.businessDays} dias úteis desde ${formatLongDate(deadline.since)}). ${after}

Responder no ticket:
${link}${SIGNATURE}`,
	};
}

export function surveyMail(ticket: TicketView, link: string, trackingLink: string): OutgoingMail {
	return {
		to: ticket.requester.email,
		subject: `Pesquisa de satisfação do ticket ${ticket.id}`,
		text: `Olá, ${ticket.requester.name}.

O ticket ${ticket.id} ("${ticket.subject}") passou para Validação Cliente. Conte como foi o atendimento:
${link}

A resposta da pesquisa não reabre o ticket. Se a solução não resolveu, responda no próprio ticket:
${trackingLink}${SIGNATURE}`,
	};
}

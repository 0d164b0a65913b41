/**
 * What the confirmation says about replies and follow-up, from the support pages
 * (content/pages/canais-de-atendimento.md, status-e-prazos.md, uma-ocorrencia-por-ticket.md).
 * Shared by the page's confirmation panel and the confirmation the ticket service renders
 * after a form post without JavaScript.
 */

/** Before the e-mail address, which the page shows in bold. */
export const REPLIES_GO_TO = 'As respostas do Suporte chegam no e-mail';

export const HOW_TO_FOLLOW =
	'Acompanhe o atendimento pelo Portal do Cliente: a lista de tickets mostra a situação de cada ticket e a data e a hora da última interação.';

export const HOW_TO_REPLY =
	'Para responder ao analista ou acrescentar informações, responda no próprio ticket, pelo Portal do Cliente, em vez de abrir outro ticket para o mesmo problema.';

/** The private link of /acompanhar/, sent with the confirmation e-mail (src/server/lifecycle/messages.ts). */
export const PRIVATE_LINK_BY_EMAIL =
	'Nesse e-mail chega também um link privado para acompanhar este ticket: o status, o prazo para responder e o histórico. Não repasse o link.';

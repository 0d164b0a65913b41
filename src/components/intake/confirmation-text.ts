/**
 * What the confirmation says about replies and follow-up, from the support pages
 * (content/pages/canais-de-atendimento.md, status-e-prazos.md, uma-ocorrencia-por-ticket.md).
 * Shared by the page's confirmation panel and the confirmation the ticket service renders
 * after a form post without JavaScript.
 */

/** Before the e-mail address, which the page shows in bold. */
export const REPLIES_GO_TO = 'As respostas do Suporte chegam no e-mail';

export const HOW_TO_FOLLOW =
	'Acompanhe o atendimento pelo link privado “Acompanhar este ticket”: ele mostra o status, o histórico, a data e a hora da última interação e, quando o ticket espera uma resposta sua, até quando responder, contado em dias úteis.';

/** "Meus tickets" (/acompanhar/ of the ticket service): a new link by e-mail, to every ticket of that e-mail. */
export const MY_TICKETS_PATH = '/acompanhar/';
export const MY_TICKETS_LABEL = 'Meus tickets';
/** Before the "Meus tickets" link. */
export const NEW_LINK_BEFORE = 'Perdeu o link? Em';
/** After the "Meus tickets" link. */
export const NEW_LINK_AFTER =
	', informe o e-mail usado na abertura e receba nele um novo link, com a lista de todos os seus tickets (válido por 24 horas, para um único acesso).';

export const HOW_TO_REPLY =
	'Para responder ao analista ou acrescentar informações, responda no próprio ticket, na página do link privado, em vez de abrir outro ticket para o mesmo problema. Se o ticket já estiver encerrado, abra ali um Acompanhamento: um novo código de ticket que carrega todo o histórico.';

/** The private link of /acompanhar/, sent with the confirmation e-mail (src/server/lifecycle/messages.ts). */
export const PRIVATE_LINK_BY_EMAIL =
	'Nesse e-mail chega também um link privado para acompanhar este ticket: o status, o prazo para responder e o histórico. Não repasse o link.';

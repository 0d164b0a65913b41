/**
 * The ticket lifecycle of the support rules (content/pages/status-e-prazos.md): the statuses,
 * who may move a ticket from one to another, and the customer's deadlines. Pure and
 * browser-safe: the ticket service enforces it, the site's deadline calculator explains it.
 */

export const STATUSES = ['novo', 'em-atendimento', 'pendencia-cliente', 'validacao-cliente', 'encerrado'] as const;
export type TicketStatus = (typeof STATUSES)[number];

/** How each status is written for people (the support pages' own names). */
export const STATUS_LABELS: Record<TicketStatus, string> = {
	novo: 'Novo',
	'em-atendimento': 'Em atendimento',
	'pendencia-cliente': 'Pendência do Cliente',
	'validacao-cliente': 'Validação Cliente',
	encerrado: 'Encerrado',
};

/** Who makes a change: the support team, the customer (replying), or the service itself (deadlines). */
export type Actor = 'suporte' | 'cliente' | 'sistema';

export const ACTOR_LABELS: Record<Actor, string> = { suporte: 'Suporte', cliente: 'Cliente', sistema: 'Sistema (automático)' };

/** Business days the customer has in each status that waits for them. */
export const CUSTOMER_DEADLINES = { 'pendencia-cliente': 7, 'validacao-cliente': 5 } as const satisfies Partial<Record<TicketStatus, number>>;
export type CustomerStatus = keyof typeof CUSTOMER_DEADLINES;

/** Where a status goes when its customer deadline passes. */
export const AFTER_DEADLINE: Record<CustomerStatus, TicketStatus> = {
	'pendencia-cliente': 'validacao-cliente',
	'validacao-cliente': 'encerrado',
};

/** Business days before a customer deadline when the reminder goes out. */
export const REMINDER_BUSINESS_DAYS = 2;

/** Every move the rules allow, by whom. A closed ticket goes on only as an Acompanhamento (a new ticket). */
const TRANSITIONS: Record<TicketStatus, Partial<Record<TicketStatus, readonly Actor[]>>> = {
	novo: { 'em-atendimento': ['suporte'], 'pendencia-cliente': ['suporte'], 'validacao-cliente': ['suporte'], encerrado: ['suporte'] },
	'em-atendimento': { 'pendencia-cliente': ['suporte'], 'validacao-cliente': ['suporte'], encerrado: ['suporte'] },
	'pendencia-cliente': { 'em-atendimento': ['suporte', 'cliente'], 'validacao-cliente': ['suporte', 'sistema'] },
	'validacao-cliente': { 'em-atendimento': ['suporte', 'cliente'], encerrado: ['suporte', 'sistema'] },
	encerrado: {},
};

export function isStatus(value: unknown): value is TicketStatus {
	return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export function isCustomerStatus(status: TicketStatus): status is CustomerStatus {
	return status in CUSTOMER_DEADLINES;
}

/** The statuses `actor` may move a ticket to from `from`. */
export function nextStatuses(from: TicketStatus, actor: Actor): TicketStatus[] {
	return STATUSES.filter((to) => TRANSITIONS[from][to]?.includes(actor));
}

export type TransitionCheck = { ok: true } | { ok: false; message: string };

/** Whether `actor` may move a ticket from `from` to `to`, with a pt-BR reason when not. */
export function checkTransition(from: TicketStatus, to: TicketStatus, actor: Actor): TransitionCheck {
	if (TRANSITIONS[from][to]?.includes(actor)) return { ok: true };
	const move = `de "${STATUS_LABELS[from]}" para "${STATUS_LABELS[to]}"`;
	if (from === 'encerrado') {
		return { ok: false, message: `O ticket está encerrado e não muda mais de status: para continuar, abra um Acompanhamento (um novo ticket com o histórico).` };
	}
	if (from === to) return { ok: false, message: `O ticket já está em "${STATUS_LABELS[to]}".` };
	const allowed = nextStatuses(from, actor);
	const options = allowed.length ? ` A partir de "${STATUS_LABELS[from]}" só é possível ir para: ${allowed.map((status) => `"${STATUS_LABELS[status]}"`).join(', ')}.` : '';
	return { ok: false, message: `As regras de atendimento não permitem mudar o ticket ${move}.${options}` };
}

/**
 * The status a customer's reply leads to: a reply to a status that waits for the customer puts
 * the ticket back with the analyst; elsewhere the status stays. Undefined: no reply is taken.
 */
export function statusAfterCustomerReply(status: TicketStatus): TicketStatus | undefined {
	if (status === 'encerrado') return undefined;
	return isCustomerStatus(status) ? 'em-atendimento' : status;
}

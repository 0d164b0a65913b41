/**
 * What the support team and the customer send to change a ticket: a new status, a message.
 * Shared by the staff API, the command line and the customer's tracking page.
 */
import { z } from 'zod';
import { STATUS_LABELS, STATUSES } from '../lifecycle/rules';
import { FREE_TEXT_FORBIDDEN, ONE_LINE_FORBIDDEN } from './clean-text';
import { TICKET_LIMITS } from './ticket';

export const MESSAGE_LIMITS = { min: 2, max: TICKET_LIMITS.description.max } as const;

const statusList = STATUSES.map((status) => `"${status}" (${STATUS_LABELS[status]})`).join(', ');

export const statusSchema = z.enum(STATUSES, {
	errorMap: () => ({ message: `O status deve ser um destes: ${statusList}.` }),
});

const messageRule = `A mensagem deve ter de ${MESSAGE_LIMITS.min} a ${MESSAGE_LIMITS.max} caracteres.`;
/** The text of a message, required. */
export const messageSchema = z
	.string({ required_error: 'Escreva a mensagem.', invalid_type_error: 'A mensagem deve ser um texto.' })
	.trim()
	.min(MESSAGE_LIMITS.min, messageRule)
	.max(MESSAGE_LIMITS.max, messageRule)
	// A free text: line breaks and tabs are fine, other control characters (ANSI escapes, NUL) are not.
	.refine((value) => !FREE_TEXT_FORBIDDEN.test(value), { message: 'A mensagem não pode ter caracteres de controle.' });

const author = z
	.string({ invalid_type_error: 'O autor deve ser um texto.' })
	.trim()
	.max(TICKET_LIMITS.requesterName.max, `O autor deve ter no máximo ${TICKET_LIMITS.requesterName.max} caracteres.`)
	.refine((value) => !ONE_LINE_FORBIDDEN.test(value), {
		message: 'O autor não pode ter quebras de linha, caracteres de controle nem caracteres invisíveis.',
	})
	.optional()
	.transform((value) => (value === '' ? undefined : value));

/** POST /api/tickets/:id/status */
export const statusChangeSchema = z
	.object({ status: statusSchema, mensagem: messageSchema.optional(), autor: author }, { invalid_type_error: 'O corpo deve ser um objeto JSON.' })
	.strict('Campos aceitos: status, mensagem, autor.');

/** POST /api/tickets/:id/respostas */
export const replySchema = z
	.object({ mensagem: messageSchema, autor: author }, { invalid_type_error: 'O corpo deve ser um objeto JSON.' })
	.strict('Campos aceitos: mensagem, autor.');

export type StatusChange = z.output<typeof statusChangeSchema>;
export type Reply = z.output<typeof replySchema>;

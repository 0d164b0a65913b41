import { STATUS_LABELS } from '../../lifecycle/rules';
import { messageSchema } from '../../schemas/ticket-change';
import type { TicketCommand } from './command';
import { parseCommandArgs, UsageError, withFollowUp } from './follow-up-cli';

const usage = 'responder <código> --mensagem "…" [--autor "…"]: registra uma resposta do Suporte no histórico do ticket';

export const command: TicketCommand = {
	name: 'responder',
	usage,
	run: (args, env) =>
		withFollowUp(env, (followUp) => {
			const { values, positionals } = parseCommandArgs(args, { mensagem: { type: 'string' }, autor: { type: 'string' } }, usage);
			if (positionals.length !== 1) throw new UsageError(`Informe um código de ticket. Uso: ${usage}`);
			if (values.mensagem === undefined) throw new UsageError(`Escreva a resposta com --mensagem "…". Uso: ${usage}`);
			const message = messageSchema.safeParse(values.mensagem);
			if (!message.success) throw new UsageError(message.error.issues[0]!.message);
			const id = positionals[0]!.toUpperCase();
			const view = followUp.lifecycle.reply(id, { actor: 'suporte', author: values.autor?.trim() || undefined, message: message.data });
			followUp.ticketChanged(id);
			console.log(`Resposta registrada no ticket ${id} (status: ${STATUS_LABELS[view.status]}).`);
			return 0;
		}),
};

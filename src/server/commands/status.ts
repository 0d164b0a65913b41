import { STATUS_LABELS } from '../../lifecycle/rules';
import { messageSchema, statusSchema } from '../../schemas/ticket-change';
import type { TicketCommand } from './command';
import { parseCommandArgs, UsageError, withFollowUp } from './follow-up-cli';

const usage = 'status <código> <status> [--mensagem "…"] [--autor "…"]: muda o status do ticket (novo, em-atendimento, pendencia-cliente, validacao-cliente, encerrado)';

export const command: TicketCommand = {
	name: 'status',
	usage,
	run: (args, env) =>
		withFollowUp(env, (followUp) => {
			const { values, positionals } = parseCommandArgs(args, { mensagem: { type: 'string' }, autor: { type: 'string' } }, usage);
			if (positionals.length !== 2) throw new UsageError(`Informe o código e o novo status. Uso: ${usage}`);
			const id = positionals[0]!.toUpperCase();
			const status = statusSchema.safeParse(positionals[1]);
			if (!status.success) throw new UsageError(status.error.issues[0]!.message);
			const message = values.mensagem === undefined ? undefined : messageSchema.safeParse(values.mensagem);
			if (message && !message.success) throw new UsageError(message.error.issues[0]!.message);
			const before = followUp.lifecycle.view(id);
			if (!before) throw new UsageError(`Não há ticket com o número "${id}".`);
			const view = followUp.changeStatus(id, status.data, { actor: 'suporte', author: values.autor?.trim() || undefined, message: message?.data });
			console.log(`${id}: ${STATUS_LABELS[before.status]} → ${STATUS_LABELS[view.status]}.`);
			return 0;
		}),
};

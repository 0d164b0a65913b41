import { commandReader, recordAdminRead } from '../admin-reads';
import type { TicketCommand } from './command';
import { describeTicket, parseCommandArgs, UsageError, withFollowUp } from './follow-up-cli';

const usage = 'ver <código>: mostra o ticket, o prazo do cliente e o histórico';

export const command: TicketCommand = {
	name: 'ver',
	usage,
	run: (args, env) =>
		withFollowUp(env, ({ lifecycle }, store) => {
			const { positionals } = parseCommandArgs(args, {}, usage);
			if (positionals.length !== 1) throw new UsageError(`Informe um código de ticket. Uso: ${usage}`);
			const id = positionals[0]!.toUpperCase();
			const view = lifecycle.view(id);
			if (!view) throw new UsageError(`Não há ticket com o número "${id}".`);
			recordAdminRead(store.database, view.id, commandReader('ver'));
			console.log(describeTicket(view));
			return 0;
		}),
};

import { describeRun } from '../lifecycle/scheduler';
import type { TicketCommand } from './command';
import { parseCommandArgs, UsageError, withFollowUp } from './follow-up-cli';

const usage = 'prazos: aplica agora os prazos vencidos (Pendência do Cliente → Validação Cliente → Encerrado) e envia os lembretes, como o serviço faz sozinho';

export const command: TicketCommand = {
	name: 'prazos',
	usage,
	run: (args, env) =>
		withFollowUp(env, (followUp) => {
			const { positionals } = parseCommandArgs(args, {}, usage);
			if (positionals.length) throw new UsageError(`Argumento a mais: ${positionals.join(' ')}. Uso: ${usage}`);
			const lines = describeRun(followUp.runDeadlines());
			console.log(lines.length ? lines.join('\n') : 'Nenhum prazo vencido e nenhum lembrete a enviar.');
			return 0;
		}),
};

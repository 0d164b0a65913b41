import { exportEmail } from '../personal-data';
import type { TicketCommand } from './command';
import { emailArgument, openExistingStore } from './email-argument';

const usage = 'exportar --email <e-mail>   mostra em JSON os chamados de uma pessoa, o histórico, as respostas à pesquisa e quem os leu (direito de acesso, LGPD)';

/** Prints a person's tickets and their read records as JSON, on stdout. */
export const command: TicketCommand = {
	name: 'exportar',
	usage,
	async run(args, env) {
		const email = emailArgument(args, usage);
		if (!email) return 1;
		const store = openExistingStore(env);
		if (!store) return 1;
		try {
			const data = exportEmail(store.database, email);
			console.log(JSON.stringify(data, null, 2));
			if (data.tickets.length === 0) console.error(`Nenhum chamado com o e-mail ${email}.`);
			return 0;
		} finally {
			store.close();
		}
	},
};

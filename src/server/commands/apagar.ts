import { eraseEmail } from '../personal-data';
import type { TicketCommand } from './command';
import { emailArgument, openExistingStore } from './email-argument';

const usage = 'apagar --email <e-mail>   apaga os chamados de uma pessoa (direito de eliminação, LGPD) e mostra o que foi apagado';

/** Erases a person's tickets, with their idempotency keys and read records. */
export const command: TicketCommand = {
	name: 'apagar',
	usage,
	async run(args, env) {
		const email = emailArgument(args, usage);
		if (!email) return 1;
		const store = openExistingStore(env);
		if (!store) return 1;
		try {
			const result = eraseEmail(store.database, email);
			if (result.tickets.length === 0) {
				console.log(`Nenhum chamado com o e-mail ${email}: nada foi apagado.`);
				return 0;
			}
			console.log(`Apagados ${result.tickets.length} chamado(s) de ${email}: ${result.tickets.join(', ')}.`);
			console.log(`Também apagados: ${result.idempotencyKeys} chave(s) de idempotência e ${result.adminReads} registro(s) de leitura.`);
			return 0;
		} finally {
			store.close();
		}
	},
};

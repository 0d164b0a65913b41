import { dirname } from 'node:path';
import { outboxDirOf } from '../outbox-files';
import { eraseEmail } from '../personal-data';
import type { TicketCommand } from './command';
import { emailArgument, openExistingStore } from './email-argument';

const usage = 'apagar --email <e-mail>   apaga os chamados de uma pessoa (direito de eliminação, LGPD) e mostra o que foi apagado';

/** Erases a person's tickets, with their idempotency keys, read records and outbox e-mails. */
export const command: TicketCommand = {
	name: 'apagar',
	usage,
	async run(args, env) {
		const email = emailArgument(args, usage);
		if (!email) return 1;
		const store = openExistingStore(env);
		if (!store) return 1;
		try {
			const result = eraseEmail(store.database, email, { outboxDir: outboxDirOf(dirname(store.file)) });
			if (result.tickets.length === 0) {
				const mails = result.outboxFiles ? ` (apagados ${result.outboxFiles} e-mail(s) para esse endereço na pasta outbox)` : ': nada foi apagado';
				console.log(`Nenhum chamado com o e-mail ${email}${mails}.`);
				return 0;
			}
			console.log(`Apagados ${result.tickets.length} chamado(s) de ${email}: ${result.tickets.join(', ')}.`);
			console.log(
				`Também apagados: ${result.idempotencyKeys} chave(s) de idempotência, ${result.adminReads} registro(s) de leitura e ${result.outboxFiles} e-mail(s) da pasta outbox.`,
			);
			return 0;
		} finally {
			store.close();
		}
	},
};

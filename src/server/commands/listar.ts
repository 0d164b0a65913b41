import { formatDateTime, formatShortDate } from '../../lifecycle/business-days';
import { STATUS_LABELS } from '../../lifecycle/rules';
import { commandReader, recordAdminReads } from '../admin-reads';
import { parseListFilters } from '../routes/staff-tickets';
import type { TicketCommand } from './command';
import { parseCommandArgs, UsageError, withFollowUp } from './follow-up-cli';

const usage = 'listar [--status <status>] [--modulo <módulo>] [--produto <produto>] [--desde AAAA-MM-DD] [--ate AAAA-MM-DD]: lista os tickets, os mais recentes primeiro';

export const command: TicketCommand = {
	name: 'listar',
	usage,
	run: (args, env) =>
		withFollowUp(env, ({ lifecycle }, store) => {
			const { values, positionals } = parseCommandArgs(
				args,
				{ status: { type: 'string' }, modulo: { type: 'string' }, produto: { type: 'string' }, desde: { type: 'string' }, ate: { type: 'string' } },
				usage,
			);
			if (positionals.length) throw new UsageError(`Argumento a mais: ${positionals.join(' ')}. Uso: ${usage}`);
			const parsed = parseListFilters(values as Record<string, string | undefined>);
			if ('fields' in parsed) throw new UsageError(parsed.fields.map((field) => field.message).join('\n'));
			const tickets = lifecycle.list(parsed.filters);
			recordAdminReads(
				store.database,
				tickets.map((ticket) => ticket.id),
				commandReader('listar'),
			);
			if (tickets.length === 0) {
				console.log('Nenhum ticket encontrado.');
				return 0;
			}
			for (const ticket of tickets) {
				const deadline = ticket.deadline ? `  prazo ${formatShortDate(ticket.deadline)}` : '';
				console.log(`${ticket.id}  ${STATUS_LABELS[ticket.status].padEnd(20)}  ${ticket.module.padEnd(16)}  última interação ${formatDateTime(ticket.lastInteraction)}${deadline}  ${ticket.subject}`);
			}
			console.log(`${tickets.length} ticket(s).`);
			return 0;
		}),
};

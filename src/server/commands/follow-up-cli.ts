/**
 * What the ticket commands share: the service's configuration and database (TICKET_API_DATA_DIR,
 * like the service), the follow-up object, pt-BR errors, and the way a ticket is printed.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatDateTime, formatLongDate } from '../../lifecycle/business-days';
import { ACTOR_LABELS, STATUS_LABELS } from '../../lifecycle/rules';
import { ConfigError, loadConfig } from '../config';
import { FollowUp } from '../lifecycle/follow-up';
import { createMailer } from '../lifecycle/mailer';
import { LifecycleError, type TicketEvent, type TicketView } from '../lifecycle/ticket-lifecycle';
import { openTicketStore, type TicketStore } from '../storage';

/** A mistake in what was typed: printed as is, exit code 1. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** Opens the database of TICKET_API_DATA_DIR, runs `work`, waits for its e-mails and closes. */
export async function withFollowUp(env: NodeJS.ProcessEnv, work: (followUp: FollowUp, store: TicketStore) => number | Promise<number>): Promise<number> {
	let followUp: FollowUp | undefined;
	let close = () => {};
	try {
		const config = loadConfig(env);
		const store = openTicketStore(config.dataDir);
		const mailer = createMailer({ smtpUrl: config.followUp.smtpUrl, from: config.followUp.mailFrom, dataDir: config.dataDir });
		close = () => {
			mailer.close();
			store.close();
		};
		followUp = new FollowUp({ store, mailer, publicUrl: config.followUp.publicUrl, holidaysRegion: config.followUp.holidaysRegion });
		return await work(followUp, store);
	} catch (error) {
		if (error instanceof ConfigError) console.error(`Configuração inválida: ${error.message}`);
		else if (error instanceof UsageError || error instanceof LifecycleError) console.error(error.message);
		else throw error;
		return 1;
	} finally {
		await followUp?.settled();
		close();
	}
}

/** node:util parseArgs, with its errors turned into a pt-BR UsageError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
	try {
		return parseArgs({ args, options, allowPositionals: true, strict: true });
	} catch (error) {
		const message = (error as Error).message;
		const unknown = /Unknown option '([^']+)'/.exec(message);
		const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
		if (unknown) throw new UsageError(`Opção desconhecida: ${unknown[1]}. Uso: ${usage}`);
		if (missing) throw new UsageError(`A opção ${missing[1]} precisa de um valor. Uso: ${usage}`);
		throw new UsageError(`Argumentos inválidos (${message}). Uso: ${usage}`);
	}
}

function eventLine(event: TicketEvent): string {
	const who = `${ACTOR_LABELS[event.actor]}${event.author ? ` (${event.author})` : ''}`;
	const what =
		event.kind === 'abertura'
			? `abriu o ticket ${event.ticketId}`
			: event.kind === 'status'
				? `${STATUS_LABELS[event.from!]} → ${STATUS_LABELS[event.to!]}${event.automatic ? ' (automático)' : ''}`
				: event.kind === 'acompanhamento'
					? 'abriu este Acompanhamento'
					: 'mensagem';
	return `  ${formatDateTime(event.at)}  ${who}: ${what}${event.message ? `\n      ${event.message.replace(/\n/g, '\n      ')}` : ''}`;
}

/** A ticket as `ver` prints it: data, status, deadline, history. */
export function describeTicket(view: TicketView): string {
	const lines = [
		`${view.id}: ${view.subject}`,
		`Status: ${STATUS_LABELS[view.status]}`,
		`Aberto em: ${formatDateTime(view.createdAt)}  ·  Última interação: ${formatDateTime(view.lastInteraction)}`,
		`Produto/módulo: ${view.product} / ${view.module}${view.routine ? `  ·  Rotina: ${view.routine}` : ''}  ·  Versão: ${view.version}  ·  Ambiente: ${view.environment}`,
		`Cliente: ${view.requester.name} <${view.requester.email}>, ${view.requester.company}${view.requester.phone ? `, ${view.requester.phone}` : ''}`,
	];
	if (view.deadline) lines.push(`Prazo do cliente: responder até ${formatLongDate(view.deadline.date)} (${view.deadline.businessDays} dias úteis desde ${formatLongDate(view.deadline.since)})`);
	if (view.continues) lines.push(`Acompanhamento do ticket ${view.continues}`);
	if (view.continuedBy) lines.push(`Continua no Acompanhamento ${view.continuedBy}`);
	lines.push('Histórico:', ...view.history.map(eventLine));
	return lines.join('\n');
}

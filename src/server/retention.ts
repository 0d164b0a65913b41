import type Database from 'better-sqlite3';
import { purgeOutbox } from './outbox-files';
import { eraseTickets } from './ticket-erasure';

/** Statuses of a ticket that is over (src/lifecycle/rules.ts); only those are erased when old (open ones never are). */
export const CLOSED_STATUSES = ['encerrado'] as const;

/** How often the service looks for data past its retention. */
export const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface PurgeResult {
	tickets: number;
	idempotencyKeys: number;
	deflections: number;
	adminReads: number;
	/** "Meus tickets" links past their expiry (they hold an e-mail and open nothing any more). */
	myTicketsLinks: number;
	/** E-mails left as .eml files in the outbox folder. */
	outboxFiles: number;
}

export interface PurgeOptions {
	now?: Date;
	/** The outbox folder of the mailer (src/server/lifecycle/mailer.ts), when there is one. */
	outboxDir?: string;
}

/**
 * Erases what is older than `retentionDays`: closed tickets (with their idempotency keys and read
 * records), any idempotency record (a replay never comes that late), deflection records and
 * admin read records, in one transaction (all or nothing); "Meus tickets" links once they
 * expired; then the outbox's e-mail files older than the retention.
 * A closed ticket stays while an Acompanhamento continues it (directly or through other
 * Acompanhamentos) that is not itself past the retention: that ticket shows its history.
 */
export function purgeExpired(db: Database.Database, retentionDays: number, { now = new Date(), outboxDir }: PurgeOptions = {}): PurgeResult {
	const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
	const since = cutoff.toISOString();
	const closed = CLOSED_STATUSES.map(() => '?').join(', ');
	// A ticket counts from its last change (its closing), or from its opening when it has none.
	const lastChange = "COALESCE((SELECT max(at) FROM ticket_events WHERE ticket_events.ticket_id = tickets.id), tickets.created_at)";
	const expired = `tickets.status IN (${closed}) AND ${lastChange} < ?`;
	const rows = db.transaction((): Omit<PurgeResult, 'outboxFiles'> => {
		const ids = db
			.prepare<unknown[], { id: string }>(
				`WITH RECURSIVE kept (id) AS (
					SELECT ticket_follow_ups.parent_id FROM ticket_follow_ups JOIN tickets ON tickets.id = ticket_follow_ups.ticket_id WHERE NOT (${expired})
					UNION
					SELECT ticket_follow_ups.parent_id FROM ticket_follow_ups JOIN kept ON kept.id = ticket_follow_ups.ticket_id
				)
				SELECT id FROM tickets WHERE ${expired} AND id NOT IN (SELECT id FROM kept)`,
			)
			.all(...CLOSED_STATUSES, since, ...CLOSED_STATUSES, since)
			.map((row) => row.id);
		const erased = eraseTickets(db, ids);
		const adminReads = erased.rows.admin_reads + db.prepare('DELETE FROM admin_reads WHERE read_at < ?').run(since).changes;
		const idempotencyKeys = erased.rows.idempotency_keys + db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(since).changes;
		const deflections = db.prepare('DELETE FROM deflections WHERE created_at < ?').run(since).changes;
		const myTicketsLinks = db.prepare('DELETE FROM my_tickets_links WHERE expires_at < ?').run(now.toISOString()).changes;
		return { tickets: erased.tickets, idempotencyKeys, deflections, adminReads, myTicketsLinks };
	}).immediate();
	return { ...rows, outboxFiles: outboxDir ? purgeOutbox(outboxDir, cutoff) : 0 };
}

/** Purges now and then every PURGE_INTERVAL_MS; returns the function that stops it. */
export function scheduleRetention(
	db: () => Database.Database,
	retentionDays: number,
	{ outboxDir, log = console.log }: { outboxDir?: string; log?: (line: string) => void } = {},
): () => void {
	const run = () => {
		try {
			const result = purgeExpired(db(), retentionDays, { outboxDir });
			const total = Object.values(result).reduce((sum, count) => sum + count, 0);
			if (total > 0) {
				log(
					`[retenção] apagados após ${retentionDays} dias: ${result.tickets} chamado(s) encerrado(s), ` +
						`${result.idempotencyKeys} chave(s) de idempotência, ${result.deflections} registro(s) de artigo que resolveu, ` +
						`${result.adminReads} registro(s) de leitura, ${result.outboxFiles} e-mail(s) da pasta outbox; ` +
						`e ${result.myTicketsLinks} link(s) de "Meus tickets" vencido(s).`,
				);
			}
		} catch (error) {
			console.error(`[retenção] a limpeza falhou: ${(error as Error).message}`);
		}
	};
	run();
	const timer = setInterval(run, PURGE_INTERVAL_MS);
	timer.unref();
	return () => clearInterval(timer);
}

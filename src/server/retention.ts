import type Database from 'better-sqlite3';
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
}

/**
 * Erases what is older than `retentionDays`: closed tickets (with their idempotency keys and read
 * records), any idempotency record (a replay never comes that late), deflection records and
 * admin read records. One transaction: all or nothing.
 * A closed ticket stays while an Acompanhamento continues it (directly or through other
 * Acompanhamentos) that is not itself past the retention: that ticket shows its history.
 */
export function purgeExpired(db: Database.Database, retentionDays: number, now = new Date()): PurgeResult {
	const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000).toISOString();
	const closed = CLOSED_STATUSES.map(() => '?').join(', ');
	// A ticket counts from its last change (its closing), or from its opening when it has none.
	const lastChange = "COALESCE((SELECT max(at) FROM ticket_events WHERE ticket_events.ticket_id = tickets.id), tickets.created_at)";
	const expired = `tickets.status IN (${closed}) AND ${lastChange} < ?`;
	return db.transaction((): PurgeResult => {
		const ids = db
			.prepare<unknown[], { id: string }>(
				`WITH RECURSIVE kept (id) AS (
					SELECT ticket_follow_ups.parent_id FROM ticket_follow_ups JOIN tickets ON tickets.id = ticket_follow_ups.ticket_id WHERE NOT (${expired})
					UNION
					SELECT ticket_follow_ups.parent_id FROM ticket_follow_ups JOIN kept ON kept.id = ticket_follow_ups.ticket_id
				)
				SELECT id FROM tickets WHERE ${expired} AND id NOT IN (SELECT id FROM kept)`,
			)
			.all(...CLOSED_STATUSES, cutoff, ...CLOSED_STATUSES, cutoff)
			.map((row) => row.id);
		const erased = eraseTickets(db, ids);
		const adminReads = erased.rows.admin_reads + db.prepare('DELETE FROM admin_reads WHERE read_at < ?').run(cutoff).changes;
		const idempotencyKeys = erased.rows.idempotency_keys + db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?').run(cutoff).changes;
		const deflections = db.prepare('DELETE FROM deflections WHERE created_at < ?').run(cutoff).changes;
		return { tickets: erased.tickets, idempotencyKeys, deflections, adminReads };
	}).immediate();
}

/** Purges now and then every PURGE_INTERVAL_MS; returns the function that stops it. */
export function scheduleRetention(
	db: () => Database.Database,
	retentionDays: number,
	log: (line: string) => void = console.log,
): () => void {
	const run = () => {
		try {
			const result = purgeExpired(db(), retentionDays);
			const total = result.tickets + result.idempotencyKeys + result.deflections + result.adminReads;
			if (total > 0) {
				log(
					`[retenção] apagados após ${retentionDays} dias: ${result.tickets} chamado(s) encerrado(s), ` +
						`${result.idempotencyKeys} chave(s) de idempotência, ${result.deflections} registro(s) de artigo que resolveu, ` +
						`${result.adminReads} registro(s) de leitura.`,
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

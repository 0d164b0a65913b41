import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Deflection, Ticket } from '../schemas/ticket';
import { LIFECYCLE_MIGRATION } from './lifecycle/schema';
import { ensurePrivateDir, ensurePrivateFile } from './private-files';

/** What POST /api/tickets answers, and again on a replay. */
export interface TicketReceipt {
	id: string;
	status: string;
	createdAt: string;
}

/** A stored ticket as GET /api/tickets/:id returns it. */
export type StoredTicket = TicketReceipt & Ticket;

export type SaveOutcome =
	| { kind: 'created'; receipt: TicketReceipt }
	| { kind: 'replayed'; receipt: TicketReceipt }
	| { kind: 'conflict' };

export const DATABASE_FILE = 'tickets.sqlite';
const TICKET_PREFIX = 'LC-';
const INITIAL_STATUS = 'novo';

/** Readable ticket number: "LC-000001". Wider numbers keep every digit. */
export function ticketId(sequence: number): string {
	return `${TICKET_PREFIX}${String(sequence).padStart(6, '0')}`;
}

// Each entry upgrades the schema by one version (PRAGMA user_version); never edit a past entry.
const MIGRATIONS: string[] = [
	`
	CREATE TABLE counters (
		name TEXT PRIMARY KEY,
		value INTEGER NOT NULL
	);
	INSERT INTO counters (name, value) VALUES ('ticket', 0);
	CREATE TABLE tickets (
		id TEXT PRIMARY KEY,
		status TEXT NOT NULL,
		created_at TEXT NOT NULL,
		product TEXT NOT NULL,
		module TEXT NOT NULL,
		-- the validated ticket, as JSON, exactly as the customer sent it (after trimming)
		data TEXT NOT NULL
	);
	CREATE TABLE idempotency_keys (
		key TEXT PRIMARY KEY,
		-- sha-256 of the canonical request body: a replay must carry the same body
		body_hash TEXT NOT NULL,
		ticket_id TEXT NOT NULL REFERENCES tickets (id),
		created_at TEXT NOT NULL
	);
	CREATE TABLE deflections (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		subject TEXT NOT NULL,
		article TEXT NOT NULL,
		outcome TEXT NOT NULL,
		created_at TEXT NOT NULL
	);
	CREATE INDEX deflections_article ON deflections (article);
	`,
	// "Isso foi útil?" answers (src/server/feedback-store.ts); no personal data.
	`
	CREATE TABLE IF NOT EXISTS feedback (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		page TEXT NOT NULL,
		useful INTEGER NOT NULL CHECK (useful IN (0, 1)),
		comment TEXT,
		created_at TEXT NOT NULL
	);
	CREATE INDEX IF NOT EXISTS feedback_page ON feedback (page);
	`,
	LIFECYCLE_MIGRATION,
	// Who read which ticket with the admin token, and when (LGPD: accesses to personal data).
	`
	CREATE TABLE IF NOT EXISTS admin_reads (
		id INTEGER PRIMARY KEY AUTOINCREMENT,
		ticket_id TEXT NOT NULL,
		reader TEXT NOT NULL,
		read_at TEXT NOT NULL
	);
	CREATE INDEX IF NOT EXISTS admin_reads_ticket ON admin_reads (ticket_id);
	`,
];

interface TicketRow {
	id: string;
	status: string;
	created_at: string;
	data: string;
}

/**
 * The service's SQLite storage. better-sqlite3 is synchronous, so every write below runs to its
 * COMMIT before the request handler can answer: a 201 is never sent for an unsaved ticket.
 */
export class TicketStore {
	readonly file: string;
	private readonly db: Database.Database;
	private readonly saveTicket: (key: string, bodyHash: string, ticket: Ticket) => SaveOutcome;

	constructor(dataDir: string) {
		ensurePrivateDir(dataDir);
		this.file = join(dataDir, DATABASE_FILE);
		ensurePrivateFile(this.file);
		this.db = new Database(this.file);
		// WAL lets readers (health, GET) work during writes; FULL makes each COMMIT survive a power
		// loss, which the contract's "stored durably before the answer" asks for.
		this.db.pragma('journal_mode = WAL');
		this.db.pragma('synchronous = FULL');
		this.db.pragma('foreign_keys = ON');
		// Another process on the same file (a second service, a support script) waits, not fails.
		this.db.pragma('busy_timeout = 5000');
		this.migrate();

		const findKey = this.db.prepare<[string], { body_hash: string; ticket_id: string }>(
			'SELECT body_hash, ticket_id FROM idempotency_keys WHERE key = ?',
		);
		const findReceipt = this.db.prepare<[string], TicketReceipt>(
			'SELECT id, status, created_at AS createdAt FROM tickets WHERE id = ?',
		);
		const nextNumber = this.db.prepare<[], { value: number }>(
			"UPDATE counters SET value = value + 1 WHERE name = 'ticket' RETURNING value",
		);
		const insertTicket = this.db.prepare(
			'INSERT INTO tickets (id, status, created_at, product, module, data) VALUES (?, ?, ?, ?, ?, ?)',
		);
		const insertKey = this.db.prepare(
			'INSERT INTO idempotency_keys (key, body_hash, ticket_id, created_at) VALUES (?, ?, ?, ?)',
		);

		// IMMEDIATE takes the write lock first, so the key lookup and the insert cannot interleave
		// with another writer, even one in another process.
		const save = this.db.transaction((key: string, bodyHash: string, ticket: Ticket): SaveOutcome => {
			const known = findKey.get(key);
			if (known) {
				if (known.body_hash !== bodyHash) return { kind: 'conflict' };
				const receipt = findReceipt.get(known.ticket_id);
				if (!receipt) throw new Error(`idempotency key ${key} points to a missing ticket ${known.ticket_id}`);
				return { kind: 'replayed', receipt };
			}
			const counter = nextNumber.get();
			if (!counter) throw new Error('the ticket counter row is missing');
			const receipt: TicketReceipt = {
				id: ticketId(counter.value),
				status: INITIAL_STATUS,
				createdAt: new Date().toISOString(),
			};
			insertTicket.run(receipt.id, receipt.status, receipt.createdAt, ticket.product, ticket.module, JSON.stringify(ticket));
			insertKey.run(key, bodyHash, receipt.id, receipt.createdAt);
			return { kind: 'created', receipt };
		});
		this.saveTicket = (key, bodyHash, ticket) => save.immediate(key, bodyHash, ticket);
	}

	private migrate(): void {
		const current = this.db.pragma('user_version', { simple: true }) as number;
		if (current > MIGRATIONS.length) {
			throw new Error(
				`O banco ${this.file} foi criado por uma versão mais nova do serviço (esquema ${current}); atualize o serviço.`,
			);
		}
		for (let version = current; version < MIGRATIONS.length; version++) {
			this.db.transaction(() => {
				this.db.exec(MIGRATIONS[version]);
				this.db.pragma(`user_version = ${version + 1}`);
			}).immediate();
		}
	}

	/**
	 * Stores the ticket under its idempotency key, or finds the ticket stored earlier with the
	 * same key: the same body replays it, another body is a conflict.
	 */
	save(idempotencyKey: string, bodyHash: string, ticket: Ticket): SaveOutcome {
		return this.saveTicket(idempotencyKey, bodyHash, ticket);
	}

	find(id: string): StoredTicket | undefined {
		const row = this.db
			.prepare<[string], TicketRow>('SELECT id, status, created_at, data FROM tickets WHERE id = ?')
			.get(id);
		if (!row) return undefined;
		return { id: row.id, status: row.status, createdAt: row.created_at, ...(JSON.parse(row.data) as Ticket) };
	}

	/** The ticket stored under an idempotency key (the confirmation of a form post finds it so). */
	findByKey(idempotencyKey: string): StoredTicket | undefined {
		const row = this.db
			.prepare<[string], { ticket_id: string }>('SELECT ticket_id FROM idempotency_keys WHERE key = ?')
			.get(idempotencyKey.toLowerCase());
		return row ? this.find(row.ticket_id) : undefined;
	}

	recordDeflection(deflection: Deflection): void {
		this.db
			.prepare('INSERT INTO deflections (subject, article, outcome, created_at) VALUES (?, ?, ?, ?)')
			.run(deflection.subject, deflection.article, deflection.outcome, new Date().toISOString());
	}

	/** True when the database answers a query (GET /api/health). */
	isHealthy(): boolean {
		try {
			return this.db.prepare<[], { ok: number }>('SELECT 1 AS ok').get()?.ok === 1;
		} catch {
			return false;
		}
	}

	/** The open database, for the modules that keep their own tables and queries in it (lifecycle, feedback, report, retention, personal data). */
	get database(): Database.Database {
		return this.db;
	}

	get isOpen(): boolean {
		return this.db.open;
	}

	close(): void {
		if (this.db.open) this.db.close();
	}
}

export function openTicketStore(dataDir: string): TicketStore {
	return new TicketStore(dataDir);
}

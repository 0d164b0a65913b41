import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from './storage';

/** A backup problem worded for the person who ran it. */
export class BackupError extends Error {
	override name = 'BackupError';
}

export interface BackupResult {
	/** The file written. */
	file: string;
	/** Tickets the copy holds (read back from the copy itself). */
	tickets: number;
}

/** `2026-12-02T14:05:09.123Z` → `tickets-2026-12-02T14-05-09.sqlite`. */
export function backupFileName(now: Date = new Date()): string {
	return `tickets-${now.toISOString().slice(0, 19).replace(/:/g, '-')}.sqlite`;
}

/**
 * Copies the ticket database with SQLite's online backup API (better-sqlite3's `.backup`), which
 * gives a consistent copy of a live WAL database, unlike copying the file while the service
 * writes. `destination` is a file, or an existing folder (the copy is named by date and time).
 * An existing file is never overwritten. The copy is then opened, checked and counted.
 */
export async function backupDatabase(dataDir: string, destination: string): Promise<BackupResult> {
	const source = join(dataDir, DATABASE_FILE);
	if (!existsSync(source)) throw new BackupError(`Não há banco de chamados em ${source}. Confira TICKET_API_DATA_DIR.`);
	const target = existsSync(destination) && statSync(destination).isDirectory() ? join(destination, backupFileName()) : resolve(destination);
	if (existsSync(target)) throw new BackupError(`${target} já existe; escolha outro nome ou uma pasta (a cópia recebe a data e a hora no nome).`);
	mkdirSync(dirname(target), { recursive: true });

	const db = new Database(source, { readonly: true, fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		await db.backup(target);
	} finally {
		db.close();
	}

	const copy = new Database(target, { readonly: true, fileMustExist: true });
	try {
		const integrity = copy.pragma('integrity_check', { simple: true });
		if (integrity !== 'ok') throw new BackupError(`A cópia ${target} não passou na verificação de integridade: ${String(integrity)}.`);
		const { n } = copy.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM tickets').get()!;
		return { file: target, tickets: n };
	} finally {
		copy.close();
	}
}

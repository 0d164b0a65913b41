/**
 * The .eml files of the outbox folder (src/server/lifecycle/mailer.ts: e-mails written there when
 * no SMTP is set, or refused by the SMTP server) hold a person's e-mail and ticket: they are erased
 * with the person (`npm run tickets -- apagar`) and when older than the retention.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OUTBOX_FOLDER } from './lifecycle/mailer';

export function outboxDirOf(dataDir: string): string {
	return join(dataDir, OUTBOX_FOLDER);
}

/** The outbox's .eml files, as full paths; none when the folder does not exist. */
function emlFiles(outboxDir: string): string[] {
	let names: string[];
	try {
		names = readdirSync(outboxDir);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
	return names.filter((name) => name.endsWith('.eml')).map((name) => join(outboxDir, name));
}

/** The addresses of a message's To header (folded lines joined), lower case. */
export function recipientsOf(message: string): string[] {
	const headerEnd = message.search(/\r?\n\r?\n/);
	const headers = (headerEnd === -1 ? message : message.slice(0, headerEnd)).replace(/\r?\n[ \t]+/g, ' ');
	const to = /^to:(.*)$/im.exec(headers)?.[1] ?? '';
	return (to.match(/[^\s<>,;"]+@[^\s<>,;"]+/g) ?? []).map((address) => address.toLowerCase());
}

/** Erases the outbox files sent to `email` (any letter case); returns how many. */
export function eraseOutboxOf(outboxDir: string, email: string): number {
	const wanted = email.trim().toLowerCase();
	let erased = 0;
	for (const file of emlFiles(outboxDir)) {
		if (!recipientsOf(readFileSync(file, 'utf8')).includes(wanted)) continue;
		rmSync(file, { force: true });
		erased++;
	}
	return erased;
}

/** Erases the outbox files written before `cutoff`; returns how many. */
export function purgeOutbox(outboxDir: string, cutoff: Date): number {
	let erased = 0;
	for (const file of emlFiles(outboxDir)) {
		if (statSync(file).mtime >= cutoff) continue;
		rmSync(file, { force: true });
		erased++;
	}
	return erased;
}

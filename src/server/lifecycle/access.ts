/**
 * The customer's private links: a random token of 256 bits in the link, only its sha-256 in
 * SQLite. A ticket link (/acompanhar/) does not expire; a "Meus tickets" link lasts 24 h and
 * opens once.
 */
import { createHash, randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';

const TOKEN_BYTES = 32;
export const MY_TICKETS_LINK_HOURS = 24;
/** The shape of a token: base64url of 32 bytes. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
	return randomBytes(TOKEN_BYTES).toString('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export type MyTicketsOutcome = { ok: true; email: string } | { ok: false; reason: 'unknown' | 'expired' | 'used' };

export class AccessTokens {
	constructor(
		private readonly db: Database.Database,
		private readonly now: () => Date,
	) {}

	/** A new private link token for the ticket (a ticket may have several: confirmation, e-mails). */
	issueTicketToken(ticketId: string): string {
		const token = newToken();
		this.db.prepare('INSERT INTO ticket_access (token_hash, ticket_id, created_at) VALUES (?, ?, ?)').run(hashToken(token), ticketId, this.now().toISOString());
		return token;
	}

	/** The ticket a private link token opens, if any. */
	ticketForToken(token: string | undefined): string | undefined {
		if (!token || !TOKEN_PATTERN.test(token)) return undefined;
		return this.db.prepare<[string], { ticket_id: string }>('SELECT ticket_id FROM ticket_access WHERE token_hash = ?').get(hashToken(token))?.ticket_id;
	}

	issueMyTicketsToken(email: string): string {
		const token = newToken();
		const expires = new Date(this.now().getTime() + MY_TICKETS_LINK_HOURS * 3_600_000);
		this.db.prepare('INSERT INTO my_tickets_links (token_hash, email, expires_at) VALUES (?, ?, ?)').run(hashToken(token), email.trim().toLowerCase(), expires.toISOString());
		return token;
	}

	/** Opens a "Meus tickets" link: valid once, within 24 h. */
	consumeMyTicketsToken(token: string | undefined): MyTicketsOutcome {
		if (!token || !TOKEN_PATTERN.test(token)) return { ok: false, reason: 'unknown' };
		const hash = hashToken(token);
		return this.db
			.transaction((): MyTicketsOutcome => {
				const row = this.db
					.prepare<[string], { email: string; expires_at: string; used_at: string | null }>('SELECT email, expires_at, used_at FROM my_tickets_links WHERE token_hash = ?')
					.get(hash);
				if (!row) return { ok: false, reason: 'unknown' };
				if (row.used_at) return { ok: false, reason: 'used' };
				const now = this.now();
				if (now.toISOString() >= row.expires_at) return { ok: false, reason: 'expired' };
				this.db.prepare('UPDATE my_tickets_links SET used_at = ? WHERE token_hash = ?').run(now.toISOString(), hash);
				return { ok: true, email: row.email };
			})
			.immediate();
	}
}

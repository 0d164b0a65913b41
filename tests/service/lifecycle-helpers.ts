import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from '../../src/server/config';
import { simpleParser } from 'mailparser';
import { OUTBOX_FOLDER } from '../../src/server/lifecycle/mailer';
import { ADMIN_TOKEN, postTicket, type RunningService, startService, validTicket } from './helpers';

/** A clock the test moves by hand; the service reads it for events, deadlines and links. */
export class TestClock {
	constructor(private current: Date) {}
	now = (): Date => new Date(this.current);
	set(iso: string): void {
		this.current = new Date(iso);
	}
}

/** startService (helpers.ts) with the clock injected and the site's public address set. */
export function startServiceWithClock(dataDir: string, clock: TestClock, env: Env = {}): Promise<RunningService> {
	return startService(dataDir, { TICKET_API_PUBLIC_URL: 'https://ajuda.exemplo.com.br', ...env }, { now: clock.now });
}

export const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' };

export async function openTicket(url: string, overrides: Record<string, unknown> = {}): Promise<string> {
	const response = await postTicket(url, validTicket(overrides));
	if (response.status !== 201) throw new Error(`ticket not created: ${response.status}`);
	return ((await response.json()) as { id: string }).id;
}

export function setStatus(url: string, id: string, status: string, mensagem?: string): Promise<Response> {
	return fetch(`${url}/api/tickets/${id}/status`, { method: 'POST', headers: admin, body: JSON.stringify({ status, ...(mensagem ? { mensagem } : {}) }) });
}

export interface HistoryEvent {
	id: number;
	ticketId: string;
	at: string;
	actor: string;
	author?: string;
	kind: string;
	from?: string;
	to?: string;
	message?: string;
	automatic: boolean;
}

export interface ViewBody {
	id: string;
	status: string;
	history: HistoryEvent[];
	lastInteraction: string;
	deadline?: { status: string; since: string; date: string; reminder: string; businessDays: number };
	continues?: string;
	continuedBy?: string;
}

export async function history(url: string, id: string): Promise<ViewBody> {
	const response = await fetch(`${url}/api/tickets/${id}/historico`, { headers: admin });
	if (response.status !== 200) throw new Error(`history of ${id}: ${response.status}`);
	return (await response.json()) as ViewBody;
}

export interface ReceivedMail {
	to: string;
	subject: string;
	text: string;
}

/** Parses a raw message (RFC 5322) with mailparser, as a mail client would read it. */
export async function parseMail(raw: string | Buffer): Promise<ReceivedMail> {
	const mail = await simpleParser(raw);
	const to = Array.isArray(mail.to) ? mail.to.map((address) => address.text).join(', ') : (mail.to?.text ?? '');
	return { to, subject: mail.subject ?? '', text: mail.text ?? '' };
}

/** The e-mails written to the outbox folder (no SMTP configured), oldest first. */
export async function outbox(dataDir: string): Promise<ReceivedMail[]> {
	const dir = join(dataDir, OUTBOX_FOLDER);
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		return [];
	}
	return Promise.all(names.map((name) => parseMail(readFileSync(join(dir, name)))));
}

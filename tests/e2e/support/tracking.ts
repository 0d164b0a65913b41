import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { simpleParser } from 'mailparser';
import { e2eDataDir } from '../../../scripts/lib/e2e-data-dir';
import { hashToken } from '../../../src/server/lifecycle/access';
import { OUTBOX_FOLDER } from '../../../src/server/lifecycle/mailer';
import { DATABASE_FILE } from '../../../src/server/storage';
import { ADMIN } from './tickets';

/**
 * Opens a ticket through the form route (the page without JavaScript posts there) and reads the
 * private link from its confirmation page, as the customer would find it.
 */
export async function openTicketWithLink(request: APIRequestContext, subject: string, email = 'joana.lima@mercado.com.br'): Promise<{ id: string; link: string }> {
	const response = await request.post('/api/tickets/form', {
		form: {
			subject,
			description: 'Ao transmitir a NF-e pelo monitor, a SEFAZ devolve a rejeição 539 desde ontem na loja 3.',
			product: 'erp',
			module: 'fiscal',
			routine: '',
			version: '24.01.012',
			environment: 'producao',
			'requester.name': 'Joana Lima',
			'requester.email': email,
			'requester.company': 'Mercado Boa Compra',
			'requester.phone': '',
			remoteAccess: 'sim',
			idempotencyKey: randomUUID(),
		},
	});
	expect(response.status()).toBe(200);
	const html = await response.text();
	const id = /Ticket aberto: (LC-\d{6})/.exec(html)?.[1];
	const link = /<a href="(\/acompanhar\/\?t=[A-Za-z0-9_-]{43})">Acompanhar este ticket<\/a>/.exec(html)?.[1];
	expect(id && link, 'a confirmação traz o número e o link privado').toBeTruthy();
	return { id: id!, link: link! };
}

/** The support team changes the status through the staff API. */
export async function staffSetsStatus(request: APIRequestContext, id: string, status: string, mensagem: string): Promise<void> {
	const response = await request.post(`/api/tickets/${id}/status`, { headers: ADMIN, data: { status, mensagem } });
	expect(response.status()).toBe(200);
}

/** The data folder of the service behind `baseURL` (playwright.config.ts starts it there). */
function dataDirOf(baseURL: string): string {
	return e2eDataDir(new URL(baseURL).port);
}

const MY_TICKETS_SUBJECT = 'Seus tickets na Central de Ajuda Linha Consinco';
const MY_TICKETS_LINK = /\/acompanhar\/meus-tickets\/\?t=[A-Za-z0-9_-]{43}/g;

/** The "Meus tickets" links sent to `email`, oldest first, read from the outbox folder as a mail client would. */
async function myTicketsLinks(baseURL: string, email: string): Promise<string[]> {
	const dir = join(dataDirOf(baseURL), OUTBOX_FOLDER);
	let names: string[];
	try {
		names = readdirSync(dir).sort();
	} catch {
		return [];
	}
	const links: string[] = [];
	for (const name of names) {
		const mail = await simpleParser(readFileSync(join(dir, name)));
		const to = Array.isArray(mail.to) ? mail.to.map((address) => address.text).join(', ') : (mail.to?.text ?? '');
		if (to === email && mail.subject === MY_TICKETS_SUBJECT) links.push(...((mail.text ?? '').match(MY_TICKETS_LINK) ?? []));
	}
	return links;
}

/** Asks for the "Meus tickets" link of `email` and waits for its e-mail: the path of the link. */
export async function requestMyTicketsLink(request: APIRequestContext, baseURL: string, email: string): Promise<string> {
	const before = (await myTicketsLinks(baseURL, email)).length;
	const response = await request.post('/acompanhar/meus-tickets/', { form: { email } });
	expect(response.status()).toBe(200);
	await expect.poll(async () => (await myTicketsLinks(baseURL, email)).length, { message: `e-mail "Meus tickets" para ${email}` }).toBe(before + 1);
	return (await myTicketsLinks(baseURL, email)).at(-1)!;
}

/** Moves the expiry of a "Meus tickets" link to the past, as 24 hours would. */
export function expireMyTicketsLink(baseURL: string, path: string): void {
	const token = new URL(path, baseURL).searchParams.get('t')!;
	const db = new Database(join(dataDirOf(baseURL), DATABASE_FILE));
	try {
		const changed = db.prepare('UPDATE my_tickets_links SET expires_at = ? WHERE token_hash = ?').run(new Date(Date.now() - 1000).toISOString(), hashToken(token)).changes;
		expect(changed, 'o link existe no banco do serviço').toBe(1);
	} finally {
		db.close();
	}
}

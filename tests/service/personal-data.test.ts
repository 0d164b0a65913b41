import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { command as apagar } from '../../src/server/commands/apagar';
import { command as exportar } from '../../src/server/commands/exportar';
import { command as listar } from '../../src/server/commands/listar';
import { command as ver } from '../../src/server/commands/ver';
import { adminReadsOf } from '../../src/server/admin-reads';
import { createMailer } from '../../src/server/lifecycle/mailer';
import { outboxDirOf } from '../../src/server/outbox-files';
import { eraseEmail, exportEmail } from '../../src/server/personal-data';
import { purgeExpired } from '../../src/server/retention';
import { openTicketService } from '../../src/server/service';
import { DATABASE_FILE, openTicketStore, type TicketStore } from '../../src/server/storage';
import { ticketSchema, type Ticket } from '../../src/schemas/ticket';
import { projectRoot } from '../../src/utils/content-dir';
import { ADMIN_TOKEN, countRows, getTicket, postTicket, removeDir, startService, tempDir, testConfig, validTicket } from './helpers';

const dirs: string[] = [];
const stores: TicketStore[] = [];
afterEach(() => {
	for (const store of stores.splice(0)) store.close();
	for (const dir of dirs.splice(0)) removeDir(dir);
});

function newStore(): TicketStore {
	const dir = tempDir();
	dirs.push(dir);
	const store = openTicketStore(dir);
	stores.push(store);
	return store;
}

function ticketOf(email: string, subject = 'Rejeição 539 ao emitir NF-e'): Ticket {
	const requester = { ...(validTicket().requester as object), email };
	return ticketSchema().parse(validTicket({ subject, requester }));
}

function save(store: TicketStore, email: string): string {
	const outcome = store.save(randomUUID(), randomUUID(), ticketOf(email));
	if (outcome.kind !== 'created') throw new Error('not created');
	return outcome.receipt.id;
}

/** Moves a ticket (and its key) back in time and sets its status, as months of use would. */
function age(store: TicketStore, id: string, days: number, status: string): void {
	const at = new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();
	store.database.prepare('UPDATE tickets SET created_at = ?, status = ? WHERE id = ?').run(at, status, id);
	store.database.prepare('UPDATE idempotency_keys SET created_at = ? WHERE ticket_id = ?').run(at, id);
}

/** A closing event (at the ticket's own date), a private link and a survey answer for a ticket. */
function historyOf(store: TicketStore, id: string): void {
	const at = store.database.prepare<[string], { created_at: string }>('SELECT created_at FROM tickets WHERE id = ?').get(id)!.created_at;
	store.database
		.prepare("INSERT INTO ticket_events (ticket_id, at, actor, kind, from_status, to_status) VALUES (?, ?, 'sistema', 'status', 'validacao-cliente', 'encerrado')")
		.run(id, at);
	store.database.prepare('INSERT INTO ticket_access (token_hash, ticket_id, created_at) VALUES (?, ?, ?)').run(randomUUID(), id, at);
	store.database.prepare('INSERT INTO survey_answers (ticket_id, rating, created_at) VALUES (?, 5, ?)').run(id, at);
}

const DAY = 24 * 60 * 60 * 1000;

/** The .eml files of the data folder's outbox, oldest first. */
function outboxFiles(dataDir: string): string[] {
	return existsSync(outboxDirOf(dataDir)) ? readdirSync(outboxDirOf(dataDir)).sort() : [];
}

function rowsOf(store: TicketStore, table: string, id: string): number {
	return store.database.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM ${table} WHERE ticket_id = ?`).get(id)!.n;
}

describe('retention (TICKET_API_RETENTION_DAYS)', () => {
	it('erases closed tickets and old records past the retention, and keeps open or recent ones', () => {
		const store = newStore();
		const oldClosed = save(store, 'a@exemplo.com.br');
		const oldOpen = save(store, 'b@exemplo.com.br');
		const recentClosed = save(store, 'c@exemplo.com.br');
		age(store, oldClosed, 400, 'encerrado');
		age(store, oldOpen, 400, 'novo');
		age(store, recentClosed, 10, 'encerrado');
		// The old closed ticket has a history, a private link and a survey answer: they go with it.
		historyOf(store, oldClosed);
		store.database
			.prepare('INSERT INTO deflections (subject, article, outcome, created_at) VALUES (?, ?, ?, ?)')
			.run('rejeição', 'fiscal/x', 'resolvido', '2020-01-01T00:00:00.000Z');

		const result = purgeExpired(store.database, 365);
		expect(result).toEqual({ tickets: 1, idempotencyKeys: 2, deflections: 1, adminReads: 0, myTicketsLinks: 0, outboxFiles: 0 });
		expect(store.find(oldClosed)).toBeUndefined();
		expect(store.find(oldOpen)?.status).toBe('novo');
		expect(store.find(recentClosed)?.status).toBe('encerrado');
		for (const table of ['ticket_events', 'ticket_access', 'survey_answers']) expect(rowsOf(store, table, oldClosed), table).toBe(0);
		expect(purgeExpired(store.database, 365)).toEqual({ tickets: 0, idempotencyKeys: 0, deflections: 0, adminReads: 0, myTicketsLinks: 0, outboxFiles: 0 });
	});

	it('is run by the service when it starts', () => {
		const store = newStore();
		const id = save(store, 'a@exemplo.com.br');
		age(store, id, 40, 'encerrado');
		const dir = join(store.file, '..');
		store.close();
		const service = openTicketService(testConfig(dir, { TICKET_API_RETENTION_DAYS: '30' }));
		try {
			expect(service.store.find(id)).toBeUndefined();
		} finally {
			service.close();
		}
	});
});

describe('retention: what else holds personal data', () => {
	it('counts a closed ticket from its closing, not its opening: opened 400 days ago, closed 10 days ago, it is kept', () => {
		const store = newStore();
		const id = save(store, 'a@exemplo.com.br');
		age(store, id, 400, 'encerrado');
		const closedAt = new Date(Date.now() - 10 * DAY).toISOString();
		store.database
			.prepare("INSERT INTO ticket_events (ticket_id, at, actor, kind, from_status, to_status) VALUES (?, ?, 'suporte', 'status', 'validacao-cliente', 'encerrado')")
			.run(id, closedAt);
		expect(purgeExpired(store.database, 365).tickets).toBe(0);
		expect(store.find(id)?.status).toBe('encerrado');
		// The same ticket closed 370 days ago goes.
		store.database.prepare('UPDATE ticket_events SET at = ? WHERE ticket_id = ?').run(new Date(Date.now() - 370 * DAY).toISOString(), id);
		expect(purgeExpired(store.database, 365).tickets).toBe(1);
		expect(store.find(id)).toBeUndefined();
	});

	it('erases "Meus tickets" links once they expired, and keeps the valid ones', () => {
		const store = newStore();
		const link = store.database.prepare('INSERT INTO my_tickets_links (token_hash, email, expires_at, used_at) VALUES (?, ?, ?, ?)');
		link.run('vencido', 'ana@mercado.com.br', new Date(Date.now() - 60_000).toISOString(), null);
		link.run('usado-e-vencido', 'ana@mercado.com.br', new Date(Date.now() - DAY).toISOString(), new Date(Date.now() - 2 * DAY).toISOString());
		link.run('valido', 'bia@mercado.com.br', new Date(Date.now() + 60 * 60_000).toISOString(), null);
		expect(purgeExpired(store.database, 365).myTicketsLinks).toBe(2);
		expect(store.database.prepare('SELECT token_hash AS hash, email FROM my_tickets_links').all()).toEqual([{ hash: 'valido', email: 'bia@mercado.com.br' }]);
	});

	it('erases the outbox e-mails older than the retention, and keeps the recent ones', async () => {
		const store = newStore();
		const dataDir = join(store.file, '..');
		const mailer = createMailer({ smtpUrl: undefined, from: 'suporte@exemplo.com.br', dataDir });
		await mailer.send({ to: 'ana@mercado.com.br', subject: 'Ticket LC-000001 aberto', text: 'Recebemos o seu ticket.' });
		await mailer.send({ to: 'bia@mercado.com.br', subject: 'Ticket LC-000002 aberto', text: 'Recebemos o seu ticket.' });
		mailer.close();
		const [old, recent] = outboxFiles(dataDir);
		const longAgo = new Date(Date.now() - 400 * DAY);
		utimesSync(join(outboxDirOf(dataDir), old!), longAgo, longAgo);

		expect(purgeExpired(store.database, 365, { outboxDir: outboxDirOf(dataDir) }).outboxFiles).toBe(1);
		expect(outboxFiles(dataDir)).toEqual([recent]);
	});

	it('is run on the outbox by the service when it starts', async () => {
		const dir = tempDir();
		dirs.push(dir);
		const mailer = createMailer({ smtpUrl: undefined, from: 'suporte@exemplo.com.br', dataDir: dir });
		await mailer.send({ to: 'ana@mercado.com.br', subject: 'Ticket LC-000001 aberto', text: 'Recebemos o seu ticket.' });
		mailer.close();
		const longAgo = new Date(Date.now() - 40 * DAY);
		utimesSync(join(outboxDirOf(dir), outboxFiles(dir)[0]!), longAgo, longAgo);
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const service = openTicketService(testConfig(dir, { TICKET_API_RETENTION_DAYS: '30' }));
		try {
			expect(outboxFiles(dir)).toEqual([]);
			expect(log.mock.calls.join('\n')).toContain('1 e-mail(s) da pasta outbox');
		} finally {
			service.close();
			log.mockRestore();
		}
	});
});

describe('erasure and export by e-mail', () => {
	it('exports and erases every ticket of one person only, any letter case', () => {
		const store = newStore();
		const mine = [save(store, 'Ana@Mercado.com.br'), save(store, 'ana@mercado.com.br')];
		const other = save(store, 'bia@mercado.com.br');
		historyOf(store, mine[0]!);
		store.database.prepare("INSERT INTO my_tickets_links (token_hash, email, expires_at) VALUES ('h', 'ana@mercado.com.br', '2030-01-01')").run();

		const exported = exportEmail(store.database, 'ANA@mercado.com.br');
		expect(exported.tickets.map((ticket) => ticket.id)).toEqual(mine);
		expect(exported.tickets[0]!.requester.name).toBe('Ana Souza');

		expect(eraseEmail(store.database, 'ana@mercado.com.br')).toEqual({ tickets: mine, idempotencyKeys: 2, adminReads: 0, outboxFiles: 0 });
		for (const id of mine) expect(store.find(id)).toBeUndefined();
		expect(store.find(other)).toBeDefined();
		expect(exportEmail(store.database, 'ana@mercado.com.br').tickets).toEqual([]);
		for (const table of ['ticket_events', 'ticket_access', 'survey_answers']) expect(rowsOf(store, table, mine[0]!), table).toBe(0);
		expect(store.database.prepare('SELECT count(*) AS n FROM my_tickets_links').get()).toEqual({ n: 0 });
	});
});

describe('export and erasure: history, survey answers and outbox e-mails', () => {
	it('exports the messages, replies and survey answers of the person\'s tickets', () => {
		const store = newStore();
		const id = save(store, 'ana@mercado.com.br');
		const other = save(store, 'bia@mercado.com.br');
		const event = store.database.prepare("INSERT INTO ticket_events (ticket_id, at, actor, author, kind, message) VALUES (?, ?, ?, ?, 'mensagem', ?)");
		event.run(id, '2026-11-02T10:00:00.000Z', 'suporte', 'Carlos', 'Envie o XML da nota, por favor.');
		event.run(id, '2026-11-02T11:00:00.000Z', 'cliente', 'Ana Souza', 'Segue o XML: a rejeição continua.');
		event.run(other, '2026-11-02T12:00:00.000Z', 'cliente', 'Bia', 'Mensagem de outra pessoa.');
		store.database.prepare('INSERT INTO survey_answers (ticket_id, rating, comment, created_at) VALUES (?, 4, ?, ?)').run(id, 'Demorou, mas resolveu.', '2026-11-03T09:00:00.000Z');
		store.database.prepare('INSERT INTO survey_answers (ticket_id, rating, comment, created_at) VALUES (?, 1, ?, ?)').run(other, 'Outra pessoa.', '2026-11-03T09:00:00.000Z');

		const exported = exportEmail(store.database, 'Ana@Mercado.com.br');
		expect(exported.history).toEqual([
			{ ticketId: id, at: '2026-11-02T10:00:00.000Z', actor: 'suporte', author: 'Carlos', kind: 'mensagem', fromStatus: null, toStatus: null, message: 'Envie o XML da nota, por favor.' },
			{ ticketId: id, at: '2026-11-02T11:00:00.000Z', actor: 'cliente', author: 'Ana Souza', kind: 'mensagem', fromStatus: null, toStatus: null, message: 'Segue o XML: a rejeição continua.' },
		]);
		expect(exported.surveyAnswers).toEqual([{ ticketId: id, rating: 4, comment: 'Demorou, mas resolveu.', createdAt: '2026-11-03T09:00:00.000Z' }]);
		expect(JSON.stringify(exported)).not.toContain('outra pessoa');
		expect(JSON.stringify(exported)).not.toContain('Outra pessoa');
	});

	it('`apagar` erases the e-mails to the person left in the outbox, and only those', async () => {
		const store = newStore();
		const id = save(store, 'ana@mercado.com.br');
		const dir = join(store.file, '..');
		const mailer = createMailer({ smtpUrl: undefined, from: 'suporte@exemplo.com.br', dataDir: dir });
		await mailer.send({ to: 'Ana@Mercado.com.br', subject: `Ticket ${id} aberto`, text: 'Recebemos o seu ticket.' });
		await mailer.send({ to: 'ana@mercado.com.br', subject: 'Meus tickets', text: 'O link da sua lista.' });
		await mailer.send({ to: 'bia@mercado.com.br', subject: 'Ticket LC-000009 aberto', text: 'Recebemos o seu ticket.' });
		mailer.close();
		store.close();
		stores.splice(stores.indexOf(store), 1);
		expect(outboxFiles(dir)).toHaveLength(3);

		const erased = await tickets(['apagar', '--email', 'ana@mercado.com.br'], dir);
		expect(erased.status).toBe(0);
		expect(erased.stdout).toContain('2 e-mail(s) da pasta outbox');
		const left = outboxFiles(dir);
		expect(left).toHaveLength(1);
		expect(readFileSync(join(outboxDirOf(dir), left[0]!), 'utf8')).toContain('To: bia@mercado.com.br');
	});
});

/** The dispatcher as a real process (what `npm run tickets --` runs). */
function ticketsProcess(args: string[], dataDir: string) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/tickets.ts', ...args], {
		cwd: projectRoot,
		env: { ...process.env, TICKET_API_DATA_DIR: dataDir, TICKET_API_ADMIN_TOKEN: '' },
		encoding: 'utf8',
		timeout: 90_000,
	});
}

/** One command in this process, with what it printed. */
async function tickets(args: string[], dataDir: string): Promise<{ status: number; stdout: string; stderr: string }> {
	const [name, ...rest] = args;
	const command = [apagar, exportar, listar, ver].find((candidate) => candidate.name === name)!;
	const out: string[] = [];
	const err: string[] = [];
	const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
	const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
	try {
		const status = await command.run(rest, { TICKET_API_DATA_DIR: dataDir });
		return { status, stdout: out.join('\n'), stderr: err.join('\n') };
	} finally {
		log.mockRestore();
		error.mockRestore();
	}
}

describe('npm run tickets -- apagar | exportar', () => {
	it('exports as JSON, then erases and says what was erased', async () => {
		const store = newStore();
		const id = save(store, 'ana@mercado.com.br');
		save(store, 'bia@mercado.com.br');
		const dir = join(store.file, '..');
		store.close();

		const exported = await tickets(['exportar', '--email', 'ana@mercado.com.br'], dir);
		expect(exported.status).toBe(0);
		const data = JSON.parse(exported.stdout) as { email: string; tickets: { id: string }[] };
		expect(data.tickets.map((ticket) => ticket.id)).toEqual([id]);

		const erased = await tickets(['apagar', '--email', 'ana@mercado.com.br'], dir);
		expect(erased.status).toBe(0);
		expect(erased.stdout).toContain(`Apagados 1 chamado(s) de ana@mercado.com.br: ${id}.`);
		expect(countRows(dir, 'tickets')).toBe(1);

		const again = await tickets(['apagar', '--email', 'ana@mercado.com.br'], dir);
		expect(again.stdout).toContain('Nenhum chamado com o e-mail ana@mercado.com.br');
	});

	it('refuses a bad e-mail in pt-BR, and creates no database where there is none', async () => {
		const dir = tempDir();
		dirs.push(dir);
		const bad = await tickets(['apagar', '--email', 'não-é-email'], dir);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('"não-é-email" não é um e-mail válido.');
		const missing = await tickets(['exportar', '--email', 'ana@mercado.com.br'], dir);
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain('Não há banco de chamados');
		expect(existsSync(join(dir, DATABASE_FILE))).toBe(false);
	});

	it('lists the commands on an unknown one, with exit code 1 (the real dispatcher)', { timeout: 120_000 }, () => {
		const unknown = ticketsProcess(['sumir'], tempDir());
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain('Comando desconhecido: sumir.');
		expect(unknown.stderr).toMatch(/^  exportar --email/m);
		expect(unknown.stderr).toMatch(/^  apagar --email/m);
	});
});

describe('admin reads are recorded', () => {
	it('records who read which ticket and when; a refused read is not a read', async () => {
		const api = await startService(tempDir());
		dirs.push(api.dataDir);
		try {
			const created = (await (await postTicket(api.url, validTicket())).json()) as { id: string };
			expect((await getTicket(api.url, created.id, 'token-errado-0123456789abcdefghijkl')).status).toBe(401);
			expect((await getTicket(api.url, created.id)).status).toBe(200);
			const reads = adminReadsOf(api.service.store.database, [created.id]);
			expect(reads).toHaveLength(1);
			expect(reads[0]!.reader).toMatch(/^127\.0\.0\.1 \(/);
			expect(Date.now() - Date.parse(reads[0]!.readAt)).toBeLessThan(60_000);
			expect(exportEmail(api.service.store.database, 'ana@mercado.com.br').reads).toEqual(reads);
		} finally {
			await api.stop();
		}
	});

	it('records the list and the history read with the admin token, one row per ticket shown', async () => {
		const api = await startService(tempDir());
		dirs.push(api.dataDir);
		try {
			const first = ((await (await postTicket(api.url, validTicket())).json()) as { id: string }).id;
			const second = ((await (await postTicket(api.url, validTicket({ subject: 'Outro assunto do chamado' }))).json()) as { id: string }).id;
			const db = api.service.store.database;
			const admin = { Authorization: `Bearer ${ADMIN_TOKEN}`, 'User-Agent': 'painel-do-suporte' };

			expect((await fetch(`${api.url}/api/tickets`, { headers: { 'User-Agent': 'curioso' } })).status).toBe(401);
			expect(adminReadsOf(db, [first, second])).toEqual([]);

			expect((await fetch(`${api.url}/api/tickets`, { headers: admin })).status).toBe(200);
			const listed = adminReadsOf(db, [first, second]);
			expect(listed.map((read) => read.ticketId).sort()).toEqual([first, second].sort());
			for (const read of listed) {
				expect(read.reader).toBe('127.0.0.1 (painel-do-suporte)');
				expect(Date.now() - Date.parse(read.readAt)).toBeLessThan(60_000);
			}

			expect((await fetch(`${api.url}/api/tickets/${second}/historico`, { headers: admin })).status).toBe(200);
			expect(adminReadsOf(db, [first])).toHaveLength(1);
			const ofSecond = adminReadsOf(db, [second]);
			expect(ofSecond).toHaveLength(2);
			expect(ofSecond[1]!.reader).toBe('127.0.0.1 (painel-do-suporte)');
		} finally {
			await api.stop();
		}
	});

	it('records the reads of `npm run tickets -- ver` and `listar`', async () => {
		const store = newStore();
		const id = save(store, 'ana@mercado.com.br');
		const dir = join(store.file, '..');

		const shown = await tickets(['ver', id], dir);
		expect(shown.status).toBe(0);
		const afterVer = adminReadsOf(store.database, [id]);
		expect(afterVer).toHaveLength(1);
		expect(afterVer[0]!.reader).toMatch(/^linha de comando: ver \(usuário .+\)$/);
		expect(Date.now() - Date.parse(afterVer[0]!.readAt)).toBeLessThan(60_000);

		expect((await tickets(['listar'], dir)).status).toBe(0);
		const afterList = adminReadsOf(store.database, [id]);
		expect(afterList).toHaveLength(2);
		expect(afterList[1]!.reader).toMatch(/^linha de comando: listar \(/);
	});
});

describe('private files', () => {
	it('creates the data folder 0700 and the database files 0600', () => {
		const parent = tempDir();
		dirs.push(parent);
		const dir = join(parent, 'dados');
		const store = openTicketStore(dir);
		stores.push(store);
		save(store, 'ana@mercado.com.br');
		expect(statSync(dir).mode & 0o777).toBe(0o700);
		for (const file of [DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`]) {
			expect(statSync(join(dir, file)).mode & 0o777, file).toBe(0o600);
		}
		const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
		db.close();
	});
});

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/storage';
import { removeDir, type RunningService, tempDir } from './helpers';
import { history, openTicket, outbox, type ReceivedMail, setStatus, startServiceWithClock, TestClock } from './lifecycle-helpers';

let api: RunningService;
const clock = new TestClock(new Date('2027-02-05T15:00:00Z'));
const LINK = /https:\/\/ajuda\.exemplo\.com\.br(\/acompanhar\/(?:meus-tickets\/)?\?t=([A-Za-z0-9_-]{43}))/;

beforeAll(async () => {
	api = await startServiceWithClock(tempDir(), clock);
});

afterAll(async () => {
	await api.stop();
	removeDir(api.dataDir);
});

async function mails(): Promise<ReceivedMail[]> {
	await api.service.followUp.settled();
	return outbox(api.dataDir);
}

/** The private link of a ticket, from its confirmation e-mail. */
async function confirmationLink(id: string): Promise<{ path: string; token: string }> {
	const mail = (await mails()).find((candidate) => candidate.subject.startsWith(`Ticket ${id} aberto`));
	expect(mail, `confirmation of ${id}`).toBeDefined();
	const match = LINK.exec(mail!.text)!;
	return { path: match[1]!, token: match[2]! };
}

const page = async (path: string) => {
	const response = await fetch(`${api.url}${path}`, { redirect: 'manual' });
	return { status: response.status, html: await response.text(), headers: response.headers };
};

const post = (path: string, fields: Record<string, string>) =>
	fetch(`${api.url}${path}`, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });

function db<T>(query: string, ...params: unknown[]): T[] {
	const database = new Database(join(api.dataDir, DATABASE_FILE), { readonly: true });
	try {
		return database.prepare(query).all(...params) as T[];
	} finally {
		database.close();
	}
}

describe('/acompanhar/: the private link', () => {
	it('comes in the confirmation e-mail, and only its sha-256 is stored', async () => {
		const id = await openTicket(api.url);
		const mail = (await mails()).find((candidate) => candidate.subject.startsWith(`Ticket ${id} aberto`))!;
		expect(mail.to).toBe('ana@mercado.com.br');
		const { token } = await confirmationLink(id);
		// 43 base64url characters: 256 random bits.
		expect(Buffer.from(token, 'base64url')).toHaveLength(32);
		const rows = db<{ token_hash: string }>('SELECT token_hash FROM ticket_access WHERE ticket_id = ?', id);
		expect(rows.map((row) => row.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));
		expect(JSON.stringify(db('SELECT * FROM ticket_access'))).not.toContain(token);
	});

	it('is on the confirmation page of the form without JavaScript, and the form sends the confirmation e-mail', async () => {
		const fields = {
			subject: 'Cupom fiscal sai sem o CNPJ da loja',
			description: 'Desde a atualização o cupom fiscal sai sem o CNPJ da loja no cabeçalho.',
			product: 'pdv',
			module: 'frente-de-loja',
			routine: '',
			version: '24.01.012',
			environment: 'producao',
			'requester.name': 'Ana Souza',
			'requester.email': 'ana@mercado.com.br',
			'requester.company': 'Mercado Bom Preço',
			'requester.phone': '',
			remoteAccess: 'sim',
			idempotencyKey: crypto.randomUUID(),
		};
		const posted = await post('/api/tickets/form', fields);
		expect(posted.status).toBe(303);
		const confirmation = await page(new URL(posted.headers.get('location')!, `${api.url}/api/tickets/form`).pathname + new URL(posted.headers.get('location')!, `${api.url}/api/tickets/form`).search);
		const id = /Ticket aberto: (LC-\d{6})/.exec(confirmation.html)![1]!;
		const link = /<a href="(\/acompanhar\/\?t=[A-Za-z0-9_-]{43})">Acompanhar este ticket<\/a>/.exec(confirmation.html)![1]!;
		// How to follow and reply points to the private link and to "Meus tickets", not to another portal.
		expect(confirmation.html).toContain('Acompanhe o atendimento pelo link privado “Acompanhar este ticket”');
		expect(confirmation.html).toContain('Perdeu o link? Em <a href="/acompanhar/">Meus tickets</a>, informe o e-mail usado na abertura');
		expect(confirmation.html).not.toContain('Portal do Cliente');
		expect((await page(link)).html).toContain(`Ticket ${id}: Cupom fiscal sai sem o CNPJ da loja`);
		await confirmationLink(id);
	});

	it('shows status, last interaction, history and the answer date when the customer owes one', async () => {
		const id = await openTicket(api.url);
		const { path } = await confirmationLink(id);
		let shown = await page(path);
		expect(shown.status).toBe(200);
		expect(shown.headers.get('referrer-policy')).toBe('no-referrer');
		expect(shown.headers.get('cache-control')).toBe('no-store');
		expect(shown.html).toContain(`Ticket ${id}: Rejeição 539 ao emitir NF-e`);
		expect(shown.html).toMatch(/<dt>Status<\/dt><dd><strong>Novo<\/strong>/);
		expect(shown.html).not.toContain('Responda até');

		clock.set('2027-02-05T18:00:00Z');
		await setStatus(api.url, id, 'pendencia-cliente', 'Envie o XML da nota rejeitada.');
		shown = await page(path);
		expect(shown.html).toContain('Pendência do Cliente');
		expect(shown.html).toContain('Responda até quinta-feira, 18 de fevereiro de 2027');
		expect(shown.html).toContain('Envie o XML da nota rejeitada.');
		expect(shown.html).toMatch(/<dt>Última interação<\/dt><dd><time datetime="2027-02-05T18:00:00.000Z">05\/02\/2027 15:00<\/time>/);
	});

	it('answers 404 to an unknown or malformed token, and offers "Meus tickets"', async () => {
		for (const token of ['x', 'A'.repeat(43)]) {
			const shown = await page(`/acompanhar/?t=${token}`);
			expect(shown.status).toBe(404);
			expect(shown.html).toContain('Link de acompanhamento inválido');
			expect(shown.html).toContain('Receber o link dos meus tickets');
		}
		const landing = await page('/acompanhar/');
		expect(landing.status).toBe(200);
		expect(landing.html).toContain('<h1>Meus tickets</h1>');
	});

	it('takes the customer’s reply: back to Em atendimento, and a blank reply loses nothing', async () => {
		const id = await openTicket(api.url);
		const { path, token } = await confirmationLink(id);
		await setStatus(api.url, id, 'validacao-cliente', 'Corrigido na versão 24.01.013.');

		const blank = await post('/acompanhar/responder', { t: token, mensagem: ' ' });
		expect(blank.status).toBe(422);
		expect(await blank.text()).toContain('A mensagem deve ter de 2 a');

		const tooLong = 'x'.repeat(20_001);
		const refused = await post('/acompanhar/responder', { t: token, mensagem: tooLong });
		expect(refused.status).toBe(422);
		expect(await refused.text()).toContain(tooLong);

		const reply = await post('/acompanhar/responder', { t: token, mensagem: 'Testei e a rejeição continua.' });
		expect(reply.status).toBe(303);
		expect(reply.headers.get('location')).toBe(`${path}&resposta=1#historico`);
		const view = await history(api.url, id);
		expect(view.status).toBe('em-atendimento');
		expect(view.history.slice(-2).map((event) => [event.actor, event.kind, event.message ?? null, event.to ?? null])).toEqual([
			['cliente', 'mensagem', 'Testei e a rejeição continua.', null],
			['cliente', 'status', null, 'em-atendimento'],
		]);
		expect((await page(`${path}&resposta=1`)).html).toContain('Sua resposta foi registrada');
	});

	it('takes the customer’s reply to Pendência do Cliente: back to Em atendimento, with the reply in the history', async () => {
		const id = await openTicket(api.url);
		const { path, token } = await confirmationLink(id);
		await setStatus(api.url, id, 'pendencia-cliente', 'Envie o XML da nota rejeitada.');
		expect((await page(path)).html).toContain('Responda até');

		clock.set(new Date(clock.now().getTime() + 3_600_000).toISOString());
		const reply = await post('/acompanhar/responder', { t: token, mensagem: 'XML enviado; a rejeição continua.' });
		expect(reply.status).toBe(303);
		const view = await history(api.url, id);
		expect(view.status).toBe('em-atendimento');
		expect(view.deadline).toBeUndefined();
		expect(view.lastInteraction).toBe(clock.now().toISOString());
		expect(view.history.slice(-2).map((event) => [event.actor, event.author, event.kind, event.message ?? null, event.from ?? null, event.to ?? null])).toEqual([
			['cliente', 'Ana Souza', 'mensagem', 'XML enviado; a rejeição continua.', null, null],
			['cliente', 'Ana Souza', 'status', null, 'pendencia-cliente', 'em-atendimento'],
		]);
		const shown = await page(path);
		expect(shown.html).toMatch(/<dt>Status<\/dt><dd><strong>Em atendimento<\/strong>/);
		expect(shown.html).not.toContain('Responda até');
		expect(shown.html).toContain('XML enviado; a rejeição continua.');
	});

	it('opens an Acompanhamento of a closed ticket: a new code that carries the history', async () => {
		const id = await openTicket(api.url);
		const { path, token } = await confirmationLink(id);
		await setStatus(api.url, id, 'em-atendimento', 'Analisando.');
		await setStatus(api.url, id, 'encerrado', 'Resolvido na versão 24.01.013.');

		const closed = await page(path);
		expect(closed.html).toContain('Abrir Acompanhamento');
		expect(closed.html).not.toContain('Enviar resposta');
		const late = await post('/acompanhar/responder', { t: token, mensagem: 'Voltou a acontecer.' });
		expect(late.status).toBe(409);
		expect(await late.text()).toContain('abra um Acompanhamento');

		const opened = await post('/acompanhar/acompanhamento', { t: token, mensagem: 'A rejeição voltou depois da atualização.' });
		expect(opened.status).toBe(303);
		const location = opened.headers.get('location')!;
		const child = await page(location);
		const newId = /<h1>Ticket (LC-\d{6})/.exec(child.html)![1]!;
		expect(newId).not.toBe(id);
		expect(child.html).toContain('Acompanhamento aberto');
		expect(child.html).toContain('Resolvido na versão 24.01.013.');
		expect(child.html).toContain('A rejeição voltou depois da atualização.');

		const view = await history(api.url, newId);
		expect(view.status).toBe('novo');
		expect(view.continues).toBe(id);
		expect(view.history.map((event) => [event.ticketId, event.kind])).toEqual([
			[id, 'abertura'],
			[id, 'status'],
			[id, 'status'],
			[newId, 'abertura'],
			[newId, 'acompanhamento'],
		]);
		expect((await history(api.url, id)).continuedBy).toBe(newId);
		expect((await page(path)).html).toContain(`continua no Acompanhamento <a href="/acompanhar/?t=`);
		const again = await post('/acompanhar/acompanhamento', { t: token, mensagem: 'Outra vez.' });
		expect(again.status).toBe(409);
		// The new ticket has its own confirmation e-mail and link.
		await confirmationLink(newId);
	});
});

describe('"Meus tickets"', () => {
	it('sends a single-use link that lists every ticket of the e-mail', async () => {
		const email = 'joao@atacadao-exemplo.com.br';
		const requester = { name: 'João Lima', email, company: 'Atacadão Exemplo' };
		const first = await openTicket(api.url, { requester });
		const second = await openTicket(api.url, { requester, subject: 'Etiqueta de gôndola sem preço' });

		const bad = await post('/acompanhar/meus-tickets/', { email: 'joao@' });
		expect(bad.status).toBe(422);
		expect(await bad.text()).toContain('value="joao@"');

		const asked = await post('/acompanhar/meus-tickets/', { email: 'JOAO@atacadao-exemplo.com.br ' });
		expect(asked.status).toBe(200);
		expect(await asked.text()).toContain('o link para a lista chega nesse e-mail');
		const mail = (await mails()).find((candidate) => candidate.subject === 'Seus tickets na Central de Ajuda Linha Consinco' && candidate.to === email);
		expect(mail).toBeDefined();
		const link = LINK.exec(mail!.text)![1]!;
		expect(link).toMatch(/^\/acompanhar\/meus-tickets\//);

		const list = await page(link);
		expect(list.status).toBe(200);
		expect(list.html).toContain(first);
		expect(list.html).toContain(second);
		expect(list.html).toContain('Etiqueta de gôndola sem preço');
		expect(list.html).not.toContain('Ana Souza');
		// Each row links to the ticket's own private page.
		const rowLink = /<a href="(\/acompanhar\/\?t=[^"]+)">(LC-\d{6})<\/a>/.exec(list.html)!;
		expect((await page(rowLink[1]!.replace(/&amp;/g, '&'))).html).toContain(`Ticket ${rowLink[2]}`);

		const reused = await page(link);
		expect(reused.status).toBe(410);
		expect(reused.html).toContain('Link já usado');
	});

	it('expires after 24 hours, and says the same for an e-mail without tickets (sending nothing)', async () => {
		const email = 'maria@supermercado-exemplo.com.br';
		await openTicket(api.url, { requester: { name: 'Maria', email, company: 'Supermercado Exemplo' } });
		await post('/acompanhar/meus-tickets/', { email });
		const mail = (await mails()).filter((candidate) => candidate.to === email && candidate.subject.startsWith('Seus tickets')).at(-1)!;
		const link = LINK.exec(mail.text)![1]!;
		const before = (await mails()).length;
		clock.set(new Date(clock.now().getTime() + 24 * 3_600_000 + 1_000).toISOString());
		const expired = await page(link);
		expect(expired.status).toBe(410);
		expect(expired.html).toContain('Link vencido');

		const nobody = await post('/acompanhar/meus-tickets/', { email: 'ninguem@exemplo.com.br' });
		expect(await nobody.text()).toContain('Se houver tickets abertos com ninguem@exemplo.com.br');
		expect((await mails()).length).toBe(before);
	});
});

describe('satisfaction survey', () => {
	it('stores the answer and never changes the ticket', async () => {
		const id = await openTicket(api.url);
		await setStatus(api.url, id, 'validacao-cliente', 'Corrigido.');
		const survey = (await mails()).find((mail) => mail.subject === `Pesquisa de satisfação do ticket ${id}`)!;
		const token = /\/acompanhar\/pesquisa\/\?t=([A-Za-z0-9_-]{43})/.exec(survey.text)![1]!;

		const form = await page(`/acompanhar/pesquisa/?t=${token}`);
		expect(form.status).toBe(200);
		expect(form.html).toContain('não reabre nem muda o ticket');

		const missing = await post('/acompanhar/pesquisa/', { t: token, comentario: 'Faltou escolher a nota.' });
		expect(missing.status).toBe(422);
		expect(await missing.text()).toContain('Faltou escolher a nota.');

		const answered = await post('/acompanhar/pesquisa/', { t: token, nota: '2', comentario: 'Demorou, mas resolveu.' });
		expect(answered.status).toBe(200);
		expect(await answered.text()).toContain('continua em <strong>Validação Cliente</strong>');
		expect(db<{ rating: number; comment: string }>('SELECT rating, comment FROM survey_answers WHERE ticket_id = ?', id)).toEqual([{ rating: 2, comment: 'Demorou, mas resolveu.' }]);
		const view = await history(api.url, id);
		expect(view.status).toBe('validacao-cliente');
		expect(view.history.at(-1)!.to).toBe('validacao-cliente');
	});
});

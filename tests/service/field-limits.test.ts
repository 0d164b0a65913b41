import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ADMIN_TOKEN,
	countRows,
	type ErrorBodyShape,
	postTicket,
	removeDir,
	type RunningService,
	startService,
	tempDir,
	validTicket,
} from './helpers';

let api: RunningService;

beforeAll(async () => {
	api = await startService(tempDir());
});

afterAll(async () => {
	await api.stop();
	removeDir(api.dataDir);
});

const requester = (overrides: Record<string, unknown>) => ({
	requester: { ...(validTicket().requester as Record<string, unknown>), ...overrides },
});

/** Posts the ticket, expects 422 and nothing stored; returns the paths of the broken fields. */
async function refusedPaths(ticket: Record<string, unknown>): Promise<{ paths: string[]; messages: string[] }> {
	const before = countRows(api.dataDir, 'tickets');
	const response = await postTicket(api.url, ticket);
	expect(response.status).toBe(422);
	const body = (await response.json()) as ErrorBodyShape;
	expect(countRows(api.dataDir, 'tickets')).toBe(before);
	return { paths: body.error.fields!.map((f) => f.path), messages: body.error.fields!.map((f) => f.message) };
}

describe('field length caps', () => {
	it.each([
		['requester.phone', requester({ phone: '9'.repeat(41) }), 'no máximo 40 caracteres'],
		['requester.email', requester({ email: `${'a'.repeat(250)}@exemplo.com.br` }), 'no máximo 254 caracteres'],
		['version', { version: `1.${'2'.repeat(40)}` }, 'no máximo 32 caracteres'],
		['product', { product: 'a'.repeat(65) }, 'no máximo 64 caracteres'],
		['module', { module: 'b'.repeat(65) }, 'no máximo 64 caracteres'],
		['deflection.suggested', { deflection: { suggested: Array(21).fill('fiscal/inutilizar-faixa-numeracao') } }, 'no máximo 20'],
	])('caps %s', async (path, overrides, fragment) => {
		const { paths, messages } = await refusedPaths(validTicket(overrides));
		expect(paths).toContain(path);
		expect(messages.join(' ')).toContain(fragment);
	});

	it('accepts the longest values allowed', async () => {
		const response = await postTicket(
			api.url,
			validTicket({
				...requester({ phone: '9'.repeat(40), email: `${'a'.repeat(64)}@${'b'.repeat(60)}.com.br` }),
				deflection: { suggested: Array(20).fill('fiscal/inutilizar-faixa-numeracao'), opened: [] },
			}),
		);
		expect(response.status).toBe(201);
	});

	it('caps the article of a deflection record', async () => {
		const response = await fetch(`${api.url}/api/deflections`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ subject: 'rejeição 539', article: `fiscal/${'a'.repeat(200)}`, outcome: 'resolvido' }),
		});
		expect(response.status).toBe(422);
		const body = (await response.json()) as ErrorBodyShape;
		expect(body.error.fields).toContainEqual({ path: 'article', message: 'O artigo deve ter no máximo 200 caracteres.' });
	});

	it('refuses deflection ids of articles that do not exist', async () => {
		const { paths, messages } = await refusedPaths(
			validTicket({ deflection: { suggested: ['fiscal/inutilizar-faixa-numeracao'], opened: ['fiscal/nao-existe'] } }),
		);
		expect(paths).toEqual(['deflection.opened.0']);
		expect(messages[0]).toBe('O artigo "fiscal/nao-existe" não existe na Central de Ajuda.');
	});
});

describe('clean text', () => {
	it.each([
		['NUL', 'Rejeição 539\u0000 ao emitir NF-e'],
		['an ANSI escape', '\u001b[31mRejeição 539 ao emitir NF-e'],
		['a zero-width space', 'Rejeição\u200b 539 ao emitir NF-e'],
		['a right-to-left override', 'Rejeição 539 \u202eao emitir NF-e'],
		['a line break', 'Rejeição 539\nao emitir NF-e'],
	])('refuses a subject with %s', async (_name, subject) => {
		const { paths, messages } = await refusedPaths(validTicket({ subject }));
		expect(paths).toEqual(['subject']);
		expect(messages[0]).toContain('caracteres invisíveis');
	});

	it('refuses control characters in the one-line fields of the requester', async () => {
		const { paths } = await refusedPaths(validTicket(requester({ name: 'Ana\u0007 Souza', company: 'Mercado\u200d Bom' })));
		expect(paths.sort()).toEqual(['requester.company', 'requester.name']);
	});

	it('answers 422 to a subject made only of invisible characters', async () => {
		for (const subject of ['\u200b'.repeat(12), '\u3164'.repeat(12), '\u2800'.repeat(12)]) {
			const { paths } = await refusedPaths(validTicket({ subject }));
			expect(paths).toContain('subject');
		}
	});

	it('keeps line breaks and tabs in the description but refuses other control characters', async () => {
		const description = 'Ao transmitir a nota:\n\t- rejeição 539\r\n\t- desde ontem à tarde 👩‍💻';
		const created = await postTicket(api.url, validTicket({ description }));
		expect(created.status).toBe(201);
		const { paths, messages } = await refusedPaths(validTicket({ description: `${description}\u001b[2J` }));
		expect(paths).toEqual(['description']);
		expect(messages[0]).toBe('A descrição não pode ter caracteres de controle.');
	});
});

describe('clean text in messages, authors and comments', () => {
	async function newTicket(): Promise<{ id: string; token: string }> {
		const created = (await (await postTicket(api.url, validTicket())).json()) as { id: string };
		return { id: created.id, token: new URLSearchParams(api.service.followUp.trackingPath(created.id).split('?')[1]).get('t')! };
	}
	const events = (id: string) => api.service.store.database.prepare<[string], { n: number }>('SELECT count(*) AS n FROM ticket_events WHERE ticket_id = ?').get(id)!.n;
	const staff = (id: string, body: unknown) =>
		fetch(`${api.url}/api/tickets/${id}/respostas`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
			body: JSON.stringify(body),
		});

	it('refuses control characters in the customer\'s message on /acompanhar/, and keeps line breaks and tabs', async () => {
		const { id, token } = await newTicket();
		for (const mensagem of ['A rejeição \u001b[31mcontinua.', 'A rejeição\u0000 continua.', 'A rejeição continua.\u0007']) {
			const refused = await fetch(`${api.url}/acompanhar/responder`, { method: 'POST', body: new URLSearchParams({ t: token, mensagem }), redirect: 'manual' });
			expect(refused.status).toBe(422);
			expect(await refused.text()).toContain('A mensagem não pode ter caracteres de controle.');
		}
		expect(events(id)).toBe(0);
		const taken = await fetch(`${api.url}/acompanhar/responder`, {
			method: 'POST',
			body: new URLSearchParams({ t: token, mensagem: 'Testei de novo:\n\t- a rejeição continua\r\n\t- desde ontem' }),
			redirect: 'manual',
		});
		expect(taken.status).toBe(303);
		expect(events(id)).toBe(1);
	});

	it('refuses control characters in the support\'s message and hidden characters in its one-line author', async () => {
		const { id } = await newTicket();
		const badMessage = await staff(id, { mensagem: 'Envie o XML.\u001b[2J', autor: 'Carlos' });
		expect(badMessage.status).toBe(422);
		expect(((await badMessage.json()) as ErrorBodyShape).error.fields).toEqual([{ path: 'mensagem', message: 'A mensagem não pode ter caracteres de controle.' }]);
		for (const autor of ['Carlos\u200b', 'Carlos\nSilva', 'Car\u001blos', 'Carlos \u202eSilva']) {
			const badAuthor = await staff(id, { mensagem: 'Envie o XML, por favor.', autor });
			expect(badAuthor.status, JSON.stringify(autor)).toBe(422);
			expect(((await badAuthor.json()) as ErrorBodyShape).error.fields).toEqual([
				{ path: 'autor', message: 'O autor não pode ter quebras de linha, caracteres de controle nem caracteres invisíveis.' },
			]);
		}
		expect(events(id)).toBe(0);
		expect((await staff(id, { mensagem: 'Envie o XML:\n\tda nota 123.', autor: 'Carlos Silva' })).status).toBe(201);
		expect(events(id)).toBeGreaterThan(0);
	});

	it('refuses control characters in the feedback comment, JSON or form, and keeps line breaks', async () => {
		const rows = () => api.service.store.database.prepare<[], { n: number }>('SELECT count(*) AS n FROM feedback').get()!.n;
		const before = rows();
		const json = (comment: string) =>
			fetch(`${api.url}/api/feedback`, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ page: '/faq/fiscal/rejeicao-539/', useful: false, comment }),
			});
		const refused = await json('Faltou o passo\u0000 a passo.');
		expect(refused.status).toBe(422);
		expect(((await refused.json()) as ErrorBodyShape).error.fields).toEqual([{ path: 'comment', message: 'O comentário não pode ter caracteres de controle.' }]);
		const form = await fetch(`${api.url}/api/feedback`, {
			method: 'POST',
			body: new URLSearchParams({ page: '/faq/fiscal/rejeicao-539/', useful: 'nao', comment: '\u001b[31mFaltou o passo a passo.' }),
			redirect: 'manual',
		});
		expect(form.status).toBe(422);
		expect(await form.text()).toContain('O comentário não pode ter caracteres de controle.');
		expect(rows()).toBe(before);
		expect((await json('Faltou:\n\t- o passo a passo')).status).toBe(204);
		expect(rows()).toBe(before + 1);
	});

	it('refuses control characters in the survey comment', async () => {
		const { id, token } = await newTicket();
		api.service.store.database.prepare("UPDATE tickets SET status = 'encerrado' WHERE id = ?").run(id);
		const answers = () => api.service.store.database.prepare<[string], { n: number }>('SELECT count(*) AS n FROM survey_answers WHERE ticket_id = ?').get(id)!.n;
		const refused = await fetch(`${api.url}/acompanhar/pesquisa/`, { method: 'POST', body: new URLSearchParams({ t: token, nota: '4', comentario: 'Bom\u0007 atendimento.' }) });
		expect(refused.status).toBe(422);
		expect(await refused.text()).toContain('O comentário não pode ter caracteres de controle.');
		expect(answers()).toBe(0);
	});
});

describe('invalid UTF-8', () => {
	it('answers 400 invalid_encoding to a JSON body that is not UTF-8, and stores nothing', async () => {
		const before = countRows(api.dataDir, 'tickets');
		const json = Buffer.from(JSON.stringify(validTicket({ subject: 'Rejeição XXX ao emitir NF-e' })), 'utf8');
		// "ç" in Latin-1: one byte 0xE7, which is not valid UTF-8 here.
		const latin1 = Buffer.from(json.toString('utf8').replace('ç', '\u0000'), 'utf8');
		latin1[latin1.indexOf(0)] = 0xe7;
		const response = await fetch(`${api.url}/api/tickets`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
			body: latin1,
		});
		expect(response.status).toBe(400);
		expect(((await response.json()) as ErrorBodyShape).error.code).toBe('invalid_encoding');
		expect(countRows(api.dataDir, 'tickets')).toBe(before);
	});

	it('answers 400 to a form post whose escapes are not UTF-8', async () => {
		const response = await fetch(`${api.url}/api/tickets/form`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'subject=Rejei%E7%E3o+539&description=x',
		});
		expect(response.status).toBe(400);
		expect(await response.text()).toContain('fora do padrão UTF-8');
	});

	it('answers 400 to a multipart form post whose text is not UTF-8, and stores nothing', async () => {
		const before = countRows(api.dataDir, 'tickets');
		const send = (subject: Buffer) => postForm('/api/tickets/form', multipart({ ...ticketFormFields(), subject }));
		const refused = await send(Buffer.from([...Buffer.from('Rejei'), 0xe7, ...Buffer.from('ão 539 ao emitir NF-e')]));
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('fora do padrão UTF-8');
		expect(countRows(api.dataDir, 'tickets')).toBe(before);
		// The same body in UTF-8 opens the ticket: only the broken byte was refused.
		expect((await send(Buffer.from('Rejeição 539 ao emitir NF-e'))).status).toBe(303);
		expect(countRows(api.dataDir, 'tickets')).toBe(before + 1);
	});
});

/** The fields of the form without JavaScript, for a ticket every rule accepts. */
function ticketFormFields(): Record<string, string> {
	const ticket = validTicket() as Record<string, string> & { requester: Record<string, string> };
	return {
		subject: ticket.subject,
		description: ticket.description,
		product: ticket.product,
		module: ticket.module,
		routine: '',
		version: ticket.version,
		environment: ticket.environment,
		'requester.name': ticket.requester.name!,
		'requester.email': ticket.requester.email!,
		'requester.company': ticket.requester.company!,
		'requester.phone': '',
		remoteAccess: 'sim',
		idempotencyKey: randomUUID(),
	};
}

const BOUNDARY = '----limites-de-campos';

/** A multipart/form-data body written byte by byte, so a field can hold bytes that are not UTF-8. */
function multipart(fields: Record<string, string | Buffer>): { type: string; body: Buffer } {
	const parts = Object.entries(fields).map(([name, value]) =>
		Buffer.concat([Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`), Buffer.from(value), Buffer.from('\r\n')]),
	);
	return { type: `multipart/form-data; boundary=${BOUNDARY}`, body: Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]) };
}

function postForm(path: string, { type, body }: { type: string; body: string | Buffer }): Promise<Response> {
	return fetch(`${api.url}${path}`, { method: 'POST', headers: { 'Content-Type': type }, body: typeof body === 'string' ? body : new Uint8Array(body), redirect: 'manual' });
}

const urlencoded = (body: string) => ({ type: 'application/x-www-form-urlencoded', body });

function rowsIn(table: string): number {
	return api.service.store.database.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()!.n;
}

describe('invalid UTF-8 in the feedback and /acompanhar/ forms', () => {
	/** A ticket of the service and a private link to it; closed when asked (for an Acompanhamento). */
	async function ticketToken(closed = false): Promise<string> {
		const created = (await (await postTicket(api.url, validTicket())).json()) as { id: string };
		if (closed) api.service.store.database.prepare("UPDATE tickets SET status = 'encerrado' WHERE id = ?").run(created.id);
		return new URLSearchParams(api.service.followUp.trackingPath(created.id).split('?')[1]).get('t')!;
	}

	interface FormCase {
		name: string;
		path: string;
		/** The post's body with `text` (already percent-encoded) in one of its text fields. */
		bodyOf: () => Promise<(text: string) => string>;
		/** Where the post is stored, and the status of a post that is taken. */
		table: string;
		accepted: number;
	}
	const cases: FormCase[] = [
		{ name: 'the feedback form', path: '/api/feedback', bodyOf: async () => (text) => `page=%2Ffaq%2Ffiscal%2Frejeicao-539%2F&useful=nao&comment=${text}`, table: 'feedback', accepted: 303 },
		{ name: 'a reply', path: '/acompanhar/responder', bodyOf: async () => {
			const token = await ticketToken();
			return (text) => `t=${token}&mensagem=${text}`;
		}, table: 'ticket_events', accepted: 303 },
		{ name: 'an Acompanhamento', path: '/acompanhar/acompanhamento', bodyOf: async () => {
			const token = await ticketToken(true);
			return (text) => `t=${token}&mensagem=${text}`;
		}, table: 'tickets', accepted: 303 },
		// The e-mail of the tickets opened here, with the byte in it or not.
		{ name: 'the "Meus tickets" request', path: '/acompanhar/meus-tickets/', bodyOf: async () => (text) => `email=ana${text.includes('%E7') ? '%E7' : ''}%40mercado.com.br`, table: 'my_tickets_links', accepted: 200 },
		{ name: 'the survey', path: '/acompanhar/pesquisa/', bodyOf: async () => {
			const token = await ticketToken(true);
			return (text) => `t=${token}&nota=4&comentario=${text}`;
		}, table: 'survey_answers', accepted: 200 },
	];

	it.each(cases)('answers 400 in pt-BR to $name with a lone 0xE7 byte, and stores nothing', async ({ path, bodyOf, table, accepted }) => {
		const body = await bodyOf();
		await api.service.followUp.settled();
		const before = rowsIn(table);
		const refused = await postForm(path, urlencoded(body('Rejei%E7ao+voltou+hoje')));
		expect(refused.status).toBe(400);
		expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
		const page = await refused.text();
		expect(page).toContain('<html lang="pt-BR"');
		expect(page).toContain('fora do padrão UTF-8');
		expect(rowsIn(table)).toBe(before);
		// The same post with the byte in UTF-8 is taken: only the broken byte was refused.
		expect((await postForm(path, urlencoded(body('Rejei%C3%A7ao+voltou+hoje')))).status).toBe(accepted);
		await api.service.followUp.settled();
		expect(rowsIn(table)).toBeGreaterThan(before);
	});

	it('answers 400 to a multipart reply with a byte that is not UTF-8', async () => {
		const token = await ticketToken();
		const before = rowsIn('ticket_events');
		const refused = await postForm('/acompanhar/responder', multipart({ t: token, mensagem: Buffer.from([0x4f, 0x6c, 0xe7, 0x21]) }));
		expect(refused.status).toBe(400);
		expect(await refused.text()).toContain('fora do padrão UTF-8');
		expect(rowsIn('ticket_events')).toBe(before);
	});
});

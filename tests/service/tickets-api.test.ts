import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ADMIN_TOKEN,
	countRows,
	type ErrorBodyShape,
	getTicket,
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

/** Asserts the contract's error body and returns it. */
async function expectError(response: Response, status: number, code: string): Promise<ErrorBodyShape['error']> {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toMatch(/^application\/json/);
	const body = (await response.json()) as ErrorBodyShape;
	expect(Object.keys(body)).toEqual(['error']);
	expect(body.error.code).toBe(code);
	expect(typeof body.error.message).toBe('string');
	expect(body.error.message.length).toBeGreaterThan(10);
	return body.error;
}

describe('POST /api/tickets', () => {
	it('stores a valid ticket and answers 201 with id, status "novo" and createdAt', async () => {
		const before = Date.now();
		const response = await postTicket(api.url, validTicket());
		expect(response.status).toBe(201);
		const body = (await response.json()) as { id: string; status: string; createdAt: string };
		expect(Object.keys(body).sort()).toEqual(['createdAt', 'id', 'status', 'trackingPath']);
		expect(body.id).toMatch(/^LC-\d{6}$/);
		expect(body.status).toBe('novo');
		expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
		expect(Date.parse(body.createdAt)).toBeGreaterThanOrEqual(before - 1000);
		expect(response.headers.get('location')).toBe(`/api/tickets/${body.id}`);
		expect(response.headers.get('cache-control')).toBe('no-store');
	});

	it('gives sequential readable numbers', async () => {
		const first = (await (await postTicket(api.url, validTicket())).json()) as { id: string };
		const second = (await (await postTicket(api.url, validTicket())).json()) as { id: string };
		expect(Number(second.id.slice(3))).toBe(Number(first.id.slice(3)) + 1);
	});

	it('replays the same ticket for the same key and body (200), without storing a second one', async () => {
		const key = randomUUID();
		const created = await postTicket(api.url, validTicket({ subject: 'Primeiro envio do mesmo chamado' }), { key });
		expect(created.status).toBe(201);
		const original = (await created.json()) as { id: string; createdAt: string };
		const rowsBefore = countRows(api.dataDir, 'tickets');

		// Same content, other key order and spacing: still the same body.
		const { subject, ...rest } = validTicket({ subject: 'Primeiro envio do mesmo chamado' });
		const replay = await postTicket(api.url, JSON.stringify({ ...rest, subject }, null, 2), { key: key.toUpperCase() });
		expect(replay.status).toBe(200);
		expect(replay.headers.get('idempotent-replayed')).toBe('true');
		expect(await replay.json()).toEqual({ id: original.id, status: 'novo', createdAt: original.createdAt, trackingPath: expect.stringMatching(/^\/acompanhar\/\?t=[A-Za-z0-9_-]{43}$/) });
		expect(countRows(api.dataDir, 'tickets')).toBe(rowsBefore);
	});

	it('answers 409 idempotency_conflict for the same key with another body', async () => {
		const key = randomUUID();
		expect((await postTicket(api.url, validTicket(), { key })).status).toBe(201);
		const rowsBefore = countRows(api.dataDir, 'tickets');
		const conflict = await postTicket(api.url, validTicket({ subject: 'Outro assunto, outro chamado' }), { key });
		await expectError(conflict, 409, 'idempotency_conflict');
		expect(countRows(api.dataDir, 'tickets')).toBe(rowsBefore);
	});

	it('answers 400 for malformed JSON', async () => {
		const error = await expectError(await postTicket(api.url, '{"subject": "sem fim'), 400, 'invalid_json');
		expect(error.message).toContain('JSON');
	});

	it('answers 400 without an Idempotency-Key', async () => {
		const error = await expectError(await postTicket(api.url, validTicket(), { key: null }), 400, 'missing_idempotency_key');
		expect(error.message).toContain('Idempotency-Key');
	});

	it('answers 400 when the Idempotency-Key is not a UUID', async () => {
		for (const key of ['abc', '12345', `${randomUUID()}x`, 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz']) {
			const error = await expectError(await postTicket(api.url, validTicket(), { key }), 400, 'invalid_idempotency_key');
			expect(error.message).toContain('UUID');
		}
	});

	it('answers 413 for a body over 64 KiB and stores nothing', async () => {
		const rowsBefore = countRows(api.dataDir, 'tickets');
		const response = await postTicket(api.url, validTicket({ description: 'x'.repeat(70 * 1024) }));
		await expectError(response, 413, 'payload_too_large');
		expect(countRows(api.dataDir, 'tickets')).toBe(rowsBefore);
	});

	it('answers 413 for a chunked body (no Content-Length) that grows past 64 KiB', async () => {
		const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
		let sent = 0;
		const body = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent++ < 6) controller.enqueue(chunk);
				else controller.close();
			},
		});
		const response = await fetch(`${api.url}/api/tickets`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
			body,
			duplex: 'half',
		} as RequestInit);
		await expectError(response, 413, 'payload_too_large');
	});

	it('accepts a body just under 64 KiB past the size check (then applies the rules)', async () => {
		// 20 000 characters is the longest description; multi-byte text keeps it under 64 KiB.
		const response = await postTicket(api.url, validTicket({ description: 'ção '.repeat(5000) }));
		expect(response.status).toBe(201);
	});

	it('answers 415 for another content type or none', async () => {
		const body = JSON.stringify(validTicket());
		for (const headers of [{ 'Content-Type': 'text/plain' }, { 'Content-Type': 'application/x-www-form-urlencoded' }, { 'Content-Type': 'application/json; charset=latin1' }]) {
			const response = await fetch(`${api.url}/api/tickets`, {
				method: 'POST',
				headers: { ...headers, 'Idempotency-Key': randomUUID() },
				body,
			});
			await expectError(response, 415, 'unsupported_media_type');
		}
		const withoutType = await fetch(`${api.url}/api/tickets`, {
			method: 'POST',
			headers: { 'Idempotency-Key': randomUUID() },
			body: new Blob([body]),
		});
		await expectError(withoutType, 415, 'unsupported_media_type');
	});

	it('accepts application/json with charset=utf-8', async () => {
		const response = await postTicket(api.url, validTicket(), { headers: { 'Content-Type': 'application/json; charset=UTF-8' } });
		expect(response.status).toBe(201);
	});

	it('answers 422 with one fields entry per broken rule', async () => {
		const rowsBefore = countRows(api.dataDir, 'tickets');
		const response = await postTicket(
			api.url,
			validTicket({
				subject: '   curto   ',
				description: 'pouco',
				version: '24',
				environment: 'teste',
				requester: { name: 'A', email: 'nao-e-email', company: 'Mercado' },
				remoteAccess: 'sim',
			}),
		);
		const error = await expectError(response, 422, 'validation_failed');
		expect(error.fields).toEqual([
			{ path: 'subject', message: 'O assunto deve ter de 10 a 150 caracteres.' },
			{ path: 'description', message: 'A descrição deve ter de 30 a 20000 caracteres.' },
			{ path: 'version', message: 'A versão deve ter de 2 a 4 números separados por ponto, como 24.01.012.' },
			{ path: 'environment', message: 'O ambiente deve ser produção ("producao") ou homologação ("homologacao").' },
			{ path: 'requester.name', message: 'O nome deve ter de 2 a 120 caracteres.' },
			{ path: 'requester.email', message: 'O e-mail deve ser um endereço válido, como nome@empresa.com.br.' },
			{ path: 'remoteAccess', message: 'A autorização de acesso remoto deve ser sim (true) ou não (false).' },
		]);
		expect(countRows(api.dataDir, 'tickets')).toBe(rowsBefore);
	});

	it('answers 422 for missing required fields, naming each', async () => {
		const error = await expectError(await postTicket(api.url, {}), 422, 'validation_failed');
		expect(error.fields?.map((field) => field.path)).toEqual([
			'subject',
			'description',
			'product',
			'module',
			'version',
			'environment',
			'requester',
			'remoteAccess',
		]);
	});

	it('answers 422 for unknown fields, at top level and nested, instead of dropping them', async () => {
		const response = await postTicket(
			api.url,
			validTicket({ password: 'segredo', requester: { name: 'Ana', email: 'ana@x.com.br', company: 'Mercado', cpf: '1' } }),
		);
		const error = await expectError(response, 422, 'validation_failed');
		expect(error.fields).toEqual([
			{ path: 'requester.cpf', message: 'O campo "requester.cpf" não faz parte do formulário e não é aceito.' },
			{ path: 'password', message: 'O campo "password" não faz parte do formulário e não é aceito.' },
		]);
	});

	it('answers 422 when the module does not belong to the product, or the product does not exist', async () => {
		const wrongModule = await expectError(
			await postTicket(api.url, validTicket({ product: 'erp', module: 'frente-de-loja' })),
			422,
			'validation_failed',
		);
		expect(wrongModule.fields).toEqual([
			{
				path: 'module',
				message: 'O módulo deve pertencer ao produto escolhido: "frente-de-loja" é do produto "pdv", não de "erp".',
			},
		]);

		const unknownProduct = await expectError(
			await postTicket(api.url, validTicket({ product: 'crm', module: 'fiscal' })),
			422,
			'validation_failed',
		);
		expect(unknownProduct.fields).toEqual([
			{ path: 'product', message: 'O produto deve ser um dos produtos da Central de Ajuda ("erp", "pdv"); "crm" não existe.' },
		]);
	});

	it('answers 422 for a JSON body that is not an object', async () => {
		const error = await expectError(await postTicket(api.url, '[1, 2]'), 422, 'validation_failed');
		expect(error.fields).toEqual([{ path: '', message: 'O chamado deve ser um objeto JSON com os campos do formulário.' }]);
	});

	it('answers 405 with Allow to another method on a known path, 404 to an unknown path', async () => {
		const wrongMethod = await fetch(`${api.url}/api/tickets`, { method: 'DELETE' });
		// GET lists tickets for support staff (admin token), so only the other methods are refused.
		expect(wrongMethod.headers.get('allow')).toBe('POST, GET, HEAD, OPTIONS');
		await expectError(wrongMethod, 405, 'method_not_allowed');
		await expectError(await fetch(`${api.url}/api/nada`), 404, 'not_found');
	});
});

describe('POST /api/deflections', () => {
	it('records a deflection and answers 204 with no body', async () => {
		const before = countRows(api.dataDir, 'deflections');
		const response = await fetch(`${api.url}/api/deflections`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ subject: 'rejeição 539', article: 'fiscal/rejeicao-539', outcome: 'resolvido' }),
		});
		expect(response.status).toBe(204);
		expect(await response.text()).toBe('');
		expect(countRows(api.dataDir, 'deflections')).toBe(before + 1);
	});

	it('answers 422 for a wrong outcome, a bad article id or an unknown field', async () => {
		const response = await fetch(`${api.url}/api/deflections`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ subject: 'rejeição 539', article: 'Fiscal 539', outcome: 'talvez', extra: 1 }),
		});
		const error = await expectError(response, 422, 'validation_failed');
		expect(error.fields?.map((field) => field.path)).toEqual(['article', 'outcome', 'extra']);
	});

	it('answers 415 and 400 like the ticket route', async () => {
		const wrongType = await fetch(`${api.url}/api/deflections`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
		await expectError(wrongType, 415, 'unsupported_media_type');
		const malformed = await fetch(`${api.url}/api/deflections`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{',
		});
		await expectError(malformed, 400, 'invalid_json');
	});
});

describe('GET /api/tickets/:id', () => {
	it('returns the stored ticket, trimmed, to the admin token', async () => {
		const sent = validTicket({ subject: '  PDV não abre o caixa  ', product: 'pdv', module: 'frente-de-loja' });
		const created = (await (await postTicket(api.url, sent)).json()) as { id: string; createdAt: string };
		const response = await getTicket(api.url, created.id);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({
			...sent,
			subject: 'PDV não abre o caixa',
			id: created.id,
			status: 'novo',
			createdAt: created.createdAt,
		});
	});

	it('answers 401 without a token, with a wrong token or with another scheme', async () => {
		const created = (await (await postTicket(api.url, validTicket())).json()) as { id: string };
		await expectError(await getTicket(api.url, created.id, null), 401, 'unauthorized');
		await expectError(await getTicket(api.url, created.id, 'outro-token'), 401, 'unauthorized');
		const basic = await fetch(`${api.url}/api/tickets/${created.id}`, {
			headers: { Authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}` },
		});
		await expectError(basic, 401, 'unauthorized');
	});

	it('answers 404 for an unknown id', async () => {
		const error = await expectError(await getTicket(api.url, 'LC-999999'), 404, 'not_found');
		expect(error.message).toContain('LC-999999');
	});
});

describe('GET /api/health', () => {
	it('answers 200 while the storage answers', async () => {
		const response = await fetch(`${api.url}/api/health`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok' });
	});
});

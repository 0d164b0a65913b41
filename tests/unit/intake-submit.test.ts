import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { emptyValues, type DraftValues } from '../../src/components/intake/draft-store';
import { buildTicketPayload, checkTicket, ticketBody } from '../../src/components/intake/payload';
import {
	apiBase,
	classifyResponse,
	isRetryable,
	outcomeMessage,
	parseRetryAfter,
	recordDeflection,
	submitTicket,
	type SubmitOutcome,
	trackingUrl,
} from '../../src/components/intake/submit-ticket';
import { openTicketService, type TicketService } from '../../src/server/service';
import { removeDir, tempDir, testConfig } from '../service/helpers';

const KEY = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';
const receipt = { id: 'LC-000007', status: 'novo', createdAt: '2026-03-01T12:00:00.000Z' };

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
	return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

describe('intake submit: answers to outcomes', () => {
	it('201 and 200 are a ticket (200 is a replay of the same key)', () => {
		expect(classifyResponse(201, null, receipt)).toEqual({ kind: 'created', receipt, replayed: false });
		expect(classifyResponse(200, null, receipt)).toEqual({ kind: 'created', receipt, replayed: true });
	});

	it('a success without the receipt is treated as unavailable, so retrying is safe', () => {
		expect(classifyResponse(201, null, undefined)).toEqual({ kind: 'unavailable', status: 201 });
		expect(classifyResponse(200, null, { ok: true })).toMatchObject({ kind: 'unavailable' });
	});

	it('422 carries the API messages per field', () => {
		const body = { error: { code: 'validation_failed', message: 'Um campo precisa de correção.', fields: [{ path: 'version', message: 'Versão inválida.' }, { bad: 1 }] } };
		expect(classifyResponse(422, null, body)).toEqual({ kind: 'invalid', message: 'Um campo precisa de correção.', fields: [{ path: 'version', message: 'Versão inválida.' }] });
	});

	it('409, 429 with Retry-After, 5xx and other 4xx', () => {
		expect(classifyResponse(409, null, { error: { code: 'idempotency_conflict', message: 'Outra.' } })).toEqual({ kind: 'conflict', message: 'Outra.' });
		expect(classifyResponse(429, '30', { error: { code: 'rate_limited', message: 'Muitos.' } })).toEqual({ kind: 'rate-limited', retryAfter: 30, message: 'Muitos.' });
		expect(classifyResponse(429, null, undefined)).toEqual({ kind: 'rate-limited', retryAfter: undefined, message: undefined });
		expect(classifyResponse(503, null, '<html>')).toEqual({ kind: 'unavailable', status: 503, message: undefined });
		expect(classifyResponse(413, null, { error: { code: 'payload_too_large', message: 'Grande demais.' } })).toEqual({ kind: 'rejected', status: 413, message: 'Grande demais.' });
	});

	it('reads Retry-After as seconds or as an HTTP date', () => {
		const now = Date.parse('2026-03-01T12:00:00Z');
		expect(parseRetryAfter('12', now)).toBe(12);
		expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:45 GMT', now)).toBe(45);
		expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
		expect(parseRetryAfter('logo', now)).toBeUndefined();
		expect(parseRetryAfter(null, now)).toBeUndefined();
	});

	it('the API base defaults to the same origin and loses a trailing slash', () => {
		expect(apiBase(undefined)).toBe('/api');
		expect(apiBase('  ')).toBe('/api');
		expect(apiBase('https://chamados.exemplo.com.br/api/')).toBe('https://chamados.exemplo.com.br/api');
	});
});

describe('intake submit: messages for people', () => {
	const failures: Exclude<SubmitOutcome, { kind: 'created' }>[] = [
		{ kind: 'network' },
		{ kind: 'timeout' },
		{ kind: 'unavailable', status: 503 },
		{ kind: 'rate-limited', retryAfter: 30 },
		{ kind: 'rate-limited' },
	];

	it('every retryable failure says the draft is kept and that retrying never duplicates', () => {
		for (const outcome of failures) {
			expect(isRetryable(outcome)).toBe(true);
			expect(outcomeMessage(outcome)).toContain('continua salvo neste navegador');
			expect(outcomeMessage(outcome)).toContain('Tentar novamente');
		}
		expect(outcomeMessage({ kind: 'network' })).toContain('Verifique a sua conexão');
		expect(outcomeMessage({ kind: 'timeout' })).toContain('não respondeu a tempo');
		expect(outcomeMessage({ kind: 'unavailable', status: 503 })).toContain('erro 503');
	});

	it('429 says how long to wait when the API said it', () => {
		expect(outcomeMessage({ kind: 'rate-limited', retryAfter: 30 })).toContain('Aguarde 30 segundos');
		expect(outcomeMessage({ kind: 'rate-limited', retryAfter: 1 })).toContain('Aguarde 1 segundo ');
		expect(outcomeMessage({ kind: 'rate-limited' })).toContain('Aguarde alguns instantes');
	});

	it('counts the fields to fix; conflicts and other refusals are not retried as they are', () => {
		expect(outcomeMessage({ kind: 'invalid', message: '', fields: [{ path: 'subject', message: 'x' }] })).toBe('Um campo precisa de correção antes de abrir o ticket.');
		expect(outcomeMessage({ kind: 'invalid', message: '', fields: [{ path: 'a', message: 'x' }, { path: 'b', message: 'y' }] })).toBe(
			'2 campos precisam de correção antes de abrir o ticket.',
		);
		expect(isRetryable({ kind: 'conflict', message: '' })).toBe(false);
		expect(isRetryable({ kind: 'invalid', message: '', fields: [] })).toBe(false);
		expect(isRetryable({ kind: 'rejected', status: 415 })).toBe(false);
		expect(outcomeMessage({ kind: 'rejected', status: 413, message: 'O corpo passa de 64 KiB.' })).toContain('O corpo passa de 64 KiB.');
		expect(outcomeMessage({ kind: 'conflict', message: '' })).toContain('já tinha sido recebida');
	});
});

describe('intake submit: the request', () => {
	it('posts JSON with the Idempotency-Key to {api}/tickets', async () => {
		const fetchImpl = vi.fn(async () => jsonResponse(201, receipt));
		const outcome = await submitTicket({ api: '/api', body: '{"a":1}', idempotencyKey: KEY, fetchImpl });
		expect(outcome).toEqual({ kind: 'created', receipt, replayed: false });
		const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
		expect(url).toBe('/api/tickets');
		expect(init.method).toBe('POST');
		expect(init.body).toBe('{"a":1}');
		expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'Idempotency-Key': KEY });
	});

	it('a network failure is an outcome, not an exception', async () => {
		const fetchImpl = vi.fn(async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(await submitTicket({ api: '/api', body: '{}', idempotencyKey: KEY, fetchImpl })).toEqual({ kind: 'network' });
	});

	it('gives up after the timeout (AbortController) and says so', async () => {
		const fetchImpl = vi.fn(
			(_url: string | URL | Request, init?: RequestInit) =>
				new Promise<Response>((_resolve, reject) => {
					init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
				}),
		);
		const started = Date.now();
		expect(await submitTicket({ api: '/api', body: '{}', idempotencyKey: KEY, fetchImpl: fetchImpl as typeof fetch, timeoutMs: 50 })).toEqual({ kind: 'timeout' });
		expect(Date.now() - started).toBeLessThan(2_000);
	});

	it('an answer that is not JSON still yields an outcome', async () => {
		const fetchImpl = vi.fn(async () => new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
		expect(await submitTicket({ api: '/api', body: '{}', idempotencyKey: KEY, fetchImpl })).toEqual({ kind: 'unavailable', status: 502, message: undefined });
	});

	it('records a deflection, best effort', async () => {
		const fetchImpl = vi.fn(async () => new Response(null, { status: 204 }));
		expect(await recordDeflection({ api: '/api', subject: ' Rejeição 204 ', article: 'fiscal/rejeicao-204', fetchImpl })).toBe(true);
		const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
		expect(url).toBe('/api/deflections');
		expect(JSON.parse(init.body as string)).toEqual({ subject: 'Rejeição 204', article: 'fiscal/rejeicao-204', outcome: 'resolvido' });
		const failing = vi.fn(async () => {
			throw new TypeError('offline');
		});
		expect(await recordDeflection({ api: '/api', subject: 'x', article: 'fiscal/a', fetchImpl: failing })).toBe(false);
	});
});

describe('intake submit against the real ticket service (in process)', () => {
	let dataDir: string;
	let service: TicketService;
	let fetchImpl: typeof fetch;

	beforeAll(() => {
		dataDir = tempDir('intake-submit-');
		service = openTicketService(testConfig(dataDir));
		fetchImpl = ((url: string | URL | Request, init?: RequestInit) => service.app.request(String(url), init)) as typeof fetch;
	});
	afterAll(() => {
		service.close();
		removeDir(dataDir);
	});

	const values: DraftValues = {
		...emptyValues(),
		subject: 'Rejeição 204 ao transmitir a NF-e',
		description: 'A SEFAZ devolve a rejeição 204 ao transmitir a nota de transferência, desde ontem.',
		product: 'erp',
		module: 'fiscal',
		version: '24,01,012',
		environment: 'homologacao',
		'requester.name': 'Ana Souza',
		'requester.email': 'ana@mercado.com.br',
		'requester.company': 'Mercado Bom Preço',
		remoteAccess: 'sim',
	};
	const trail = { suggested: ['fiscal/rejeicao-204-nfe-ja-autorizada'], opened: [] };

	function bodyOf(draft: DraftValues): string {
		const check = checkTicket(buildTicketPayload(draft, trail), service.catalog);
		if (!check.ok) throw new Error(JSON.stringify(check.fields));
		return ticketBody(check.ticket);
	}

	it('the page body is accepted; the same key and body again give the same ticket', async () => {
		const key = crypto.randomUUID();
		const first = await submitTicket({ api: '/api', body: bodyOf(values), idempotencyKey: key, fetchImpl });
		expect(first).toMatchObject({ kind: 'created', replayed: false });
		const again = await submitTicket({ api: '/api', body: bodyOf(values), idempotencyKey: key, fetchImpl });
		expect(again).toMatchObject({ kind: 'created', replayed: true });
		if (first.kind !== 'created' || again.kind !== 'created') return;
		expect(again.receipt.id).toBe(first.receipt.id);
		expect(service.store.find(first.receipt.id)).toMatchObject({ version: '24.01.012', environment: 'homologacao', deflection: trail });
	});

	it('the same key with an edited body is a conflict', async () => {
		const key = crypto.randomUUID();
		await submitTicket({ api: '/api', body: bodyOf(values), idempotencyKey: key, fetchImpl });
		const edited = await submitTicket({ api: '/api', body: bodyOf({ ...values, routine: 'FIS0210' }), idempotencyKey: key, fetchImpl });
		expect(edited.kind).toBe('conflict');
	});

	it("the service's 422 maps to fields the page knows", async () => {
		const body = JSON.stringify({ ...JSON.parse(bodyOf(values)), module: 'frente-de-loja' });
		const outcome = await submitTicket({ api: '/api', body, idempotencyKey: crypto.randomUUID(), fetchImpl });
		expect(outcome.kind).toBe('invalid');
		if (outcome.kind === 'invalid') expect(outcome.fields.map((field) => field.path)).toEqual(['module']);
	});

	it('a deflection is recorded (204)', async () => {
		expect(await recordDeflection({ api: '/api', subject: values.subject, article: 'fiscal/rejeicao-204-duplicidade-nfe', fetchImpl })).toBe(true);
	});
});

describe('trackingUrl (the private link of the receipt)', () => {
	const path = `/acompanhar/?t=${'a'.repeat(43)}`;

	it('resolves the path against the API base, on the same site or on the API’s own address', () => {
		expect(trackingUrl('/api', path, 'https://ajuda.exemplo.com.br/abrir-ticket/')).toBe(`https://ajuda.exemplo.com.br${path}`);
		expect(trackingUrl('https://tickets.exemplo.com.br/api', path, 'https://ajuda.exemplo.com.br/abrir-ticket/')).toBe(`https://tickets.exemplo.com.br${path}`);
	});

	it('ignores a receipt without a well-formed link', () => {
		expect(trackingUrl('/api', undefined, 'https://ajuda.exemplo.com.br/')).toBeUndefined();
		expect(trackingUrl('/api', 'https://outro.exemplo.com/acompanhar/?t=x', 'https://ajuda.exemplo.com.br/')).toBeUndefined();
	});
});

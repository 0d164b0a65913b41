import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ErrorBodyShape, postTicket, removeDir, type RunningService, startService, tempDir, validTicket } from './helpers';

let api: RunningService;

beforeAll(async () => {
	api = await startService(tempDir(), { TICKET_API_RATE_LIMIT: '3' });
});

afterAll(async () => {
	await api.stop();
	removeDir(api.dataDir);
});

describe('rate limit on POSTs', () => {
	it('answers 429 with Retry-After and the error body past the limit, then keeps reads open', async () => {
		for (let i = 0; i < 3; i++) expect((await postTicket(api.url, validTicket())).status).toBe(201);

		const limited = await postTicket(api.url, validTicket());
		expect(limited.status).toBe(429);
		const retryAfter = Number(limited.headers.get('retry-after'));
		expect(Number.isInteger(retryAfter)).toBe(true);
		expect(retryAfter).toBeGreaterThanOrEqual(1);
		expect(retryAfter).toBeLessThanOrEqual(60);
		const body = (await limited.json()) as ErrorBodyShape;
		expect(body.error.code).toBe('rate_limited');
		expect(body.error.message).toContain('Tente de novo');

		// Deflections share the POST budget of the client.
		const deflection = await fetch(`${api.url}/api/deflections`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ subject: 'rejeição 539', article: 'fiscal/rejeicao-539', outcome: 'resolvido' }),
		});
		expect(deflection.status).toBe(429);

		expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
	});
});

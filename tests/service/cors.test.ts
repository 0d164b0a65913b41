import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postTicket, removeDir, type RunningService, startService, tempDir, validTicket } from './helpers';

const ALLOWED = 'https://ajuda.exemplo.com.br';
const REFUSED = 'https://outro-site.exemplo.com';

let api: RunningService;

beforeAll(async () => {
	api = await startService(tempDir(), { TICKET_API_ALLOWED_ORIGINS: `${ALLOWED}, http://localhost:4321` });
});

afterAll(async () => {
	await api.stop();
	removeDir(api.dataDir);
});

function preflight(origin: string): Promise<Response> {
	return fetch(`${api.url}/api/tickets`, {
		method: 'OPTIONS',
		headers: {
			Origin: origin,
			'Access-Control-Request-Method': 'POST',
			'Access-Control-Request-Headers': 'content-type,idempotency-key',
		},
	});
}

describe('cross-origin', () => {
	it('lets a listed origin send tickets (preflight and answer)', async () => {
		const answer = await preflight(ALLOWED);
		expect(answer.status).toBe(204);
		expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
		expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
		expect(answer.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');

		const created = await postTicket(api.url, validTicket(), { headers: { Origin: ALLOWED } });
		expect(created.status).toBe(201);
		expect(created.headers.get('access-control-allow-origin')).toBe(ALLOWED);
		expect(created.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after');
		expect(created.headers.get('vary')).toContain('Origin');
	});

	it('gives no Access-Control-Allow-Origin to an origin that is not listed, never "*"', async () => {
		const answer = await preflight(REFUSED);
		expect(answer.headers.get('access-control-allow-origin')).toBeNull();

		const response = await postTicket(api.url, validTicket(), { headers: { Origin: REFUSED } });
		expect(response.headers.get('access-control-allow-origin')).toBeNull();

		const health = await fetch(`${api.url}/api/health`, { headers: { Origin: REFUSED } });
		expect(health.headers.get('access-control-allow-origin')).toBeNull();
	});

	it('keeps the CORS headers on error answers for a listed origin', async () => {
		const response = await fetch(`${api.url}/api/tickets/LC-000001`, { headers: { Origin: ALLOWED } });
		expect(response.status).toBe(401);
		expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
	});
});

import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { rateLimit } from '../../src/server/rate-limit';

/** The limiter alone, on a fake clock, to check the window itself. */
function appWithClock(max: number) {
	let now = 1_000_000;
	const app = new Hono();
	app.use(rateLimit({ max, windowMs: 60_000, now: () => now, clientOf: (c) => c.req.header('x-client') ?? '?' }));
	app.post('/', (c) => c.text('ok'));
	const post = (client: string) => app.request('/', { method: 'POST', headers: { 'x-client': client } });
	return { post, advance: (ms: number) => (now += ms) };
}

describe('rateLimit', () => {
	it('counts each client apart and opens a new window once the old one ends', async () => {
		const { post, advance } = appWithClock(2);
		expect((await post('a')).status).toBe(200);
		expect((await post('a')).status).toBe(200);
		const limited = await post('a');
		expect(limited.status).toBe(429);
		expect(limited.headers.get('retry-after')).toBe('60');
		expect((await post('b')).status).toBe(200);

		advance(45_000);
		expect((await post('a')).headers.get('retry-after')).toBe('15');
		advance(15_000);
		expect((await post('a')).status).toBe(200);
	});

	it('is off when max is 0', async () => {
		const { post } = appWithClock(0);
		for (let i = 0; i < 10; i++) expect((await post('a')).status).toBe(200);
	});
});

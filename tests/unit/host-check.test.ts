import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { hostAllowed, hostCheck, isLoopbackAddress } from '../../src/server/host-check';

const names = new Set(['api-ajuda.exemplo.com.br']);

describe('which Host names the service answers (DNS rebinding)', () => {
	it('tells the loopback peers apart, IPv4-mapped ones included', () => {
		for (const address of ['127.0.0.1', '127.0.0.53', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address), address).toBe(true);
		for (const address of ['192.0.2.7', '172.17.0.1', '::ffff:192.0.2.7', '2001:db8::1', 'desconhecido', undefined]) {
			expect(isLoopbackAddress(address), String(address)).toBe(false);
		}
	});

	it('answers the configured names from anywhere', () => {
		expect(hostAllowed({ hostname: 'api-ajuda.exemplo.com.br', peer: '192.0.2.7', relayed: true }, names)).toBe(true);
		expect(hostAllowed({ hostname: 'api-ajuda.exemplo.com.br', peer: '127.0.0.1', relayed: false }, names)).toBe(true);
	});

	it('answers a loopback name only when the request comes from this machine itself, not through a proxy', () => {
		for (const hostname of ['localhost', '127.0.0.1', '[::1]']) {
			expect(hostAllowed({ hostname, peer: '127.0.0.1', relayed: false }, names), hostname).toBe(true);
			expect(hostAllowed({ hostname, peer: '::1', relayed: false }, names), hostname).toBe(true);
			// A browser elsewhere whose page re-pointed a name at this server.
			expect(hostAllowed({ hostname, peer: '192.0.2.7', relayed: false }, names), hostname).toBe(false);
			// A local proxy that rewrote Host while relaying someone else's request.
			expect(hostAllowed({ hostname, peer: '127.0.0.1', relayed: true }, names), hostname).toBe(false);
		}
	});

	it('never answers another name, not even from this machine', () => {
		expect(hostAllowed({ hostname: 'evil.example', peer: '192.0.2.7', relayed: false }, names)).toBe(false);
		expect(hostAllowed({ hostname: 'evil.example', peer: '127.0.0.1', relayed: false }, names)).toBe(false);
	});
});

describe('hostCheck middleware', () => {
	const app = new Hono();
	app.use('*', hostCheck([...names]));
	app.get('/api/health', (c) => c.json({ status: 'ok' }));
	/** A request as @hono/node-server hands it over: the TCP peer is on env.incoming.socket. */
	const get = (host: string, peer: string, headers: Record<string, string> = {}) =>
		app.request(`http://${host}/api/health`, { headers }, { incoming: { socket: { remoteAddress: peer } } });

	it('refuses evil.example and a loopback name from a non-loopback peer with 421 host_not_allowed', async () => {
		const evil = await get('evil.example', '192.0.2.7');
		expect(evil.status).toBe(421);
		expect(((await evil.json()) as { error: { code: string } }).error.code).toBe('host_not_allowed');
		expect((await get('localhost:8787', '192.0.2.7')).status).toBe(421);
	});

	it('answers the allowed name, and the HEALTHCHECK probe from 127.0.0.1 unless a proxy relayed it', async () => {
		expect((await get('api-ajuda.exemplo.com.br', '192.0.2.7')).status).toBe(200);
		expect((await get('127.0.0.1:8787', '127.0.0.1')).status).toBe(200);
		expect((await get('127.0.0.1:8787', '127.0.0.1', { 'X-Forwarded-For': '192.0.2.7' })).status).toBe(421);
		expect((await get('localhost', '::ffff:127.0.0.1', { Forwarded: 'for=192.0.2.7' })).status).toBe(421);
	});
});

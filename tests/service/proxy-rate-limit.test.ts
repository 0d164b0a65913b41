import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { clientKey } from '../../src/server/client-address';
import { FixedWindowCounter } from '../../src/server/fixed-window';
import { projectRoot } from '../../src/utils/content-dir';
import {
	ADMIN_TOKEN,
	type ErrorBodyShape,
	FIXTURE_CONTENT_DIR,
	getTicket,
	postTicket,
	removeDir,
	type RunningService,
	startService,
	tempDir,
	validTicket,
} from './helpers';

async function withService(env: Record<string, string>, body: (api: RunningService) => Promise<void>): Promise<void> {
	const api = await startService(tempDir(), { TICKET_API_RATE_LIMIT: '2', ...env });
	try {
		await body(api);
	} finally {
		await api.stop();
		removeDir(api.dataDir);
	}
}

const from = (forwardedFor: string) => ({ headers: { 'X-Forwarded-For': forwardedFor } });
const statusOf = async (response: Promise<Response>) => (await response).status;

describe('rate limit behind a reverse proxy (TICKET_API_TRUST_PROXY)', () => {
	it('ignores X-Forwarded-For by default: a client cannot dodge the limit with it', async () => {
		await withService({}, async (api) => {
			expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.1')))).toBe(201);
			expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.2')))).toBe(201);
			expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.3')))).toBe(429);
		});
	});

	it('ignores X-Forwarded-For when the peer is not one of the listed proxies', async () => {
		await withService({ TICKET_API_TRUST_PROXY: '10.0.0.1' }, async (api) => {
			expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.1')))).toBe(201);
			expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.2')))).toBe(201);
			expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.3')))).toBe(429);
		});
	});

	it('counts each forwarded client apart when the peer is a trusted proxy (hop count)', async () => {
		await withService({ TICKET_API_TRUST_PROXY: '1' }, async (api) => {
			for (let i = 0; i < 2; i++) expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.5')))).toBe(201);
			expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.5')))).toBe(429);
			expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.6')))).toBe(201);
			// With one trusted hop, what the client wrote to the left of its own address does not count.
			expect(await statusOf(postTicket(api.url, validTicket(), from('198.51.100.7, 203.0.113.5')))).toBe(429);
		});
	});

	it('reads the address from the right, skipping listed proxies', async () => {
		await withService({ TICKET_API_TRUST_PROXY: 'loopback, 10.0.0.0/8' }, async (api) => {
			for (let i = 0; i < 2; i++) {
				expect(await statusOf(postTicket(api.url, validTicket(), from(`198.51.100.${i}, 203.0.113.9, 10.1.2.3`)))).toBe(201);
			}
			expect(await statusOf(postTicket(api.url, validTicket(), from('203.0.113.9')))).toBe(429);
		});
	});

	it('groups IPv6 clients by /64', async () => {
		await withService({ TICKET_API_TRUST_PROXY: '1' }, async (api) => {
			expect(await statusOf(postTicket(api.url, validTicket(), from('2001:db8:1:2::1')))).toBe(201);
			expect(await statusOf(postTicket(api.url, validTicket(), from('2001:db8:1:2:ffff:1:2:3')))).toBe(201);
			const limited = await postTicket(api.url, validTicket(), from('2001:db8:1:2::99'));
			expect(limited.status).toBe(429);
			expect(((await limited.json()) as ErrorBodyShape).error.code).toBe('rate_limited');
			expect(await statusOf(postTicket(api.url, validTicket(), from('2001:db8:1:3::1')))).toBe(201);
		});
		expect(clientKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
		expect(clientKey('::ffff:203.0.113.4')).toBe('203.0.113.4');
		expect(clientKey('203.0.113.4')).toBe('203.0.113.4');
	});
});

describe('bounded map of clients', () => {
	it('never remembers more clients than its cap, dropping the oldest', () => {
		const now = 1_000;
		const counter = new FixedWindowCounter(60_000, 3, () => now);
		for (const client of ['a', 'b', 'c', 'd', 'e']) counter.hit(client);
		expect(counter.size).toBe(3);
		expect(counter.peek('a')).toBeUndefined();
		expect(counter.peek('e')?.count).toBe(1);
		for (let i = 0; i < 10_000; i++) counter.hit(`flood-${i}`);
		expect(counter.size).toBe(3);
	});
});

describe('admin token', () => {
	it('throttles failed token attempts per client, even a right token after them', async () => {
		await withService({ TICKET_API_TRUST_PROXY: '1' }, async (api) => {
			const read = (token: string | null, client: string) =>
				fetch(`${api.url}/api/tickets/LC-000001`, {
					headers: { 'X-Forwarded-For': client, ...(token === null ? {} : { Authorization: `Bearer ${token}` }) },
				});
			for (let i = 0; i < 10; i++) expect((await read(`errado-${i}`, '203.0.113.20')).status).toBe(401);
			const blocked = await read(ADMIN_TOKEN, '203.0.113.20');
			expect(blocked.status).toBe(429);
			expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(60);
			expect(((await blocked.json()) as ErrorBodyShape).error.message).toContain('token de administração inválido');
			// Another client is not affected; a right token is not a failure.
			expect((await read(ADMIN_TOKEN, '203.0.113.21')).status).toBe(404);
			expect((await getTicket(api.url, 'LC-000001')).status).toBe(404);
		});
	});

	it('refuses to start with a token shorter than 32 characters, in pt-BR', () => {
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
			cwd: projectRoot,
			env: { ...process.env, PORT: '0', TICKET_API_ADMIN_TOKEN: 'curto-demais', CONTENT_DIR: FIXTURE_CONTENT_DIR },
			encoding: 'utf8',
			timeout: 60_000,
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('Configuração inválida: TICKET_API_ADMIN_TOKEN deve ter pelo menos 32 caracteres (tem 12)');
	});
});

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSite, startSiteServer } from '../../src/server/site-server';
import { type ErrorBodyShape, postTicket, removeDir, startService, tempDir, testConfig, validTicket } from './helpers';

const distDir = tempDir('site-dist-');
const outside = tempDir('outside-');
const dataDir = tempDir();
let site: RunningSite;

/** A raw request, so the Host header can be anything (fetch always sends the URL's). */
function rawGet(url: string, path: string, headers: Record<string, string>): Promise<{ status: number; type: string; body: string }> {
	const { hostname, port } = new URL(url);
	return new Promise((done, fail) => {
		const req = request({ hostname, port, path, method: 'GET', headers }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => done({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }));
		});
		req.on('error', fail);
		req.end();
	});
}

beforeAll(async () => {
	mkdirSync(join(distDir, 'faq'), { recursive: true });
	mkdirSync(join(distDir, '.well-known'));
	mkdirSync(join(distDir, '.git'));
	writeFileSync(join(distDir, 'index.html'), '<h1>Início</h1>');
	writeFileSync(join(distDir, '404.html'), '<h1>Página não encontrada</h1>');
	writeFileSync(join(distDir, 'faq', 'index.html'), '<h1>FAQ</h1>');
	writeFileSync(join(distDir, '.env'), 'SEGREDO=1');
	writeFileSync(join(distDir, '.git', 'config'), '[core]');
	writeFileSync(join(distDir, '.well-known', 'security.txt'), 'Contact: mailto:seguranca@exemplo.com.br');
	writeFileSync(join(outside, 'passwd'), 'root:x:0:0');
	mkdirSync(join(outside, 'pasta'));
	writeFileSync(join(outside, 'pasta', 'index.html'), '<h1>Fora</h1>');
	symlinkSync(join(outside, 'passwd'), join(distDir, 'senhas.txt'));
	symlinkSync(join(outside, 'pasta'), join(distDir, 'fora'));
	symlinkSync(join(distDir, 'faq', 'index.html'), join(distDir, 'atalho.html'));
	site = await startSiteServer({ distDir, config: testConfig(dataDir) });
});

afterAll(async () => {
	await site.close();
	for (const dir of [distDir, outside, dataDir]) removeDir(dir);
});

describe('static serving stays inside dist/', () => {
	it('refuses symlinks whose real path leaves dist/, and keeps those that stay inside', async () => {
		for (const path of ['/senhas.txt', '/fora/', '/fora/index.html']) {
			const response = await fetch(`${site.server.url}${path}`);
			expect(response.status, path).toBe(404);
			const text = await response.text();
			expect(text).toContain('Página não encontrada');
			expect(text).not.toMatch(/root:x|Fora/);
		}
		const inside = await fetch(`${site.server.url}/atalho.html`);
		expect(inside.status).toBe(200);
		expect(await inside.text()).toContain('FAQ');
	});

	it('serves no dotfile, except under /.well-known/', async () => {
		for (const path of ['/.env', '/.git/config', '/%2eenv', '/faq/.env']) {
			const response = await fetch(`${site.server.url}${path}`);
			expect(response.status, path).toBe(404);
			expect(await response.text()).not.toContain('SEGREDO');
		}
		const wellKnown = await fetch(`${site.server.url}/.well-known/security.txt`);
		expect(wellKnown.status).toBe(200);
		expect(await wellKnown.text()).toContain('Contact:');
	});

	it('answers pages only to GET and HEAD: 405 with Allow otherwise', async () => {
		expect((await fetch(`${site.server.url}/faq/`, { method: 'HEAD' })).status).toBe(200);
		for (const method of ['POST', 'PUT', 'DELETE']) {
			const response = await fetch(`${site.server.url}/faq/`, { method });
			expect(response.status, method).toBe(405);
			expect(response.headers.get('allow')).toBe('GET, HEAD');
			expect(await response.text()).toContain('só aceitam GET e HEAD');
		}
	});

	it('answers 405 with Allow and the JSON error for a known API path with another method', async () => {
		for (const [method, path, allow] of [
			['DELETE', '/api/tickets', 'POST'],
			['PUT', '/api/tickets/LC-000001', 'GET'],
			['POST', '/api/health', 'GET'],
		] as const) {
			const response = await fetch(`${site.server.url}${path}`, { method });
			expect(response.status, `${method} ${path}`).toBe(405);
			expect(response.headers.get('allow')).toContain(allow);
			const body = (await response.json()) as ErrorBodyShape;
			expect(body.error.code).toBe('method_not_allowed');
			expect(body.error.message).toContain(`não aceita ${method}`);
		}
		// An unknown API path stays a JSON 404.
		expect((await fetch(`${site.server.url}/api/nada`, { method: 'DELETE' })).status).toBe(404);
		expect((await postTicket(site.server.url, validTicket())).status).toBe(201);
	});

	it('answers a too-long header with a JSON 431 under /api and a pt-BR text elsewhere', async () => {
		const huge = { 'X-Grande': 'a'.repeat(20_000) };
		const api = await rawGet(site.server.url, '/api/health', huge);
		expect(api.status).toBe(431);
		expect(api.type).toContain('application/json');
		expect((JSON.parse(api.body) as ErrorBodyShape).error.code).toBe('request_header_fields_too_large');
		const page = await rawGet(site.server.url, '/faq/', huge);
		expect(page.status).toBe(431);
		expect(page.body).toContain('cabeçalhos do pedido');
	});

	it('refuses a Host outside the allowed names (DNS rebinding), on pages and on the API', async () => {
		const api = await rawGet(site.server.url, '/api/health', { Host: 'atacante.exemplo.net' });
		expect(api.status).toBe(421);
		expect((JSON.parse(api.body) as ErrorBodyShape).error.code).toBe('host_not_allowed');
		const page = await rawGet(site.server.url, '/', { Host: 'atacante.exemplo.net:4321' });
		expect(page.status).toBe(421);
		expect(page.body).toContain('não atende pelo nome "atacante.exemplo.net"');
		expect((await rawGet(site.server.url, '/', { Host: 'localhost' })).status).toBe(200);
	});
});

describe('Host check in production', () => {
	it('accepts SITE_URL and TICKET_API_ALLOWED_HOSTS names, and loopback names only from this machine, not relayed by a proxy', async () => {
		const dir = tempDir();
		const service = await startService(dir, {
			NODE_ENV: 'production',
			SITE_URL: 'https://ajuda.exemplo.com.br',
			TICKET_API_ALLOWED_HOSTS: 'api.exemplo.com.br',
		});
		try {
			expect((await rawGet(service.url, '/api/health', { Host: 'ajuda.exemplo.com.br' })).status).toBe(200);
			expect((await rawGet(service.url, '/api/health', { Host: 'api.exemplo.com.br:8787' })).status).toBe(200);
			expect((await rawGet(service.url, '/api/health', { Host: 'atacante.exemplo.net' })).status).toBe(421);
			expect((await rawGet(service.url, '/api/health', { Host: '127.0.0.1' })).status).toBe(200);
			expect((await rawGet(service.url, '/api/health', { Host: '127.0.0.1', 'X-Forwarded-For': '192.0.2.7' })).status).toBe(421);
		} finally {
			await service.stop();
			removeDir(dir);
		}
	});
});

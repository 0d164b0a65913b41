import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineCode } from '../../src/integrations/security-headers';
import { listen } from '../../src/server/listen';
import { PLAIN_STYLE_HASH } from '../../src/server/page-shell';
import { sitePolicy } from '../../src/server/security-headers';
import { cspDirectives, headersFile, serializeCsp, sha256Base64 } from '../../src/server/security-policy';
import { type RunningSite, startSiteServer } from '../../src/server/site-server';
import { removeDir, type RunningService, startService, tempDir, testConfig } from './helpers';

const distDir = tempDir('site-dist-');
const dataDir = tempDir();
let site: RunningSite;
let api: RunningService;
const inlineScript = 'document.documentElement.dataset.js = "sim";';

beforeAll(async () => {
	mkdirSync(join(distDir, 'faq'));
	writeFileSync(join(distDir, 'index.html'), `<h1>Início</h1><script>${inlineScript}</script><script type="application/json">{"a":1}</script>`);
	writeFileSync(join(distDir, 'faq', 'index.html'), '<h1>FAQ</h1><script type="module" src="/_astro/x.js"></script><p style="color:red">x</p>');
	writeFileSync(join(distDir, '404.html'), '<h1>Página não encontrada</h1>');
	const found = inlineCode(distDir);
	writeFileSync(join(distDir, '_headers'), headersFile(cspDirectives(found)));
	site = await startSiteServer({ distDir, config: testConfig(dataDir) });
	api = await startService(tempDir());
});

afterAll(async () => {
	await site.close();
	await api.stop();
	for (const dir of [distDir, dataDir, api.dataDir]) removeDir(dir);
});

describe('the policy written at build (dist/_headers)', () => {
	it('hashes the inline scripts the browser runs, and reports style attributes', () => {
		const found = inlineCode(distDir);
		expect(found.scriptHashes).toEqual([sha256Base64(inlineScript)]);
		expect(found.styleHashes).toEqual([]);
		expect(found.styleAttributes).toEqual(['faq/index.html']);
		const file = readFileSync(join(distDir, '_headers'), 'utf8');
		expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(file).not.toContain('unsafe-inline');
		expect(file).toContain("frame-ancestors 'none'");
		expect(file).toContain('  X-Frame-Options: DENY\n');
	});
});

describe('security headers on every answer', () => {
	it('gives pages, the 404 and the API the policy of _headers, with the other headers', async () => {
		const expected = serializeCsp(sitePolicy(distDir, [PLAIN_STYLE_HASH]));
		expect(expected).toContain(`'sha256-${sha256Base64(inlineScript)}'`);
		for (const path of ['/', '/faq/', '/nao-existe', '/api/health', '/api/nada']) {
			const response = await fetch(`${site.server.url}${path}`);
			const csp = response.headers.get('content-security-policy');
			expect(csp, path).toBe(expected);
			expect(csp).not.toContain('unsafe-inline');
			expect(response.headers.get('x-frame-options'), path).toBe('DENY');
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
			expect(response.headers.get('permissions-policy'), path).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
		}
	});

	it('gives the API alone (npm run serve:api) a policy that allows its plain pages', async () => {
		const response = await fetch(`${api.url}/api/tickets/form/confirmacao?chave=nada`);
		const csp = response.headers.get('content-security-policy')!;
		expect(csp).toContain(`style-src 'self' 'sha256-${PLAIN_STYLE_HASH}'`);
		expect(csp).toContain("frame-ancestors 'none'");
		expect(await response.text()).toContain('<style>');
	});
});

/** Sends raw bytes and reads the whole answer the server writes before closing. */
function rawExchange(url: string, request: string): Promise<{ status: number; headers: Record<string, string>; body: string }> {
	const { hostname, port } = new URL(url);
	return new Promise((done, fail) => {
		const socket = connect(Number(port), hostname);
		let received = '';
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => (received += chunk));
		socket.on('error', fail);
		socket.on('close', () => {
			const [head = '', body = ''] = received.split('\r\n\r\n');
			const [statusLine = '', ...lines] = head.split('\r\n');
			const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
			done({ status: Number(statusLine.split(' ')[1]), headers, body });
		});
		socket.write(request);
	});
}

describe('security headers on the answers node:http writes itself', () => {
	const huge = `X-Grande: ${'a'.repeat(20_000)}\r\n`;
	it.each([
		['a 431 under /api', `GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n${huge}\r\n`, 431],
		['a 431 on a page', `GET /faq/ HTTP/1.1\r\nHost: 127.0.0.1\r\n${huge}\r\n`, 431],
		['a 400 to a malformed request', 'GET /api/health HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n', 400],
	])('gives %s the policy of _headers and the other headers', async (_name, request, status) => {
		const answer = await rawExchange(site.server.url, request);
		expect(answer.status).toBe(status);
		expect(answer.headers['content-security-policy']).toBe(serializeCsp(sitePolicy(distDir, [PLAIN_STYLE_HASH])));
		expect(answer.headers['x-frame-options']).toBe('DENY');
		expect(answer.headers['x-content-type-options']).toBe('nosniff');
		expect(answer.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(answer.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(), payment=(), usb=()');
		expect(answer.headers['cache-control']).toBe('no-store');
	});

	it('gives the 408 of a slow client the same headers (the API alone)', async () => {
		const config = testConfig(api.dataDir);
		const slow = await listen(api.service.app, config, { headersTimeoutMs: 500, requestTimeoutMs: 1_000, csp: api.service.csp });
		try {
			const answer = await rawExchange(slow.url, 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lento: a');
			expect(answer.status).toBe(408);
			expect(answer.headers['content-security-policy']).toBe(serializeCsp(api.service.csp));
			expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
			expect(answer.headers['x-frame-options']).toBe('DENY');
			expect(answer.headers['x-content-type-options']).toBe('nosniff');
		} finally {
			await slow.close(100);
		}
	});
});

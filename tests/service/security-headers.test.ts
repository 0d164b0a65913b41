import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineCode } from '../../src/integrations/security-headers';
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

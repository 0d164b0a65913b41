import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSite, startSiteServer } from '../../src/server/site-server';
import { postTicket, removeDir, tempDir, testConfig, validTicket } from './helpers';

const distDir = tempDir('site-dist-');
const dataDir = tempDir();
let site: RunningSite;

beforeAll(async () => {
	// A stand-in for `dist/`: the build is not what this test is about.
	mkdirSync(join(distDir, 'faq', 'fiscal'), { recursive: true });
	mkdirSync(join(distDir, '_astro'));
	writeFileSync(join(distDir, 'index.html'), '<h1>Início</h1>');
	writeFileSync(join(distDir, 'faq', 'fiscal', 'index.html'), '<h1>Fiscal</h1>');
	writeFileSync(join(distDir, '404.html'), '<h1>Página não encontrada</h1>');
	writeFileSync(join(distDir, '_astro', 'app.abc123.js'), 'console.log(1)');
	site = await startSiteServer({ distDir, config: testConfig(dataDir) });
});

afterAll(async () => {
	await site.close();
	removeDir(distDir);
	removeDir(dataDir);
});

describe('site and API on one port (npm start)', () => {
	it('serves index.html for the root and for directories, with or without the slash', async () => {
		for (const [path, text] of [['/', 'Início'], ['/faq/fiscal/', 'Fiscal'], ['/faq/fiscal', 'Fiscal']]) {
			const response = await fetch(`${site.server.url}${path}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/^text\/html/);
			expect(await response.text()).toContain(text);
		}
	});

	it('serves hashed assets as immutable', async () => {
		const response = await fetch(`${site.server.url}/_astro/app.abc123.js`);
		expect(response.status).toBe(200);
		expect(response.headers.get('cache-control')).toContain('immutable');
	});

	it('serves 404.html with status 404 for an unknown page, and refuses path traversal', async () => {
		for (const path of ['/nao-existe', '/faq/nada/', '/..%2f..%2fetc/passwd']) {
			const response = await fetch(`${site.server.url}${path}`);
			expect(response.status).toBe(404);
			expect(await response.text()).toContain('Página não encontrada');
		}
	});

	it('answers the API at /api on the same origin, with JSON 404s', async () => {
		expect((await fetch(`${site.server.url}/api/health`)).status).toBe(200);
		expect((await postTicket(site.server.url, validTicket())).status).toBe(201);
		const unknown = await fetch(`${site.server.url}/api/nada`);
		expect(unknown.status).toBe(404);
		expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');
	});
});

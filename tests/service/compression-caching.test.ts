import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_KEY_PLACEHOLDER } from '../../src/components/intake/form-post';
import { precompressSite } from '../../src/integrations/precompress';
import { type RunningSite, startSiteServer } from '../../src/server/site-server';
import { removeDir, tempDir, testConfig } from './helpers';

const distDir = tempDir('site-dist-');
const dataDir = tempDir();
let site: RunningSite;
const page = `<!doctype html><html lang="pt-BR"><body><h1>Início</h1>${'<p>Rejeição 539 ao emitir NF-e.</p>'.repeat(200)}</body></html>`;
const script = `export const x = ${JSON.stringify('pagefind '.repeat(500))};`;

/** A raw GET: the bytes as sent (fetch would decompress them). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
	const { hostname, port } = new URL(site.server.url);
	return new Promise((done, fail) => {
		const req = request({ hostname, port, path, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', fail);
		req.end();
	});
}

beforeAll(async () => {
	mkdirSync(join(distDir, '_astro'));
	mkdirSync(join(distDir, 'pagefind', 'index'), { recursive: true });
	writeFileSync(join(distDir, 'index.html'), page);
	writeFileSync(join(distDir, '404.html'), '<h1>Página não encontrada</h1>');
	writeFileSync(join(distDir, '_astro', 'app.Bx3k9a1Q.js'), script);
	writeFileSync(join(distDir, 'pagefind', 'pagefind.js'), script);
	writeFileSync(join(distDir, 'pagefind', 'index', 'pt-br_1a2b3c4d5e6f7.pf_index'), Buffer.from([1, 2, 3]));
	writeFileSync(join(distDir, 'pagefind', 'pagefind.pt-br_1a2b3c4d5e6f7a8b.pf_meta'), Buffer.from([1, 2, 3]));
	site = await startSiteServer({ distDir, config: testConfig(dataDir) });
});

afterAll(async () => {
	await site.close();
	removeDir(distDir);
	removeDir(dataDir);
});

describe('precompressed files', () => {
	it('are written at build beside the compressible files, and are smaller', async () => {
		const summary = await precompressSite(distDir);
		expect(summary.files).toBe(3);
		expect(summary.gzipBytes).toBeLessThan(summary.bytes / 5);
		expect(summary.brotliBytes).toBeLessThan(summary.gzipBytes);
		for (const file of ['index.html', '_astro/app.Bx3k9a1Q.js', 'pagefind/pagefind.js']) {
			expect(existsSync(join(distDir, `${file}.br`)), file).toBe(true);
			expect(existsSync(join(distDir, `${file}.gz`)), file).toBe(true);
		}
		// Small files and Pagefind's own compressed chunks are left alone.
		expect(existsSync(join(distDir, '404.html.gz'))).toBe(false);
		expect(existsSync(join(distDir, 'pagefind/index/pt-br_1a2b3c4d5e6f7.pf_index.gz'))).toBe(false);
	});

	it('are served by npm start to the browsers that take them, with Vary: Accept-Encoding', async () => {
		const brotli = await rawGet('/', { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(brotli.headers['content-encoding']).toBe('br');
		expect(brotli.headers.vary).toBe('Accept-Encoding');
		expect(brotli.headers['content-type']).toMatch(/^text\/html/);
		expect(brotliDecompressSync(brotli.body).toString('utf8')).toBe(page);

		const gzip = await rawGet('/pagefind/pagefind.js', { 'Accept-Encoding': 'gzip' });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).toString('utf8')).toBe(script);

		const identity = await rawGet('/');
		expect(identity.headers['content-encoding']).toBeUndefined();
		expect(identity.headers.vary).toBe('Accept-Encoding');
		expect(identity.body.toString('utf8')).toBe(page);
	});
});

describe('caching headers', () => {
	it('marks hashed files immutable: /_astro/ and Pagefind chunks', async () => {
		for (const path of ['/_astro/app.Bx3k9a1Q.js', '/pagefind/index/pt-br_1a2b3c4d5e6f7.pf_index', '/pagefind/pagefind.pt-br_1a2b3c4d5e6f7a8b.pf_meta']) {
			const response = await rawGet(path, { 'Accept-Encoding': 'br' });
			expect(response.status, path).toBe(200);
			expect(response.headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
		}
	});

	it('revalidates pages and Pagefind entry files: no-cache, ETag and Last-Modified, then 304', async () => {
		for (const path of ['/', '/pagefind/pagefind.js']) {
			const first = await rawGet(path, { 'Accept-Encoding': 'br' });
			expect(first.headers['cache-control'], path).toBe('no-cache');
			expect(first.headers['last-modified'], path).toBeTruthy();
			const tag = first.headers.etag as string;
			expect(tag, path).toMatch(/^W\/"/);

			const again = await rawGet(path, { 'Accept-Encoding': 'br', 'If-None-Match': tag });
			expect(again.status, path).toBe(304);
			expect(again.body.length).toBe(0);
			expect(again.headers.etag).toBe(tag);
			expect(again.headers['cache-control']).toBe('no-cache');

			const changed = await rawGet(path, { 'Accept-Encoding': 'br', 'If-None-Match': 'W/"outro"' });
			expect(changed.status).toBe(200);
		}
	});
});

describe('the ticket form page, made per visitor', () => {
	const form = `<!doctype html><html lang="pt-BR"><body><form><input type="hidden" name="idempotencyKey" value="${FORM_KEY_PLACEHOLDER}">${'<label>Descreva o problema</label>'.repeat(200)}</form></body></html>`;

	beforeAll(() => {
		mkdirSync(join(distDir, 'abrir-ticket'));
		writeFileSync(join(distDir, 'abrir-ticket', 'index.html'), form);
	});

	it('is compressed for the browsers that take it, with Vary: Accept-Encoding, and keeps its fresh key', async () => {
		const gzip = await rawGet('/abrir-ticket/', { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(gzip.status).toBe(200);
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gzip.headers.vary).toMatch(/Accept-Encoding/);
		expect(gzip.headers['cache-control']).toBe('private, no-cache');
		expect(gzip.body.length).toBeLessThan(form.length / 5);
		const html = gunzipSync(gzip.body).toString('utf8');
		expect(html).not.toContain(FORM_KEY_PLACEHOLDER);
		expect(html).toMatch(/name="idempotencyKey" value="[0-9a-f-]{36}"/);

		const identity = await rawGet('/abrir-ticket/');
		expect(identity.headers['content-encoding']).toBeUndefined();
		expect(identity.headers.vary).toMatch(/Accept-Encoding/);
		expect(identity.body.toString('utf8')).toMatch(/name="idempotencyKey" value="[0-9a-f-]{36}"/);
	});
});

describe('If-Modified-Since alone', () => {
	it('gets a 304 on pages and Pagefind entry files not changed since, and the file when they changed', async () => {
		for (const path of ['/', '/pagefind/pagefind.js']) {
			const first = await rawGet(path, { 'Accept-Encoding': 'br' });
			const lastModified = first.headers['last-modified'] as string;
			expect(lastModified, path).toBeTruthy();

			const same = await rawGet(path, { 'Accept-Encoding': 'br', 'If-Modified-Since': lastModified });
			expect(same.status, path).toBe(304);
			expect(same.body.length).toBe(0);
			expect(same.headers['last-modified']).toBe(lastModified);
			expect(same.headers['cache-control']).toBe('no-cache');
			expect(same.headers.etag).toBe(first.headers.etag);
			expect(same.headers['content-encoding']).toBeUndefined();

			const later = await rawGet(path, { 'If-Modified-Since': new Date(Date.parse(lastModified) + 60_000).toUTCString() });
			expect(later.status, path).toBe(304);

			const earlier = await rawGet(path, { 'If-Modified-Since': new Date(Date.parse(lastModified) - 60_000).toUTCString() });
			expect(earlier.status, path).toBe(200);
			expect(earlier.body.length).toBeGreaterThan(0);

			// If-None-Match, when sent, decides alone (RFC 9110).
			const otherTag = await rawGet(path, { 'If-Modified-Since': lastModified, 'If-None-Match': 'W/"outro"' });
			expect(otherTag.status, path).toBe(200);
		}
	});
});

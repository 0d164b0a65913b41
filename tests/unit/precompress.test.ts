import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { brotliQuality, PAGE_BROTLI_QUALITY, SHARED_BROTLI_QUALITY } from '../../src/integrations/compression-levels';
import { compressFiles, precompress, precompressSite } from '../../src/integrations/precompress';

const site = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const pageOf = (n: number) => `<!doctype html><html lang="pt-BR"><body><h1>Artigo ${n}</h1>${`<p>Rejeição ${500 + n} ao emitir NF-e no PDV ${n}.</p>`.repeat(60)}</body></html>`;
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `palavra${i}`))};`;

const brotliAt = (content: string, quality: number) =>
	brotliCompressSync(Buffer.from(content), { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(content) } });

describe('brotliQuality', () => {
	it('compresses the per-URL documents fast and the shared files hardest', () => {
		expect(PAGE_BROTLI_QUALITY).toBeLessThan(SHARED_BROTLI_QUALITY);
		expect(brotliQuality('faq/fiscal/rejeicao-539/index.html')).toBe(PAGE_BROTLI_QUALITY);
		expect(brotliQuality('/site/sitemap-0.xml')).toBe(PAGE_BROTLI_QUALITY);
		expect(brotliQuality('novidades/rss.xml')).toBe(PAGE_BROTLI_QUALITY);
		expect(brotliQuality('_astro/app.Bx3k9a1Q.js')).toBe(SHARED_BROTLI_QUALITY);
		expect(brotliQuality('_astro/global.D1x2.css')).toBe(SHARED_BROTLI_QUALITY);
		expect(brotliQuality('pagefind/pagefind-entry.json')).toBe(SHARED_BROTLI_QUALITY);
		expect(brotliQuality('busca/vocabulario.json')).toBe(SHARED_BROTLI_QUALITY);
	});
});

describe('precompressSite', () => {
	it('writes .br and .gz of every page and shared file, a few at a time, each decoding to the original', async () => {
		const pages = Array.from({ length: 25 }, (_, n) => `faq/modulo/artigo-${n}/index.html`);
		for (const [n, page] of pages.entries()) {
			mkdirSync(join(site, page, '..'), { recursive: true });
			writeFileSync(join(site, page), pageOf(n));
		}
		mkdirSync(join(site, '_astro'));
		writeFileSync(join(site, '_astro', 'app.js'), script);
		writeFileSync(join(site, 'small.html'), '<p>pequeno</p>');

		const summary = await precompressSite(site, { concurrency: 3 });

		expect(summary.files).toBe(pages.length + 1);
		for (const [n, page] of pages.entries()) {
			const file = join(site, page);
			expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString('utf8'), page).toBe(pageOf(n));
			expect(gunzipSync(readFileSync(`${file}.gz`)).toString('utf8'), page).toBe(pageOf(n));
		}
		// Each file at its planned quality: the page fast, the shared script at the top quality.
		expect(readFileSync(join(site, pages[0]!) + '.br').equals(brotliAt(pageOf(0), PAGE_BROTLI_QUALITY))).toBe(true);
		expect(readFileSync(join(site, '_astro', 'app.js.br')).equals(brotliAt(script, SHARED_BROTLI_QUALITY))).toBe(true);
		expect(() => readFileSync(join(site, 'small.html.br'))).toThrow();
		expect(summary.brotliBytes).toBeLessThan(summary.gzipBytes);
		expect(summary.gzipBytes).toBeLessThan(summary.bytes / 5);
	});
});

describe('compressFiles', () => {
	it('shares many files among worker threads and compresses each exactly once', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'precompress-workers-'));
		try {
			const files = Array.from({ length: 401 }, (_, n) => join(folder, `artigo-${n}.html`));
			for (const [n, file] of files.entries()) writeFileSync(file, pageOf(n));

			const summary = await compressFiles(files, { concurrency: 2 });

			expect(summary.files).toBe(files.length);
			expect(summary.bytes).toBe(files.reduce((total, _, n) => total + Buffer.byteLength(pageOf(n)), 0));
			for (const n of [0, 1, 200, 399, 400]) {
				expect(gunzipSync(readFileSync(`${files[n]}.gz`)).toString('utf8')).toBe(pageOf(n));
				expect(brotliDecompressSync(readFileSync(`${files[n]}.br`)).toString('utf8')).toBe(pageOf(n));
			}
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	it('fails with a message when a file cannot be read, instead of leaving it uncompressed', async () => {
		await expect(compressFiles([join(site, 'nao-existe.html')])).rejects.toThrow(/nao-existe\.html/);
	});
});

describe('the precompress integration', () => {
	it('starts on what Astro wrote when it has generated the pages and compresses the files written later at build:done, each once', async () => {
		const built = mkdtempSync(join(tmpdir(), 'precompress-hooks-'));
		try {
			const pages = Array.from({ length: 12 }, (_, n) => `faq/m/a-${n}/index.html`);
			for (const [n, page] of pages.entries()) {
				mkdirSync(join(built, page, '..'), { recursive: true });
				writeFileSync(join(built, page), pageOf(n));
			}
			mkdirSync(join(built, '_astro'));
			writeFileSync(join(built, '_astro', 'app.js'), script);
			// A server chunk: Astro removes it right after build:generated.
			mkdirSync(join(built, 'chunks'));
			writeFileSync(join(built, 'chunks', 'page_abc.mjs'), script);
			const integration = precompress();
			const messages: string[] = [];
			const logger = { info: (message: string) => messages.push(message) };
			const dir = pathToFileURL(`${built}/`);
			type Hook = (options: unknown) => void | Promise<void>;
			await (integration.hooks['astro:build:generated'] as Hook)({ dir, logger });
			rmSync(join(built, 'chunks'), { recursive: true });
			// The pages and the client scripts get compressed without waiting for build:done.
			await vi.waitFor(() => {
				for (const file of [...pages, '_astro/app.js']) expect(existsSync(join(built, `${file}.br`)) && existsSync(join(built, `${file}.gz`)), file).toBe(true);
			});
			// Written after the pages, as the sitemap and Pagefind do at build:done.
			mkdirSync(join(built, 'pagefind'));
			writeFileSync(join(built, 'pagefind', 'pagefind.js'), script);
			writeFileSync(join(built, 'sitemap-0.xml'), `<urlset>${Array.from({ length: 40 }, (_, n) => `<url><loc>https://ajuda.exemplo.com.br/faq/m/a-${n}/</loc></url>`).join('')}</urlset>`);
			await (integration.hooks['astro:build:done'] as Hook)({ dir, logger });

			for (const [n, page] of pages.entries()) {
				expect(brotliDecompressSync(readFileSync(join(built, `${page}.br`))).toString('utf8'), page).toBe(pageOf(n));
				expect(gunzipSync(readFileSync(join(built, `${page}.gz`))).toString('utf8'), page).toBe(pageOf(n));
			}
			expect(brotliDecompressSync(readFileSync(join(built, 'pagefind', 'pagefind.js.br'))).toString('utf8')).toBe(script);
			expect(readFileSync(join(built, 'sitemap-0.xml.gz')).length).toBeGreaterThan(0);
			// 12 pages + the client script + Pagefind's script + the sitemap, none counted twice.
			expect(messages).toHaveLength(1);
			expect(messages[0]).toMatch(/^15 arquivos comprimidos: /);
		} finally {
			rmSync(built, { recursive: true, force: true });
		}
	});
});

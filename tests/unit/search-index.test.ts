/**
 * The Pagefind index the build writes: Portuguese stemming, hidden filter spans kept out of the
 * text, filters and sort read; and the dev server's access to the last build's index.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, indexFile, SEARCH_LANGUAGE, UNUSED_PAGEFIND_FILES } from '../../src/integrations/pagefind-index';
import { loadPagefind, SearchUnavailableError, type PagefindApi } from '../../src/search/pagefind-client';
import { searchSite } from '../../src/search/query';
import { projectRoot } from '../../src/utils/content-dir';

const page = (body: string) => `<!doctype html><html lang="pt-BR"><head><title>t</title></head><body><header>Buscar cabeçalho</header>${body}</body></html>`;

describe('the search index', () => {
	let site: string;
	let pagefind: PagefindApi;
	const realFetch = globalThis.fetch;

	beforeAll(async () => {
		// Under the project: Vitest imports modules from there.
		mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
		site = mkdtempSync(join(projectRoot, '.tmp', 'search-index-'));
		const write = (path: string, html: string) => {
			mkdirSync(join(site, path), { recursive: true });
			writeFileSync(join(site, path, 'index.html'), html);
		};
		write(
			'faq/fiscal/cancelamento',
			page(`<article data-pagefind-body>
				<span hidden data-pagefind-filter="tipo">faq</span><span hidden data-pagefind-filter="modulo">Fiscal</span>
				<span hidden data-pagefind-meta="id">fiscal/cancelamento</span><span hidden data-pagefind-sort="data">2026-01-10</span>
				<h1>Cancelamento de NF-e recusado</h1><p>A emissão da nota foi autorizada ontem; rotina <span data-pagefind-meta="rotina">FIS0230</span>.</p></article>`),
		);
		write(
			'faq/estoque/sangria',
			page(`<article data-pagefind-body><span hidden data-pagefind-filter="tipo">faq</span><span hidden data-pagefind-filter="modulo">Estoque</span>
				<span hidden data-pagefind-sort="data">2026-03-01</span><h1>Sangrias de caixa</h1><p>Retiradas de dinheiro da gaveta.</p></article>`),
		);
		write('sobre', page('<main><p>Página sem corpo marcado: não entra no índice.</p></main>'));

		const summary = await buildSearchIndex(site);
		expect(summary).toMatchObject({ pages: 3, language: SEARCH_LANGUAGE });

		// Pagefind's browser bundle, run in Node over the files just written.
		globalThis.fetch = (async (input: string | URL) => new Response(await readFile(fileURLToPath(new URL(String(input)))))) as typeof fetch;
		pagefind = (await import(/* @vite-ignore */ join(site, 'pagefind', 'pagefind.js'))) as PagefindApi;
		await pagefind.options({ baseUrl: '/' });
	}, 60_000);

	afterAll(() => {
		globalThis.fetch = realFetch;
		rmSync(site, { recursive: true, force: true });
	});

	it("ships the files the site's search loads, without Pagefind's own search interfaces", () => {
		const files = readdirSync(join(site, 'pagefind'));
		expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.pt-br.pagefind']));
		expect(UNUSED_PAGEFIND_FILES.length).toBeGreaterThan(0);
		expect(files.filter((file) => UNUSED_PAGEFIND_FILES.includes(file) || /ui\.(js|css)$/.test(file))).toEqual([]);
	});

	it('is one Portuguese index with its stemmer (not the "unknown" fallback)', () => {
		const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string; page_count: number }> };
		expect(entry.languages).toEqual({ 'pt-br': expect.objectContaining({ wasm: 'pt-br', page_count: 2 }) });
	});

	it('matches inflections, case and accents', async () => {
		for (const text of ['cancelar', 'cancelada', 'CANCELAMENTOS', 'emissao', 'EMISSÃO', 'sangria', 'fis0230']) {
			const outcome = await searchSite(pagefind, { text });
			expect(outcome.hits.length, text).toBe(1);
		}
	});

	it('leaves hidden filter values out of the text but reads them as filters, metadata and sort', async () => {
		expect((await pagefind.search('faq'))?.results ?? []).toHaveLength(0);
		const [hit] = (await pagefind.search('cancelamento'))!.results;
		const data = await hit!.data();
		expect(data.content).not.toMatch(/faq|2026-01-10/);
		expect(data.filters).toEqual({ tipo: ['faq'], modulo: ['Fiscal'] });
		expect(data.meta).toMatchObject({ title: 'Cancelamento de NF-e recusado', id: 'fiscal/cancelamento', rotina: 'FIS0230' });
		const newest = await searchSite(pagefind, { text: '', filters: { tipo: ['faq'] } });
		expect(await Promise.all(newest.hits.map(async (entry) => (await entry.data()).url))).toEqual(['/faq/estoque/sangria/', '/faq/fiscal/cancelamento/']);
	});
});

describe('without an index (astro dev before any build)', () => {
	it('loadPagefind rejects with a message that says a build is needed', async () => {
		const error = await loadPagefind('/nao-existe/').catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(SearchUnavailableError);
		expect((error as Error).message).toMatch(/build/);
	});

	it("the dev server only serves existing files inside the last build's index", () => {
		const folder = mkdtempSync(join(tmpdir(), 'pagefind-dev-'));
		writeFileSync(join(folder, 'pagefind.js'), '');
		expect(indexFile(folder, '/pagefind.js?ts=1')).toBe(join(folder, 'pagefind.js'));
		expect(indexFile(folder, '/nada.js')).toBeUndefined();
		expect(indexFile(folder, '/../package.json')).toBeUndefined();
		expect(indexFile(folder, '/..%2F..%2Fetc%2Fpasswd')).toBeUndefined();
		expect(indexFile(folder, '/')).toBeUndefined();
		rmSync(folder, { recursive: true, force: true });
	});
});

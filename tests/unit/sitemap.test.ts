import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { sortedSitemap } from '../../src/integrations/sitemap';

const work = mkdtempSync(join(tmpdir(), 'sitemap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Pages in the order a build generates them: module by module, not in the sitemap's order. */
const pages = ['', 'abrir-ticket/', 'busca/', 'faq/'];
for (let module = 12; module >= 1; module--) {
	pages.push(`faq/modulo-${module}/`);
	for (let article = 30; article >= 1; article--) pages.push(`faq/modulo-${module}/artigo-${article}/`);
}
pages.push('404/');

type Hook = (params: unknown) => Promise<void> | void;
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn(), fork: () => logger, label: '', options: {} };

/** Runs an integration's sitemap hooks as a build would, into a folder of its own; returns the sitemap. */
async function build(integration: AstroIntegration, name: string): Promise<{ xml: string; comparisons: number }> {
	const dir = join(work, name);
	const hooks = integration.hooks as Record<string, Hook>;
	await hooks['astro:config:done']!({ config: { site: 'https://ajuda.exemplo.com.br', base: '/', trailingSlash: 'ignore', build: { format: 'directory' } } });
	await hooks['astro:routes:resolved']?.({ routes: [] });
	const compare = vi.spyOn(String.prototype, 'localeCompare');
	await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: pages.map((pathname) => ({ pathname })), logger });
	const comparisons = compare.mock.calls.length;
	compare.mockRestore();
	return { xml: readFileSync(join(dir, 'sitemap-0.xml'), 'utf8'), comparisons };
}

describe('sortedSitemap', () => {
	it('writes the same sitemap as @astrojs/sitemap, every page in its order, with one comparison per page instead of n·log n', async () => {
		const plain = await build(sitemap(), 'plain');
		const sorted = await build(sortedSitemap(), 'sorted');
		expect(sorted.xml).toBe(plain.xml);
		const urls = [...sorted.xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url);
		// Every page but the error page, in natural order (modulo-2 before modulo-10).
		expect(urls).toHaveLength(pages.length - 1);
		expect(urls.indexOf('https://ajuda.exemplo.com.br/faq/modulo-2/')).toBeLessThan(urls.indexOf('https://ajuda.exemplo.com.br/faq/modulo-10/'));
		expect(urls).not.toContain('https://ajuda.exemplo.com.br/404/');
		// The sitemap's own sort sets up a collator per comparison: on pages in order it makes one pass.
		expect(sorted.comparisons).toBeLessThan(pages.length);
		expect(plain.comparisons).toBeGreaterThan(3 * pages.length);
	});
});

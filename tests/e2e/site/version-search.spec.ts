/**
 * A customer who types a version number ("26.02.001", "26.02") finds its release notes, in the
 * header search and on /busca/: the dots between digits keep the number whole instead of
 * splitting it into "26", "02" and "001".
 */
import { expect, test, type Page } from '@playwright/test';
import { readCorpus } from '../../../src/validation/corpus';

interface ReleaseFrontmatter {
	product: string;
	version: string;
}
const releases = readCorpus('content')
	.records.filter((record) => record.collection === 'releases')
	.map((record) => record.data as ReleaseFrontmatter);
/** The newest-looking three-segment version of the real content, and its two-segment prefix. */
const full = releases.find((release) => release.version.split('.').length === 3 && release.version.split('.')[2]!.length === 3)!;
const prefix = full.version.split('.').slice(0, 2).join('.');
const samePrefix = releases.filter((release) => release.version.startsWith(`${prefix}.`));
const releaseUrl = (release: ReleaseFrontmatter) => `/novidades/${release.product}/${release.version}/`;

async function busca(page: Page, query: string): Promise<string[]> {
	await page.goto(`/busca/?q=${encodeURIComponent(query)}`);
	await expect(page.locator('.search-page-list')).toHaveAttribute('data-state', `?${new URLSearchParams({ q: query })}`, { timeout: 15_000 });
	return page.locator('.search-page-list > li h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test.describe('busca por número de versão', () => {
	test('a versão completa leva primeiro à sua nota de versão (/busca/)', async ({ page }) => {
		expect(samePrefix.length, `notas de versão ${prefix}.x no conteúdo`).toBeGreaterThanOrEqual(2);
		const urls = await busca(page, full.version);
		expect(urls[0]).toBe(releaseUrl(full));
	});

	test('os dois primeiros números listam as notas daquela versão (/busca/)', async ({ page }) => {
		const urls = await busca(page, prefix);
		for (const release of samePrefix) expect(urls).toContain(releaseUrl(release));
	});

	test('a busca do cabeçalho encontra a nota pela versão', async ({ page }) => {
		await page.goto('/faq/');
		await page.keyboard.press('ControlOrMeta+k');
		const dialog = page.getByRole('dialog', { name: 'Buscar na central de ajuda' });
		await dialog.getByRole('searchbox').fill(full.version);
		await expect(dialog.getByRole('status')).toHaveText(/resultado/);
		const first = dialog.getByRole('listitem').first().getByRole('link');
		await expect(first).toHaveAttribute('href', releaseUrl(full));
	});
});

test('sem resultados, as dicas dão um número de versão que leva à sua nota', async ({ page }) => {
	await busca(page, 'xyzwq');
	const tips = page.locator('.search-page-none');
	await expect(tips).toBeVisible();
	const tip = tips.getByRole('listitem').filter({ hasText: 'digite o número dela' });
	const version = (await tip.textContent())!.match(/\d+(?:\.\d+)+/)![0];
	const urls = await busca(page, version);
	expect(urls[0]).toMatch(new RegExp(`^/novidades/[a-z0-9-]+/${version.replace(/\./g, '\\.')}/$`));
});

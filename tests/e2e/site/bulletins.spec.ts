import { expect, test, type Locator } from '@playwright/test';
import { BULLETIN_CATEGORY_LABELS } from '../../../src/components/bulletin/categories';
import type { BulletinData } from '../../../src/schemas/bulletin';
import type { Module } from '../../../src/schemas/module';
import type { Product } from '../../../src/schemas/product';
import { readCorpus } from '../../../src/validation/corpus';
import { validData } from '../../../src/validation/schema-issues';
import { currentBulletins, isExpired } from '../../../src/utils/bulletins';
import { today } from '../../../src/utils/dates';
import { expectNoAxeViolations } from '../support/a11y';

// Expectations come from the bulletins in content/; "today" is the build's (BUILD_DATE when set).
const records = readCorpus('content').records;
const bulletins = records.filter((record) => record.collection === 'bulletins').map((record) => ({ id: record.id, data: validData<BulletinData>(record)! }));
const products = records.filter((record) => record.collection === 'products').map((record) => validData<Product>(record)!);
const modules = records.filter((record) => record.collection === 'modules').map((record) => validData<Module>(record)!);
const day = today();
const current = currentBulletins(bulletins, day);
const expired = bulletins.filter((bulletin) => isExpired(bulletin.data, day)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
const pinned = current.find((bulletin) => bulletin.data.pinned);
const categories = [...new Set(bulletins.map((bulletin) => bulletin.data.category))];

async function titles(list: Locator): Promise<string[]> {
	return (await list.locator('li:visible').getByRole('heading').allTextContents()).map((text) => text.trim());
}

test.describe('lista de informativos', () => {
	test('vigentes com os fixados primeiro e depois os mais novos; encerrados à parte e marcados', async ({ page }) => {
		expect(current.length).toBeGreaterThan(1);
		await page.goto('/informativos/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Informativos');
		const vigentes = page.getByRole('region', { name: 'Vigentes' });
		expect(await titles(vigentes)).toEqual(current.map((bulletin) => bulletin.data.title));
		if (pinned) {
			expect(current[0].data.pinned).toBe(true);
			await expect(vigentes.getByRole('listitem').first()).toContainText('Fixado');
		}
		const newestNotPinned = current.filter((bulletin) => !bulletin.data.pinned).map((bulletin) => bulletin.data.date.getTime());
		expect(newestNotPinned).toEqual([...newestNotPinned].sort((a, b) => b - a));

		const encerrados = page.getByRole('region', { name: 'Encerrados' });
		if (expired.length === 0) {
			await expect(encerrados).toHaveCount(0);
			return;
		}
		expect(await titles(encerrados)).toEqual(expired.map((bulletin) => bulletin.data.title));
		for (const bulletin of expired) {
			const item = encerrados.getByRole('listitem').filter({ hasText: bulletin.data.title });
			await expect(item).toContainText('Encerrado');
			await expect(item.getByRole('link', { name: bulletin.data.title })).toHaveAttribute('href', `/informativos/${bulletin.id}/`);
			await expect(vigentes.getByText(bulletin.data.title)).toHaveCount(0);
		}
	});

	test('filtra por categoria no navegador e anuncia o total', async ({ page }) => {
		await page.goto('/informativos/');
		const form = page.getByRole('form', { name: 'Filtrar informativos' });
		const status = form.getByRole('status');
		await expect(status).toHaveText(`Mostrando todos: ${bulletins.length} informativos.`);
		const category = categories.find((candidate) => current.some((bulletin) => bulletin.data.category === candidate))!;
		await form.getByLabel('Categoria').selectOption(category);
		const inCategory = [...current, ...expired].filter((bulletin) => bulletin.data.category === category);
		expect(await titles(page.locator('#lista-informativos'))).toEqual(inCategory.map((bulletin) => bulletin.data.title));
		const noun = bulletins.length === 1 ? 'informativo' : 'informativos';
		await expect(status).toHaveText(`Mostrando ${inCategory.length} de ${bulletins.length} ${noun}.`);
		await expect(page).toHaveURL(`/informativos/?categoria=${category}`);
		// A section left without items is hidden with its heading.
		if (!expired.some((bulletin) => bulletin.data.category === category) && expired.length) {
			await expect(page.getByRole('region', { name: 'Encerrados' })).toBeHidden();
		}
		await form.getByRole('button', { name: 'Limpar filtros' }).click();
		await expect(page).toHaveURL('/informativos/');
		await expect(status).toHaveText(`Mostrando todos: ${bulletins.length} ${noun}.`);
		expect(await titles(page.locator('#lista-informativos'))).toHaveLength(bulletins.length);
	});

	test('sem JavaScript, cada categoria tem a sua página', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/informativos/');
		await expect(page.getByRole('form', { name: 'Filtrar informativos' })).toBeHidden();
		const nav = page.getByRole('navigation', { name: 'Informativos por categoria' });
		for (const category of categories) {
			const inCategory = [...current, ...expired].filter((bulletin) => bulletin.data.category === category);
			await nav.getByRole('link', { name: `${BULLETIN_CATEGORY_LABELS[category]} (${inCategory.length})` }).click();
			await expect(page).toHaveURL(`/informativos/categoria/${category}/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Informativos: ${BULLETIN_CATEGORY_LABELS[category]}`);
			expect(await titles(page.locator('#lista-informativos'))).toEqual(inCategory.map((bulletin) => bulletin.data.title));
			await expect(nav.getByRole('link', { name: new RegExp(`^${BULLETIN_CATEGORY_LABELS[category]}`) })).toHaveAttribute('aria-current', 'page');
		}
		await context.close();
	});

	test('a página inicial mostra os informativos vigentes, não os encerrados', async ({ page }) => {
		await page.goto('/');
		const section = page.getByRole('region', { name: 'Informativos', exact: true });
		const shown = current.slice(0, 4);
		for (const bulletin of shown) await expect(section.getByRole('link', { name: bulletin.data.title })).toHaveAttribute('href', `/informativos/${bulletin.id}/`);
		for (const bulletin of expired) await expect(section.getByRole('link', { name: bulletin.data.title })).toHaveCount(0);
		await section.getByRole('link', { name: shown[0].data.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(shown[0].data.title);
	});
});

test.describe('página de um informativo', () => {
	for (const bulletin of bulletins) {
		test(`${bulletin.id}: título, categoria, datas, produtos e marcação para a busca`, async ({ page }) => {
			const response = await page.goto(`/informativos/${bulletin.id}/`);
			expect(response?.status()).toBe(200);
			const article = page.locator('article[data-pagefind-body]');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(bulletin.data.title);
			await expect(article.locator('.lead')).toHaveText(bulletin.data.summary);
			const meta = article.locator('dl.meta');
			await expect(meta.getByRole('link', { name: BULLETIN_CATEGORY_LABELS[bulletin.data.category] })).toHaveAttribute(
				'href',
				`/informativos/categoria/${bulletin.data.category}/`,
			);
			await expect(meta.locator('time').first()).toHaveAttribute('datetime', bulletin.data.date.toISOString().slice(0, 10));
			const productNames = bulletin.data.products.map((id) => products.find((product) => product.id === id)!.name);
			const moduleNames = bulletin.data.modules.map((id) => modules.find((module) => module.id === id)!.name);
			for (const name of productNames) await expect(meta).toContainText(name);

			const note = page.getByText('Informativo encerrado.');
			if (isExpired(bulletin.data, day)) await expect(note).toBeVisible();
			else await expect(note).toHaveCount(0);

			const spans = async (selector: string) => (await article.locator(selector).allTextContents()).map((text) => text.trim());
			expect(await spans('[data-pagefind-filter="tipo"]')).toEqual(['informativo']);
			expect(await spans('[data-pagefind-filter="produto"]')).toEqual(productNames);
			expect(await spans('[data-pagefind-filter="modulo"]')).toEqual(moduleNames);
			expect(await spans('[data-pagefind-meta="tipo"]')).toEqual(['Informativo']);
			expect(await spans('[data-pagefind-sort="data"]')).toEqual([bulletin.data.date.toISOString().slice(0, 10)]);
			await expect(article.locator('[data-pagefind-meta="description"]')).toHaveText(bulletin.data.summary);
		});
	}
});

test.describe('acessibilidade dos informativos', () => {
	/** Name, address, and whether it is a listing (listings must not be indexed as content). */
	const pages: [string, string, boolean][] = [
		['lista', '/informativos/', true],
		['categoria', `/informativos/categoria/${categories[0]}/`, true],
		['informativo vigente', `/informativos/${current[0].id}/`, false],
		...(expired.length ? ([['informativo encerrado', `/informativos/${expired[0].id}/`, false]] as [string, string, boolean][]) : []),
	];
	for (const [name, path] of pages) {
		test(`${name} sem violações do axe`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('h1')).toHaveCount(1);
			await expectNoAxeViolations(page);
		});
	}

	test('listas não são indexadas como conteúdo; cabem em 320 px', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 800 });
		for (const [, path, listing] of pages) {
			await page.goto(path);
			await expect(page.locator('[data-pagefind-body]')).toHaveCount(listing ? 0 : 1);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});

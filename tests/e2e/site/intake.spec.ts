import { expect, test } from '@playwright/test';
import { readCatalog } from '../../../src/utils/catalog';
import { expectNoAxeViolations } from '../support/a11y';
import { realContent } from '../support/corpus';

/** Smoke test of the ticket-intake page on the real content (the full flow runs on the eval corpus). */
const catalog = readCatalog('content');
const content = realContent();

test.describe('abrir ticket (conteúdo real)', () => {
	test('a página mostra os produtos e módulos do conteúdo, e os módulos seguem o produto', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Abrir ticket' }).click();
		await expect(page).toHaveURL('/abrir-ticket/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abrir ticket');
		const form = page.getByRole('form', { name: 'Formulário do ticket' });
		const products = form.getByLabel('Produto');
		await expect(products.locator('option:not([value=""])')).toHaveText(catalog.products.map((product) => product.name));
		for (const product of catalog.products) {
			await products.selectOption(product.id);
			const names = catalog.modules.filter((module) => module.product === product.id).map((module) => module.name);
			await expect(form.getByLabel('Módulo').locator('option:not([value=""])')).toHaveText(names);
		}
		await expect(page.locator('input[type="password"]')).toHaveCount(0);
	});

	test('as orientações levam às páginas do suporte que existem', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		const guidance = page.getByRole('complementary', { name: 'Antes de enviar' });
		const ids = new Set(content.pages.map((entry) => entry.id));
		for (const [name, id] of [
			['Uma ocorrência por ticket', 'uma-ocorrencia-por-ticket'],
			['Antes de abrir um ticket', 'antes-de-abrir-um-ticket'],
			['Status e prazos do ticket', 'status-e-prazos'],
		] as const) {
			expect(ids.has(id), `content/pages/${id}.md`).toBe(true);
			await expect(guidance.getByRole('link', { name })).toHaveAttribute('href', `/suporte/${id}/`);
		}
		await guidance.getByRole('link', { name: 'Status e prazos do ticket' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Status e prazos do ticket');
	});

	test('pt-BR, um h1, marcos e nenhuma violação do axe', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expectNoAxeViolations(page);
	});
});

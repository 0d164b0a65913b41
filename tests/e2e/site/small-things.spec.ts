import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readCorpus } from '../../../src/validation/corpus';
import { realContent } from '../support/corpus';
import { pageTypes } from '../support/page-types';

const PHONE = { width: 320, height: 640 };
const content = realContent();
/** Everything an editor wrote (front matter and bodies), to check that an example exists. */
const corpusText = [...new Set(readCorpus('content').records.map((record) => record.file))]
	.map((file) => readFileSync(file, 'utf8'))
	.join('\n')
	.toLowerCase();

/** How many lines the text of an element takes on screen. */
function textLines(locator: Locator): Promise<number> {
	return locator.evaluate((element) => {
		const range = document.createRange();
		range.selectNodeContents(element);
		return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
	});
}

async function expectInside(inner: Locator, outer: { x: number; y: number; width: number; height: number }): Promise<void> {
	const box = (await inner.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(outer.x - 0.5);
	expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
}

/** "Ex.: rejeição 539, FIS0020" → ["rejeição 539", "FIS0020"]. */
function examplesOf(placeholder: string | null): string[] {
	expect(placeholder).toMatch(/^Ex\.: /);
	return placeholder!.replace(/^Ex\.: /, '').split(', ');
}

async function expectResultsFor(page: Page, query: string): Promise<void> {
	await page.goto(`/busca/?q=${encodeURIComponent(query)}`);
	await expect(page.locator('.search-page-list > li').first(), `a busca por “${query}” encontra algo`).toBeVisible({ timeout: 15_000 });
}

test.describe('contagens no singular e no plural', () => {
	test('nenhuma página escreve “(s)”; os módulos contam “1 artigo” ou “N artigos”', async ({ page }) => {
		for (const url of Object.values(pageTypes())) {
			await page.goto(url);
			await expect(page.getByRole('main')).not.toContainText('(s)');
		}
		await page.goto('/');
		const region = page.getByRole('region', { name: 'Base de conhecimento por módulo' });
		for (const module of content.modules) {
			const count = content.published.filter((article) => article.data.module === module.id).length;
			const card = region.getByRole('listitem').filter({ has: page.getByRole('link', { name: module.name, exact: true }) });
			await expect(card).toContainText(count === 1 ? '· 1 artigo' : `· ${count} artigos`);
		}
	});
});

test.describe('busca em um celular de 320 px', () => {
	test.use({ viewport: PHONE });

	test('o diálogo da busca cabe na tela, com “Fechar” inteiro ao lado do campo', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('banner').getByRole('button', { name: 'Buscar' }).click();
		const dialog = page.getByRole('dialog', { name: 'Buscar na central de ajuda' });
		await expect(dialog.getByRole('searchbox')).toBeFocused();
		const frame = (await dialog.boundingBox())!;
		expect(frame.x).toBeGreaterThanOrEqual(0);
		expect(frame.x + frame.width).toBeLessThanOrEqual(PHONE.width);
		const close = dialog.getByRole('button', { name: 'Fechar' });
		await expectInside(close, frame);
		expect(await textLines(close)).toBe(1);
		await expectInside(dialog.getByRole('searchbox'), frame);
		await close.click();
		await expect(dialog).toBeHidden();
	});

	test('o botão “Buscar” de /busca/ fica em uma linha, ao lado do campo', async ({ page }) => {
		await page.goto('/busca/');
		const form = page.getByRole('search');
		const submit = form.getByRole('button', { name: 'Buscar' });
		expect(await textLines(submit)).toBe(1);
		await expectInside(submit, { x: 0, y: 0, width: PHONE.width, height: PHONE.height });
		const [field, button] = [(await form.getByRole('searchbox').boundingBox())!, (await submit.boundingBox())!];
		expect(Math.abs(field.y + field.height / 2 - (button.y + button.height / 2))).toBeLessThan(4);
	});
});

test.describe('exemplos da busca vêm do conteúdo', () => {
	test('os exemplos do campo no cabeçalho e em /busca/ encontram resultados', async ({ page }) => {
		// One full search per example (four to six of them), each loading the index afresh.
		test.slow();
		await page.goto('/');
		const header = examplesOf(await page.getByRole('banner').locator('site-search').getByRole('searchbox', { includeHidden: true }).getAttribute('placeholder'));
		await page.goto('/busca/');
		const full = examplesOf(await page.getByRole('main').getByRole('searchbox').getAttribute('placeholder'));
		expect(full.length).toBeGreaterThanOrEqual(2);
		for (const example of new Set([...header, ...full])) await expectResultsFor(page, example);
	});

	test('as dicas de quando nada é encontrado citam códigos que existem', async ({ page }) => {
		await page.goto('/busca/?q=xilofone%20quadridimensional');
		const tips = page.getByRole('main').locator('.search-page-none');
		await expect(tips).toBeVisible({ timeout: 15_000 });
		const text = (await tips.innerText()).toLowerCase();
		const codes = text.match(/\b[a-z]{2,4}-?\d{3,5}\b|rejeição \d{3}/g) ?? [];
		expect(codes.length, 'as dicas dão um exemplo de código').toBeGreaterThan(0);
		for (const code of codes) expect(corpusText, `“${code}” existe no conteúdo`).toContain(code);
	});
});

test.describe('sem JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a busca do cabeçalho é um link para /busca/, que busca por formulário e explica o que falta', async ({ page }) => {
		await page.goto(pageTypes().artigo!);
		const link = page.getByRole('banner').getByRole('link', { name: 'Buscar' });
		await expect(link).toHaveAttribute('href', '/busca/');
		await expect(page.getByRole('banner').getByRole('button')).toHaveCount(0);
		await link.click();
		await expect(page).toHaveURL('/busca/');
		const field = page.getByRole('main').getByRole('searchbox', { name: 'O que você procura?' });
		await field.fill('nota fiscal');
		await page.getByRole('main').getByRole('button', { name: 'Buscar' }).click();
		await expect(page).toHaveURL('/busca/?q=nota+fiscal');
		// Playwright's text and role locators skip <noscript>, so the message is found by its tag.
		const message = page.getByRole('main').locator('noscript p');
		await expect(message).toBeVisible();
		await expect(message).toContainText('A busca precisa de JavaScript');
		await expect(message.locator('a[href="/faq/"]')).toBeVisible();
	});
});

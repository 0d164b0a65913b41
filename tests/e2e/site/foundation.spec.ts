import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';
import { realContent } from '../support/corpus';

const content = realContent();
const newestFirst = (module: string) =>
	content.published.filter((article) => article.data.module === module).sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime());
const moduleWithRelated = content.published.find((article) => article.data.related.length > 0)!;

test.describe('navegação pela base de conhecimento', () => {
	test('início → módulo → artigo, com trilha, metadados, relacionados e link para abrir ticket', async ({ page }) => {
		const article = moduleWithRelated;
		const module = content.modules.find((entry) => entry.id === article.data.module)!;
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'Abrir ticket' }).first()).toBeVisible();
		await page.getByRole('region', { name: 'Base de conhecimento por módulo' }).getByRole('link', { name: module.name, exact: true }).click();
		await expect(page).toHaveURL(`/faq/${module.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.name);

		// newest first
		const titles = (await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents()).map((title) => title.trim());
		expect(titles).toEqual(newestFirst(module.id).map((entry) => entry.data.title));

		await page.getByRole('link', { name: article.data.title }).click();
		await expect(page).toHaveURL(`/faq/${article.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.data.title);
		const trail = page.getByRole('navigation', { name: 'Trilha de navegação' });
		await expect(trail.getByRole('link', { name: module.name })).toHaveAttribute('href', `/faq/${module.id}/`);
		await expect(page.getByText(article.data.description).first()).toBeVisible();
		const meta = page.locator('dl.meta');
		await expect(meta).toContainText('Módulo');
		await expect(meta).toContainText('Atualizado em');
		if (article.data.routine) await expect(meta).toContainText(article.data.routine);
		const related = page.getByRole('region', { name: 'Artigos relacionados' });
		for (const id of article.data.related) {
			const target = content.published.find((entry) => entry.id === id)!;
			await expect(related.getByRole('link', { name: target.data.title })).toHaveAttribute('href', `/faq/${id}/`);
		}
		await expect(page.getByRole('complementary', { name: 'Precisa de ajuda?' }).getByRole('link', { name: `Abra um ticket para o módulo ${module.name}` })).toHaveAttribute(
			'href',
			`/abrir-ticket/?produto=${module.product}&modulo=${module.id}`,
		);
		// the test site is built with PUBLIC_EDIT_BASE_URL (scripts/build-test-sites.ts)
		await expect(page.getByRole('link', { name: 'Editar esta página' })).toHaveAttribute(
			'href',
			`https://github.com/linha-consinco/central-de-ajuda/edit/main/${sourceOf(article.id)}`,
		);
	});

	test('a lista de módulos agrupa por produto e conta os artigos publicados', async ({ page }) => {
		await page.goto('/faq/');
		for (const module of content.modules) {
			const count = content.published.filter((article) => article.data.module === module.id).length;
			const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: module.name, exact: true }) });
			await expect(card).toContainText(count === 1 ? '1 artigo' : `${count} artigos`);
		}
	});

	test('GFM renders in .md and .mdx articles: tables, task lists, strikethrough, autolinks', async ({ page }) => {
		const withTable = content.published.find((article) => /\n\|.+\|\n\|[-| :]+\|/.test(readBody(article.id)))!;
		await page.goto(`/faq/${withTable.id}/`);
		await expect(page.getByRole('table').first()).toBeVisible();
		const mdx = content.published.find((article) => sourceOf(article.id).endsWith('.mdx'))!;
		await page.goto(`/faq/${mdx.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(mdx.data.title);
		const withTask = content.published.find((article) => /\n- \[[ x]\] /.test(readBody(article.id)));
		if (withTask) {
			await page.goto(`/faq/${withTask.id}/`);
			await expect(page.getByRole('checkbox').first()).toBeAttached();
		}
		const withStrike = content.published.find((article) => /~~[^~]+~~/.test(readBody(article.id)))!;
		await page.goto(`/faq/${withStrike.id}/`);
		await expect(page.locator('article del').first()).toBeVisible();
		const withAutolink = content.published.find((article) => /(^|\s)https?:\/\/\S+/.test(readBody(article.id)))!;
		await page.goto(`/faq/${withAutolink.id}/`);
		await expect(page.locator('article a[href^="http"]').first()).toBeVisible();
	});
});

test.describe('rascunhos e página não encontrada', () => {
	test('um rascunho não é publicado nem listado', async ({ page }) => {
		expect(content.drafts.length).toBeGreaterThan(0);
		for (const draft of content.drafts) {
			const response = await page.goto(`/faq/${draft.id}/`);
			expect(response?.status()).toBe(404);
			await page.goto(`/faq/${draft.data.module}/`);
			await expect(page.getByRole('link', { name: draft.data.title })).toHaveCount(0);
		}
	});

	test('um endereço inexistente mostra a 404 com caminhos de saída', async ({ page }) => {
		const response = await page.goto('/faq/fiscal/artigo-que-nao-existe/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Página não encontrada');
		await expect(page.getByRole('link', { name: 'Voltar para o início' })).toHaveAttribute('href', '/');
		await expect(page.getByRole('main').getByRole('link', { name: 'abrir um ticket' })).toHaveAttribute('href', '/abrir-ticket/');
	});
});

test.describe('páginas do suporte', () => {
	test('a lista do suporte leva a cada página, na ordem definida', async ({ page }) => {
		await page.goto('/suporte/');
		const links = page.getByRole('main').getByRole('heading', { level: 2 });
		await expect(links).toHaveText(content.pages.map((entry) => entry.data.title));
		await page.getByRole('link', { name: content.pages[0]!.data.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.pages[0]!.data.title);
	});

	test('status e prazos trazem os prazos do suporte', async ({ page }) => {
		await page.goto('/suporte/status-e-prazos/');
		const main = page.getByRole('main');
		await expect(main).toContainText('Pendência do Cliente');
		await expect(main).toContainText('Validação Cliente');
		await expect(main).toContainText('7 dias úteis');
		await expect(main).toContainText('5 dias úteis');
		await expect(main).toContainText('Acompanhamento');
	});
});

test.describe('layout e acessibilidade', () => {
	const pageTypes = () => {
		const article = content.published[0]!;
		return {
			início: '/',
			'base de conhecimento': '/faq/',
			módulo: `/faq/${article.data.module}/`,
			artigo: `/faq/${article.id}/`,
			suporte: '/suporte/',
			'página do suporte': `/suporte/${content.pages[0]!.id}/`,
			'não encontrada': '/nao-existe/',
		};
	};

	for (const [name, url] of Object.entries(pageTypes())) {
		test(`${name}: pt-BR, um h1, marcos, link para pular e nenhuma violação do axe`, async ({ page }) => {
			await page.goto(url);
			await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
			await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
			await expect(page.getByRole('banner')).toHaveCount(1);
			await expect(page.getByRole('main')).toHaveCount(1);
			await expect(page.getByRole('contentinfo')).toHaveCount(1);
			await expect(page.getByRole('navigation', { name: 'Principal' })).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}

	test('o link para pular é o primeiro foco do teclado e leva ao conteúdo', async ({ page }) => {
		await page.goto(`/faq/${content.published[0]!.id}/`);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Pular para o conteúdo' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
	});

	test('funciona em 320 px sem rolagem horizontal', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		for (const url of ['/', `/faq/${content.published[0]!.id}/`, '/suporte/status-e-prazos/']) {
			await page.goto(url);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, url).toBeLessThanOrEqual(0);
		}
	});

	test('segue o tema escuro do sistema', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		await page.emulateMedia({ colorScheme: 'light' });
		const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(dark).not.toBe(light);
		expect(light).toBe('rgb(255, 255, 255)');
	});

	test('a página de artigo não carrega a busca nem scripts ao abrir', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) scripts.push(request.url());
		});
		await page.goto(`/faq/${content.published[0]!.id}/`);
		await page.waitForLoadState('networkidle');
		expect(scripts.filter((url) => url.includes('/pagefind/'))).toEqual([]);
	});
});

function sourceOf(id: string): string {
	return existsSync(`content/faq/${id}.mdx`) ? `content/faq/${id}.mdx` : `content/faq/${id}.md`;
}
function readBody(id: string): string {
	return readFileSync(sourceOf(id), 'utf8').split(/^---$/m).slice(2).join('---');
}

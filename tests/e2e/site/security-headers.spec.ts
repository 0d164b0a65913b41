/**
 * The site under its real security policy (the headers of npm start, the same as dist/_headers):
 * every page type, the search, the suggestions and the ticket form work with zero CSP violations.
 * Violations are collected from `securitypolicyviolation` events and console errors.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';
import { pageTypes } from '../support/page-types';

declare global {
	interface Window {
		cspViolations: string[];
	}
}

/** Starts collecting CSP violations on every page the test opens; returns the console's. */
async function watchViolations(page: Page): Promise<string[]> {
	const fromConsole: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
	});
	await page.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
		});
	});
	return fromConsole;
}

async function expectNoViolations(page: Page, fromConsole: string[]): Promise<void> {
	expect(await page.evaluate(() => window.cspViolations), `violações de CSP em ${page.url()}`).toEqual([]);
	expect(fromConsole, `erros de CSP no console em ${page.url()}`).toEqual([]);
}

test.describe('cabeçalhos de segurança e CSP sem unsafe-inline', () => {
	test('a página traz a política completa, igual à de dist/_headers', async ({ page }) => {
		const response = (await page.goto('/'))!;
		const headers = response.headers();
		const csp = headers['content-security-policy']!;
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(csp).toContain("style-src 'self'");
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
		// A static host gets the very same policy from _headers.
		const file = readFileSync('.tmp/sites/site/_headers', 'utf8');
		expect(file).toContain(`Content-Security-Policy: ${csp}`);
		expect(file).toContain('X-Frame-Options: DENY');
		// The API answers carry the headers too.
		const api = await page.request.get('/api/health');
		expect(api.headers()['x-frame-options']).toBe('DENY');
		expect(api.headers()['content-security-policy']).toBe(csp);
	});

	for (const [name, path] of Object.entries(pageTypes())) {
		test(`${name}: nenhuma violação de CSP`, async ({ page }) => {
			const fromConsole = await watchViolations(page);
			await page.goto(path);
			await expect(page.getByRole('main')).toBeVisible();
			await page.waitForLoadState('load');
			await expectNoViolations(page, fromConsole);
		});
	}

	test('a busca funciona sob a política (Pagefind e o seu WebAssembly)', async ({ page }) => {
		const fromConsole = await watchViolations(page);
		const query = 'rejeição';
		await page.goto(`/busca/?q=${encodeURIComponent(query)}`);
		await expect(page.locator('.search-page-list')).toHaveAttribute('data-state', `?${new URLSearchParams({ q: query })}`, { timeout: 15_000 });
		await expect(page.locator('.search-page-list > li').first()).toBeVisible();
		await expectNoViolations(page, fromConsole);
	});

	test('as sugestões e o envio do formulário funcionam sob a política', async ({ page }) => {
		const fromConsole = await watchViolations(page);
		await page.goto('/abrir-ticket/');
		const form = page.getByRole('form', { name: 'Formulário do ticket' });
		const subject = 'impresora termica nao imprime o cupom';
		await form.getByLabel('Assunto').click();
		await page.keyboard.type(subject, { delay: 20 });
		await expect(page.locator('ticket-intake')).toHaveAttribute('data-suggestions-for', subject);
		await expect(page.getByRole('region', { name: 'Artigos sugeridos' }).getByRole('link').first()).toBeVisible();

		await form.getByLabel('Descrição').fill('A impressora térmica do caixa 3 parou de imprimir o cupom depois da atualização.');
		await form.getByLabel('Produto').selectOption({ index: 1 });
		await form.getByLabel('Módulo').selectOption({ index: 1 });
		await form.getByLabel('Versão instalada').fill('24.01.012');
		await form.getByRole('group', { name: 'Ambiente' }).getByLabel('Produção').check();
		await form.getByLabel('Nome').fill('Maria Souza');
		await form.getByLabel('E-mail').fill('maria.souza@mercado.com.br');
		await form.getByLabel('Empresa').fill('Supermercado Bom Preço');
		await form.getByLabel('Sim, autorizo').check();
		await page.getByRole('button', { name: 'Abrir ticket' }).click();
		await expect(page.getByRole('heading', { name: /^Ticket aberto: LC-\d{6}$/ })).toBeVisible();
		await expectNoViolations(page, fromConsole);
	});

	test('a página não pode ser exibida dentro de um frame de outro site', async ({ page }) => {
		const response = (await page.goto('/abrir-ticket/'))!;
		expect(response.headers()['x-frame-options']).toBe('DENY');
		const url = page.url();
		await page.goto('about:blank');
		await page.setContent(`<iframe title="teste" src="${url}"></iframe>`);
		// The browser refuses to show it: the frame ends on Chromium's error page, never on the form.
		await expect.poll(() => page.frames().find((frame) => frame !== page.mainFrame())?.url()).toBe('chrome-error://chromewebdata/');
	});
});

test.describe('privacidade (LGPD)', () => {
	test('o rodapé e o formulário levam à página de privacidade, que diz o que, por quê, por quanto tempo e a quem pedir', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		const form = page.getByRole('form', { name: 'Formulário do ticket' });
		await expect(form.getByText('Usamos estes dados só para atender o seu chamado')).toBeVisible();
		// npm start knows TICKET_API_RETENTION_DAYS (the default here) and names it.
		await expect(form.getByText('guardamos o chamado por 365 dias.')).toBeVisible();
		await expect(form.getByRole('link', { name: 'Como tratamos os seus dados' })).toHaveAttribute('href', '/suporte/privacidade/');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Privacidade' }).click();
		await expect(page).toHaveURL('/suporte/privacidade/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacidade e dados pessoais');
		for (const heading of ['O que coletamos', 'Para que usamos', 'Por quanto tempo guardamos', 'Quem tem acesso', 'Seus direitos e a quem pedir']) {
			await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
		}
		await expect(page.getByText('apagado depois de 7 dias sem uso')).toBeVisible();
		// TICKET_API_RETENTION_DAYS is the operator's: the static page names 365 only as the default.
		await expect(page.getByText('pelo prazo de retenção configurado no serviço (365 dias por padrão)')).toBeVisible();
		await expect(page.getByText('até 365 dias')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});
});

test.describe('compressão e cache', () => {
	test('as páginas chegam comprimidas, com ETag, e voltam 304 quando não mudaram', async ({ page }) => {
		const response = (await page.goto('/faq/'))!;
		const headers = await response.allHeaders();
		expect(['br', 'gzip']).toContain(headers['content-encoding']);
		expect(headers.vary).toBe('Accept-Encoding');
		expect(headers['cache-control']).toBe('no-cache');
		const tag = headers.etag!;
		const again = await page.request.get('/faq/', { headers: { 'If-None-Match': tag, 'Accept-Encoding': headers['content-encoding']! } });
		expect(again.status()).toBe(304);
		const script = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).find((name) => name.includes('/_astro/')));
		expect(script, 'a página carrega arquivos de /_astro/').toBeDefined();
		const asset = await page.request.get(new URL(script!).pathname);
		expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
	});
});

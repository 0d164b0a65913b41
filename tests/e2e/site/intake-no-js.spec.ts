import { expect, test, type Page } from '@playwright/test';
import { readCatalog } from '../../../src/utils/catalog';
import { expectNoAxeViolations } from '../support/a11y';
import { ticketsWithSubject } from '../support/tickets';

/**
 * The ticket form with JavaScript off: a plain HTML form posted to the ticket service, which
 * answers with a confirmation page or with the form refilled and its errors.
 */
test.use({ javaScriptEnabled: false });

const catalog = readCatalog('content');

/** A subject no other test uses, so its tickets can be counted in the shared database. */
function uniqueSubject(): string {
	return `Rejeição 539 ao transmitir a NF-e (sem JS ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)})`;
}

function form(page: Page) {
	return page.getByRole('form', { name: 'Formulário do ticket' });
}

async function fillValidTicket(page: Page, subject: string): Promise<void> {
	await form(page).getByLabel('Assunto').fill(subject);
	await form(page).getByLabel('Descrição').fill('Ao transmitir a NF-e pelo monitor, a SEFAZ devolve a rejeição 539. Acontece desde ontem na loja 3.');
	await form(page).getByLabel('Produto').selectOption({ label: 'ERP Consinco' });
	await form(page).getByLabel('Módulo').selectOption({ label: 'Fiscal' });
	await form(page).getByLabel('Versão instalada').fill('24.01.012');
	await form(page).getByRole('group', { name: 'Ambiente' }).getByLabel('Produção').check();
	await form(page).getByLabel('Nome').fill('Joana Lima');
	await form(page).getByLabel('E-mail').fill('joana.lima@mercado.com.br');
	await form(page).getByLabel('Empresa').fill('Mercado Boa Compra');
	await form(page).getByLabel('Sim, autorizo').check();
}

test.describe('abrir ticket sem JavaScript', () => {
	test('a lista de módulos oferece todos os módulos, agrupados por produto', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		const modules = form(page).getByLabel('Módulo');
		for (const product of catalog.products) {
			const names = catalog.modules.filter((module) => module.product === product.id).map((module) => module.name);
			await expect(modules.locator(`optgroup[label="${product.name}"] > option`)).toHaveText(names);
		}
	});

	test('um ticket válido leva à confirmação com o número, o e-mail das respostas e como acompanhar', async ({ page, request }) => {
		const subject = uniqueSubject();
		await page.goto('/abrir-ticket/');
		await fillValidTicket(page, subject);
		await form(page).getByRole('button', { name: 'Abrir ticket' }).click();

		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(/^Ticket aberto: LC-\d{6}$/);
		const id = (await heading.textContent())!.replace('Ticket aberto: ', '');
		await expect(page.getByRole('main')).toContainText('As respostas do Suporte chegam no e-mail joana.lima@mercado.com.br.');
		const main = page.getByRole('main');
		await expect(main).toContainText('Acompanhe o atendimento pelo link privado “Acompanhar este ticket”');
		await expect(main).toContainText('responda no próprio ticket, na página do link privado');
		await expect(main).not.toContainText('Portal do Cliente');
		await expect(main.getByRole('link', { name: 'Meus tickets' })).toHaveAttribute('href', '/acompanhar/');
		expect(await ticketsWithSubject(request, subject)).toEqual([id]);

		// A reload shows the same confirmation, and no second ticket.
		await page.reload();
		await expect(heading).toHaveText(`Ticket aberto: ${id}`);
		expect(await ticketsWithSubject(request, subject)).toEqual([id]);

		await page.getByRole('link', { name: 'Abrir outro ticket' }).click();
		await expect(page).toHaveURL('/abrir-ticket/');
	});

	test('um ticket inválido volta com os erros, um resumo e tudo o que foi digitado', async ({ page, request }) => {
		const subject = uniqueSubject();
		await page.goto('/abrir-ticket/');
		await fillValidTicket(page, subject);
		// A module of the other product, and a broken e-mail.
		await form(page).getByLabel('Módulo').selectOption({ label: 'Frente de Loja' });
		await form(page).getByLabel('E-mail').fill('joana.lima@');
		await form(page).getByLabel('Telefone').fill('(11) 3333-4444');
		await form(page).getByRole('button', { name: 'Abrir ticket' }).click();

		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrija o ticket antes de enviar');
		await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
		const summary = page.getByRole('heading', { name: 'Confira os campos abaixo' }).locator('..');
		await expect(summary.getByRole('link')).toHaveText([/^Módulo: O módulo deve pertencer ao produto escolhido/, /^E-mail: O e-mail deve ser um endereço válido/]);

		const module = form(page).getByLabel('Módulo');
		await expect(module).toHaveAttribute('aria-invalid', 'true');
		await expect(module).toHaveAccessibleDescription(/"frente-de-loja" é do produto "pdv"/);
		await expect(form(page).getByLabel('E-mail')).toHaveAccessibleDescription(/endereço válido/);
		// Every value typed is back.
		await expect(form(page).getByLabel('Assunto')).toHaveValue(subject);
		await expect(form(page).getByLabel('Descrição')).toHaveValue(/^Ao transmitir a NF-e pelo monitor/);
		await expect(form(page).getByLabel('Produto')).toHaveValue('erp');
		await expect(module).toHaveValue('frente-de-loja');
		await expect(form(page).getByLabel('Versão instalada')).toHaveValue('24.01.012');
		await expect(form(page).getByRole('group', { name: 'Ambiente' }).getByLabel('Produção')).toBeChecked();
		await expect(form(page).getByLabel('Nome')).toHaveValue('Joana Lima');
		await expect(form(page).getByLabel('E-mail')).toHaveValue('joana.lima@');
		await expect(form(page).getByLabel('Empresa')).toHaveValue('Mercado Boa Compra');
		await expect(form(page).getByLabel('Telefone')).toHaveValue('(11) 3333-4444');
		await expect(form(page).getByLabel('Sim, autorizo')).toBeChecked();
		expect(await ticketsWithSubject(request, subject)).toEqual([]);

		// Fixed, the same form opens the ticket.
		await module.selectOption({ label: 'Fiscal' });
		await form(page).getByLabel('E-mail').fill('joana.lima@mercado.com.br');
		await form(page).getByRole('button', { name: 'Abrir ticket' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Ticket aberto: LC-\d{6}$/);
		expect(await ticketsWithSubject(request, subject)).toHaveLength(1);
	});

	test('um clique duplo no envio abre um ticket só', async ({ page, request }) => {
		const subject = uniqueSubject();
		// The first post waits until the second one is sent, so both reach the service. On a busy
		// machine the browser may fold the second click into the first submission: the first post
		// then goes on after a bounded wait instead of hanging, and one ticket is still the rule.
		let releaseFirst!: () => void;
		const secondSent = new Promise<void>((resolve) => (releaseFirst = resolve));
		let posts = 0;
		await page.route('**/api/tickets/form', async (route) => {
			posts++;
			if (posts === 1) await Promise.race([secondSent, new Promise((resolve) => setTimeout(resolve, 3_000))]);
			else releaseFirst();
			await route.continue();
		});
		await page.goto('/abrir-ticket/');
		await fillValidTicket(page, subject);
		const send = form(page).getByRole('button', { name: 'Abrir ticket' });
		// Two real clicks on the button, the second while the first post is still under way.
		const box = (await send.boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(/^Ticket aberto: LC-\d{6}$/);
		const id = (await heading.textContent())!.replace('Ticket aberto: ', '');
		expect(await ticketsWithSubject(request, subject)).toEqual([id]);
	});

	test('cada visita da página recebe uma chave própria', async ({ page }) => {
		const keyField = page.locator('input[type="hidden"][name="idempotencyKey"]');
		await page.goto('/abrir-ticket/');
		const first = await keyField.inputValue();
		await page.goto('/abrir-ticket/');
		const second = await keyField.inputValue();
		expect(first).toMatch(/^[0-9a-f-]{36}$/);
		expect(second).toMatch(/^[0-9a-f-]{36}$/);
		expect(second).not.toBe(first);
	});
});

// axe runs in the page, so these checks need JavaScript on; the pages are the very ones above.
test.describe('páginas do formulário sem JavaScript: acessibilidade', () => {
	test.use({ javaScriptEnabled: true });
	// axe on a whole page takes long on a busy machine.
	test.slow();

	test('a página de erros não tem violações do axe', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		// form.submit() posts the form natively, as a browser without JavaScript does.
		await page.evaluate(() => document.querySelector<HTMLFormElement>('form[data-intake-form]')!.submit());
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrija o ticket antes de enviar');
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expectNoAxeViolations(page);
	});

	test('a confirmação não tem violações do axe', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		await fillValidTicket(page, uniqueSubject());
		await page.evaluate(() => document.querySelector<HTMLFormElement>('form[data-intake-form]')!.submit());
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Ticket aberto: LC-\d{6}$/);
		await expectNoAxeViolations(page);
	});
});

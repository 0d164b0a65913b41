import { expect, test, type Page } from '@playwright/test';
import { readCatalog } from '../../../src/utils/catalog';
import { expectNoAxeViolations } from '../support/a11y';

/**
 * The ticket-intake page with JavaScript: the confirmation survives a reload and copies its
 * number; a long pasted subject says it was cut; a module's "Abra um ticket" link prefills it.
 */
const catalog = readCatalog('content');
const DRAFT_KEY = 'central-de-ajuda:abrir-ticket:rascunho';

function form(page: Page) {
	return page.getByRole('form', { name: 'Formulário do ticket' });
}

async function fillValidTicket(page: Page, subject: string): Promise<void> {
	await form(page).getByLabel('Assunto').fill(subject);
	await form(page).getByLabel('Descrição').fill('Ao fechar o caixa, o movimento do dia não fecha e aparece a mensagem de divergência. Desde ontem, na loja 4.');
	await form(page).getByLabel('Produto').selectOption({ label: 'ERP Consinco' });
	await form(page).getByLabel('Módulo').selectOption({ label: 'Fiscal' });
	await form(page).getByLabel('Versão instalada').fill('24.01.012');
	await form(page).getByRole('group', { name: 'Ambiente' }).getByLabel('Homologação').check();
	await form(page).getByLabel('Nome').fill('Carlos Dias');
	await form(page).getByLabel('E-mail').fill('carlos.dias@mercado.com.br');
	await form(page).getByLabel('Empresa').fill('Mercado Dias');
	await form(page).getByLabel('Não autorizo').check();
}

test.describe('confirmação do ticket', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('continua na tela depois de recarregar, copia o número e diz onde chegam as respostas', async ({ page }) => {
		// A ticket, two reloads and axe: long on a busy machine.
		test.slow();
		await page.goto('/abrir-ticket/');
		await fillValidTicket(page, `Divergência no fechamento do caixa (${Date.now().toString(36)})`);
		await form(page).getByRole('button', { name: 'Abrir ticket' }).click();

		const confirmation = page.getByRole('region', { name: /^Ticket aberto: LC-\d{6}$/ });
		await expect(confirmation).toBeVisible();
		const id = (await confirmation.getByRole('heading', { level: 2 }).textContent())!.replace('Ticket aberto: ', '');

		await page.reload();
		await expect(page.getByRole('region', { name: `Ticket aberto: ${id}` })).toBeVisible();
		await expect(form(page)).toBeHidden();
		await expect(confirmation).toContainText('As respostas do Suporte chegam no e-mail carlos.dias@mercado.com.br.');
		await expect(confirmation).toContainText('Acompanhe o atendimento pelo link privado “Acompanhar este ticket”');
		await expect(confirmation).toContainText('responda no próprio ticket, na página do link privado');
		await expect(confirmation).not.toContainText('Portal do Cliente');
		await expect(confirmation.getByRole('link', { name: 'Meus tickets' })).toHaveAttribute('href', '/acompanhar/');

		await confirmation.getByRole('button', { name: 'Copiar número' }).click();
		await expect(confirmation.getByRole('status')).toHaveText(`Número ${id} copiado.`);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
		await expectNoAxeViolations(page);

		// A new ticket: the confirmation goes, for good.
		await confirmation.getByRole('button', { name: 'Abrir outro ticket' }).click();
		await expect(form(page)).toBeVisible();
		await expect(form(page).getByLabel('Assunto')).toBeFocused();
		await page.reload();
		await expect(form(page)).toBeVisible();
		await expect(page.getByRole('region', { name: /^Ticket aberto/ })).toBeHidden();
	});
});

test.describe('assunto colado longo demais', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('fica com os primeiros 150 caracteres e avisa que cortou', async ({ page }) => {
		const long = `Rejeição 539 ao transmitir a NF-e de transferência entre lojas, ${'com a mensagem de duplicidade de chave de acesso '.repeat(4)}`.trim();
		expect(long.length).toBeGreaterThan(150);
		await page.goto('/abrir-ticket/');
		const subject = form(page).getByLabel('Assunto');
		await page.evaluate((text) => navigator.clipboard.writeText(text), long);
		await subject.focus();
		await page.keyboard.press('ControlOrMeta+V');

		await expect(subject).toHaveValue(long.slice(0, 150));
		const note = form(page).getByRole('status').filter({ hasText: 'O texto colado' });
		await expect(note).toHaveText(`O texto colado tinha ${long.length} caracteres e o assunto aceita até 150: ficaram só os primeiros. Confira como terminou o assunto.`);
		// The draft keeps what the field shows.
		await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').values?.subject, DRAFT_KEY)).toBe(long.slice(0, 150));

		await subject.press('End');
		await subject.press('Backspace');
		await expect(note).toHaveCount(0);
	});
});

test.describe('link "Abra um ticket para o módulo"', () => {
	const fiscal = catalog.modules.find((module) => module.id === 'fiscal')!;
	const product = catalog.products.find((entry) => entry.id === fiscal.product)!;

	test('da página do módulo, abre o ticket com produto e módulo escolhidos', async ({ page }) => {
		await page.goto(`/faq/${fiscal.id}/`);
		await page.getByRole('link', { name: `Abra um ticket para o módulo ${fiscal.name}` }).click();
		await expect(page).toHaveURL(`/abrir-ticket/?produto=${product.id}&modulo=${fiscal.id}`);
		await expect(form(page).getByLabel('Produto')).toHaveValue(product.id);
		await expect(form(page).getByLabel('Módulo')).toHaveValue(fiscal.id);
	});

	test('não passa por cima de um rascunho que já tem módulo', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		await form(page).getByLabel('Produto').selectOption({ label: 'PDV Consinco' });
		const pdvModule = catalog.modules.find((module) => module.product === 'pdv')!;
		await form(page).getByLabel('Módulo').selectOption(pdvModule.id);
		await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').values?.module, DRAFT_KEY)).toBe(pdvModule.id);

		await page.goto(`/abrir-ticket/?produto=${product.id}&modulo=${fiscal.id}`);
		await expect(page.getByText('Recuperamos o que você tinha escrito')).toBeVisible();
		await expect(form(page).getByLabel('Produto')).toHaveValue('pdv');
		await expect(form(page).getByLabel('Módulo')).toHaveValue(pdvModule.id);
	});
});

test.describe('antes de o script da página carregar', () => {
	test('o que o cliente já digitou e escolheu fica, e os módulos passam a seguir o produto', async ({ page }) => {
		// A slow connection: the page's scripts arrive only after the customer started filling the form.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/*.js', async (route) => {
			await held;
			await route.continue();
		});
		// (module scripts hold DOMContentLoaded back: wait for the form itself)
		await page.goto('/abrir-ticket/', { waitUntil: 'commit' });
		const pdv = catalog.products.find((product) => product.id === 'pdv')!;
		await form(page).getByLabel('Assunto').fill('Sangria não aparece na tesouraria');
		await form(page).getByLabel('Produto').selectOption(pdv.id);
		await form(page).getByLabel('Nome').fill('Carlos Dias');
		expect(await page.evaluate(() => Boolean(customElements.get('ticket-intake')))).toBe(false);

		release();
		await page.waitForFunction(() => Boolean(customElements.get('ticket-intake')));
		await expect(form(page).getByLabel('Assunto')).toHaveValue('Sangria não aparece na tesouraria');
		await expect(form(page).getByLabel('Produto')).toHaveValue(pdv.id);
		await expect(form(page).getByLabel('Nome')).toHaveValue('Carlos Dias');
		const names = catalog.modules.filter((module) => module.product === pdv.id).map((module) => module.name);
		await expect(form(page).getByLabel('Módulo').locator('option:not([value=""])')).toHaveText(names);
		// …and it is in the draft, so a reload keeps it too
		await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').values?.subject, DRAFT_KEY)).toBe('Sangria não aparece na tesouraria');
	});
});

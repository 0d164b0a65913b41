import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';
import { expireMyTicketsLink, openTicketWithLink, requestMyTicketsLink, staffSetsStatus } from '../support/tracking';

/** The customer follows a ticket by its private link: /acompanhar/ (pages of the ticket service). */

function uniqueSubject(what: string): string {
	return `Rejeição 539 ao emitir NF-e (${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)})`;
}

const facts = (page: import('@playwright/test').Page) => page.locator('.ticket-facts');

test.describe('acompanhar um ticket pelo link privado', () => {
	test('mostra status, prazo em dias úteis e histórico, e a resposta do cliente devolve o ticket ao analista', async ({ page, request }) => {
		const subject = uniqueSubject('acompanhar');
		const { id, link } = await openTicketWithLink(request, subject);
		await page.goto(link);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ticket ${id}: ${subject}`);
		await expect(facts(page)).toContainText('StatusNovo');
		await expect(page.getByRole('heading', { name: /^Responda até/ })).toHaveCount(0);
		await expectNoAxeViolations(page);

		await staffSetsStatus(request, id, 'pendencia-cliente', 'Envie o XML da nota rejeitada, por favor.');
		await page.reload();
		await expect(facts(page)).toContainText('StatusPendência do Cliente');
		await expect(page.getByRole('heading', { name: /^Responda até \S+, \d{1,2} de \S+ de \d{4}$/ })).toBeVisible();
		await expect(page.getByRole('main')).toContainText('são 7 dias úteis');
		await expect(page.getByRole('list').filter({ hasText: 'Envie o XML da nota rejeitada' })).toBeVisible();
		await expectNoAxeViolations(page);

		await page.getByRole('textbox', { name: 'Sua resposta' }).fill('XML anexado no portal; a rejeição continua.');
		await page.getByRole('button', { name: 'Enviar resposta' }).click();
		await expect(page.getByRole('status')).toHaveText('Sua resposta foi registrada no histórico e o analista foi avisado.');
		await expect(facts(page)).toContainText('StatusEm atendimento');
		await expect(page.getByRole('heading', { name: /^Responda até/ })).toHaveCount(0);
		const latest = page.locator('.ticket-history li').first();
		await expect(latest).toContainText('Cliente (Joana Lima)');
		await expect(latest).toContainText('Pendência do Cliente → Em atendimento');
		await expect(page.locator('.ticket-history li').nth(1)).toContainText('XML anexado no portal; a rejeição continua.');
	});

	test('uma resposta vazia é recusada com a mensagem ao lado do campo', async ({ page, request }) => {
		const { link } = await openTicketWithLink(request, uniqueSubject('vazia'));
		await page.goto(link);
		await page.getByRole('button', { name: 'Enviar resposta' }).click();
		const box = page.getByRole('textbox', { name: 'Sua resposta' });
		await expect(box).toHaveAttribute('aria-invalid', 'true');
		await expect(box).toHaveAccessibleDescription(/A mensagem deve ter de 2 a/);
		await expectNoAxeViolations(page);
	});

	test('num ticket encerrado, o cliente abre um Acompanhamento com novo código e todo o histórico', async ({ page, request }) => {
		const { id, link } = await openTicketWithLink(request, uniqueSubject('acompanhamento'));
		await staffSetsStatus(request, id, 'em-atendimento', 'Analisando o XML.');
		await staffSetsStatus(request, id, 'encerrado', 'Corrigido na versão 24.01.013.');
		await page.goto(link);
		await expect(page.getByRole('button', { name: 'Enviar resposta' })).toHaveCount(0);
		await expectNoAxeViolations(page);

		await page.getByRole('textbox', { name: 'O que ainda precisa ser resolvido' }).fill('A rejeição voltou depois da atualização de ontem.');
		await page.getByRole('button', { name: 'Abrir Acompanhamento' }).click();
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toHaveText(/^Ticket LC-\d{6}: /);
		const newId = /LC-\d{6}/.exec((await heading.textContent())!)![0];
		expect(newId).not.toBe(id);
		await expect(page.getByRole('status')).toContainText('Acompanhamento aberto');
		await expect(facts(page)).toContainText(`Acompanhamento de${id}`);
		const history = page.locator('.ticket-history');
		await expect(history).toContainText('Corrigido na versão 24.01.013.');
		await expect(history).toContainText('A rejeição voltou depois da atualização de ontem.');
		await expectNoAxeViolations(page);

		// The old ticket now points to its Acompanhamento.
		await page.goto(link);
		await page.getByRole('link', { name: newId }).click();
		await expect(heading).toHaveText(new RegExp(`^Ticket ${newId}: `));
	});

	test('a pesquisa de satisfação registra a avaliação sem mudar o ticket', async ({ page, request }) => {
		const { id, link } = await openTicketWithLink(request, uniqueSubject('pesquisa'));
		await staffSetsStatus(request, id, 'validacao-cliente', 'Corrigido na versão 24.01.013.');
		await page.goto(link.replace('/acompanhar/', '/acompanhar/pesquisa/'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Pesquisa de satisfação do ticket ${id}`);
		await expectNoAxeViolations(page);
		await page.getByRole('group', { name: 'Como você avalia o atendimento?' }).getByLabel('Satisfeito', { exact: true }).check();
		await page.getByRole('button', { name: 'Enviar avaliação' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Obrigado pela avaliação');
		await expect(page.getByRole('main')).toContainText('continua em Validação Cliente');
		await expectNoAxeViolations(page);
	});

	test('"Meus tickets" pede o e-mail e recusa um e-mail inválido sem perder o que foi digitado', async ({ page }) => {
		await page.goto('/acompanhar/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meus tickets');
		await expectNoAxeViolations(page);
		const email = page.getByRole('textbox', { name: 'Seu e-mail' });
		await email.fill('joana.lima@');
		await page.getByRole('button', { name: 'Receber o link dos meus tickets' }).click();
		await expect(email).toHaveValue('joana.lima@');
		await expect(email).toHaveAccessibleDescription('Informe um e-mail válido, como nome@empresa.com.br.');
		await email.fill('joana.lima@mercado.com.br');
		await page.getByRole('button', { name: 'Receber o link dos meus tickets' }).click();
		await expect(page.getByRole('status')).toContainText('o link para a lista chega nesse e-mail');
		await expectNoAxeViolations(page);
	});

	test('um link inválido leva a uma página 404 clara', async ({ page }) => {
		const response = await page.goto(`/acompanhar/?t=${'A'.repeat(43)}`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Link de acompanhamento inválido');
		await expect(page.getByRole('button', { name: 'Receber o link dos meus tickets' })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('o link de "Meus tickets" que chega por e-mail lista os tickets do e-mail e vale um só acesso', async ({ page, request, baseURL }) => {
		const email = `joana.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@mercado.com.br`;
		const first = await openTicketWithLink(request, uniqueSubject('lista'), email);
		const secondSubject = uniqueSubject('lista pendente');
		const second = await openTicketWithLink(request, secondSubject, email);
		await staffSetsStatus(request, second.id, 'pendencia-cliente', 'Envie o XML da nota rejeitada, por favor.');

		const link = await requestMyTicketsLink(request, baseURL!, email);
		const response = await page.goto(link);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meus tickets');
		await expect(page.getByRole('main')).toContainText(`Tickets abertos com o e-mail ${email}.`);
		const rows = page.getByRole('table', { name: 'Seus tickets, do mais recente para o mais antigo' }).getByRole('row');
		// The header and one row per ticket, the newest first.
		await expect(rows).toHaveCount(3);
		await expect(rows.nth(1)).toContainText(second.id);
		await expect(rows.nth(1)).toContainText(secondSubject);
		await expect(rows.nth(1)).toContainText('Pendência do Cliente');
		await expect(rows.nth(1).getByRole('cell').last()).toHaveText(/^\S+, \d{1,2} de \S+ de \d{4}$/);
		await expect(rows.nth(2)).toContainText(first.id);
		await expect(rows.nth(2)).toContainText('Novo');
		await expectNoAxeViolations(page);

		// Each row opens the ticket's own page.
		await rows.nth(2).getByRole('link', { name: first.id }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Ticket ${first.id}: `));

		const reused = await page.goto(link);
		expect(reused?.status()).toBe(410);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Link já usado');
		await expect(page.getByRole('textbox', { name: 'Seu e-mail' })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('um link de "Meus tickets" vencido leva a uma página 410 clara', async ({ page, request, baseURL }) => {
		const email = `joana.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@mercado.com.br`;
		await openTicketWithLink(request, uniqueSubject('vencido'), email);
		const link = await requestMyTicketsLink(request, baseURL!, email);
		expireMyTicketsLink(baseURL!, link);
		const response = await page.goto(link);
		expect(response?.status()).toBe(410);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Link vencido');
		await expect(page.getByRole('button', { name: 'Receber o link dos meus tickets' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test.describe('tema escuro', () => {
	test.use({ colorScheme: 'dark' });

	test('a página do ticket com o aviso de prazo passa no axe', async ({ page, request }) => {
		const { id, link } = await openTicketWithLink(request, uniqueSubject('escuro'));
		await staffSetsStatus(request, id, 'pendencia-cliente', 'Envie o XML da nota rejeitada, por favor.');
		await page.goto(link);
		await expect(page.getByRole('heading', { name: /^Responda até/ })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test.describe('confirmação da página Abrir ticket (com JavaScript)', () => {
	test('traz o link privado logo depois do envio, e o link abre o ticket', async ({ page }) => {
		test.slow();
		const subject = uniqueSubject('confirmação');
		await page.goto('/abrir-ticket/');
		const form = page.getByRole('form', { name: 'Formulário do ticket' });
		await form.getByLabel('Assunto').fill(subject);
		await form.getByLabel('Descrição').fill('Ao transmitir a NF-e pelo monitor, a SEFAZ devolve a rejeição 539 desde ontem na loja 3.');
		await form.getByLabel('Produto').selectOption({ label: 'ERP Consinco' });
		await form.getByLabel('Módulo').selectOption({ label: 'Fiscal' });
		await form.getByLabel('Versão instalada').fill('24.01.012');
		await form.getByRole('group', { name: 'Ambiente' }).getByLabel('Produção').check();
		await form.getByLabel('Nome').fill('Joana Lima');
		await form.getByLabel('E-mail').fill('joana.lima@mercado.com.br');
		await form.getByLabel('Empresa').fill('Mercado Boa Compra');
		await form.getByLabel('Sim, autorizo').check();
		await form.getByRole('button', { name: 'Abrir ticket' }).click();

		const confirmation = page.getByRole('region', { name: /^Ticket aberto: LC-\d{6}$/ });
		await expect(confirmation).toBeVisible();
		const id = (await confirmation.getByRole('heading', { level: 2 }).textContent())!.replace('Ticket aberto: ', '');
		await expect(confirmation).toContainText('link privado para acompanhar este ticket');
		await confirmation.getByRole('link', { name: 'Acompanhar este ticket' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ticket ${id}: ${subject}`);
		await expect(page).toHaveURL(/\/acompanhar\/\?t=[A-Za-z0-9_-]{43}$/);
	});
});

import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test';
import { expectNoAxeViolations } from '../support/a11y';
import { ADMIN, ticketsWithSubject } from '../support/tickets';

/**
 * The ticket-intake page on the FAQ fixture corpus (tests/fixtures/faq-corpus), served with the ticket service
 * (scripts/serve-site.ts: fresh database, admin token "teste-admin-0123456789abcdefghijklmn").
 */

const TITLE_204 = 'Rejeição 204 duplicidade de NF-e';
const ARTICLE_204 = { id: 'fiscal/rejeicao-204-nfe-ja-autorizada', title: 'Rejeição 204: duplicidade de NF-e ao transmitir a nota' };
const DRAFT_KEY = 'central-de-ajuda:abrir-ticket:rascunho';

/** A subject no other test uses, so tickets can be told apart in the shared database. */
function uniqueSubject(base = TITLE_204): string {
	return `${base} (teste ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)})`;
}

interface TicketFields {
	subject: string;
	/** Type the subject last, so its suggestions arrive after the form is sent. */
	subjectLast?: boolean;
	description?: string;
	routine?: string;
	phone?: string;
}

const DESCRIPTION = 'Ao transmitir a NF-e de transferência pelo monitor, a SEFAZ devolve a rejeição 204. Acontece desde ontem, na loja 12.';

async function fillTicket(page: Page, fields: TicketFields): Promise<void> {
	if (!fields.subjectLast) await form(page).getByLabel('Assunto').fill(fields.subject);
	await form(page).getByLabel('Descrição').fill(fields.description ?? DESCRIPTION);
	await form(page).getByLabel('Produto').selectOption({ label: 'ERP Consinco' });
	await form(page).getByLabel('Módulo').selectOption({ label: 'Fiscal' });
	if (fields.routine) await form(page).getByLabel('Rotina').fill(fields.routine);
	await form(page).getByLabel('Versão instalada').fill('24.01.012');
	await form(page).getByRole('group', { name: 'Ambiente' }).getByLabel('Produção').check();
	await form(page).getByLabel('Nome').fill('Maria Souza');
	await form(page).getByLabel('E-mail').fill('maria.souza@mercado.com.br');
	await form(page).getByLabel('Empresa').fill('Supermercado Bom Preço');
	if (fields.phone) await form(page).getByLabel('Telefone').fill(fields.phone);
	await form(page).getByLabel('Sim, autorizo').check();
	if (fields.subjectLast) await form(page).getByLabel('Assunto').fill(fields.subject);
}

/** The ticket form: labels are looked up inside it (the header has a search box too). */
function form(page: Page) {
	return page.getByRole('form', { name: 'Formulário do ticket' });
}

function suggestions(page: Page) {
	return page.getByRole('region', { name: 'Artigos sugeridos' });
}

async function readTicket(request: APIRequestContext, id: string) {
	const response = await request.get(`/api/tickets/${id}`, { headers: ADMIN });
	expect(response.status(), `GET /api/tickets/${id}`).toBe(200);
	return (await response.json()) as Record<string, any>;
}

function ticketPosts(page: Page): Request[] {
	const posts: Request[] = [];
	page.on('request', (request) => {
		if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/tickets') posts.push(request);
	});
	return posts;
}

const submitButton = (page: Page) => page.getByRole('button', { name: 'Abrir ticket' });

test.describe('sugestões de artigos', () => {
	test('aparecem para o assunto digitado, em ordem, e são alcançáveis pelo teclado', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		const subject = form(page).getByLabel('Assunto');
		await subject.focus();
		// Two letters are too short to ask for suggestions (the delay itself is unit-tested).
		await page.keyboard.type('Re');
		await expect(suggestions(page)).toHaveCount(0);

		await page.keyboard.type(TITLE_204.slice(2));
		// The list answering the whole title, not one shown for part of it during a pause.
		await expect(page.locator('ticket-intake')).toHaveAttribute('data-suggestions-for', TITLE_204.trim().replace(/\s+/g, ' '));
		const region = suggestions(page);
		await expect(region).toBeVisible();
		const links = region.getByRole('link');
		await expect(links.first()).toHaveAccessibleName(ARTICLE_204.title);
		await expect(links.first()).toHaveAttribute('href', `/faq/${ARTICLE_204.id}/`);
		expect(await links.count()).toBeLessThanOrEqual(5);
		await expect(region.getByRole('listitem').first()).toContainText('SEFAZ já tem uma NF-e autorizada');
		await expect(page.getByRole('status').filter({ hasText: /artigos? sugeridos? para o assunto/ })).toHaveCount(1);

		// Keyboard: from the subject, Tab reaches the first suggestion, then its button.
		await subject.focus();
		await page.keyboard.press('Tab');
		await expect(links.first()).toBeFocused();
		await page.keyboard.press('Tab');
		const resolved = region.getByRole('button', { name: 'Isso resolveu meu problema' }).first();
		await expect(resolved).toBeFocused();
		await expect(resolved).toHaveAccessibleDescription(ARTICLE_204.title);
	});

	test('nada relevante: nenhuma sugestão, sem ruído', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		await form(page).getByLabel('Assunto').fill('xyzzy qwrtp zzkq');
		// The page marks which subject the list it shows answers, an empty list included.
		await expect(page.locator('ticket-intake')).toHaveAttribute('data-suggestions-for', 'xyzzy qwrtp zzkq');
		await expect(suggestions(page)).toHaveCount(0);
		// A relevant title, then text that is too short: the list goes away.
		await form(page).getByLabel('Assunto').fill(TITLE_204);
		await expect(suggestions(page)).toBeVisible();
		await form(page).getByLabel('Assunto').fill('Re');
		await expect(suggestions(page)).toHaveCount(0);
	});

	test('"Isso resolveu meu problema" registra a deflexão e agradece, sem abrir ticket', async ({ page }) => {
		const posts = ticketPosts(page);
		await page.goto('/abrir-ticket/');
		await form(page).getByLabel('Assunto').fill(TITLE_204);
		await form(page).getByLabel('Descrição').fill(DESCRIPTION);
		const button = suggestions(page).getByRole('listitem').filter({ hasText: ARTICLE_204.title }).getByRole('button', { name: 'Isso resolveu meu problema' });
		const deflection = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith('/api/deflections'));
		const answered = page.waitForResponse((response) => response.url().endsWith('/api/deflections'));
		await button.click();
		expect((await deflection).postDataJSON()).toEqual({ subject: TITLE_204, article: ARTICLE_204.id, outcome: 'resolvido' });
		expect((await answered).status()).toBe(204);

		const thanks = page.getByRole('heading', { name: 'Que bom que resolveu!' });
		await expect(thanks).toBeVisible();
		await expect(thanks).toBeFocused();
		await expect(page.getByText('Nenhum ticket foi aberto.')).toBeVisible();
		expect(posts).toHaveLength(0);

		// The draft stays until the customer chooses to clear it.
		expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toContain('Rejeição 204');
		await page.getByRole('button', { name: 'Limpar o formulário' }).click();
		await expect(form(page).getByLabel('Assunto')).toHaveValue('');
		await expect(form(page).getByLabel('Descrição')).toHaveValue('');
		await expect(form(page).getByLabel('Assunto')).toBeFocused();
		expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
	});
});

test.describe('envio do ticket', () => {
	test('abrir uma sugestão mantém o rascunho; o ticket leva os artigos sugeridos e abertos', async ({ page, request }) => {
		const subject = uniqueSubject();
		await page.goto('/abrir-ticket/');
		await fillTicket(page, { subject, routine: 'FIS0210', phone: '(11) 3333-4444' });
		await suggestions(page).getByRole('link', { name: ARTICLE_204.title }).click();
		await expect(page).toHaveURL(`/faq/${ARTICLE_204.id}/`);
		await page.goBack();
		await expect(form(page).getByLabel('Assunto')).toHaveValue(subject);
		await expect(form(page).getByLabel('Módulo')).toHaveValue('fiscal');
		await expect(form(page).getByLabel('Sim, autorizo')).toBeChecked();
		await expect(suggestions(page).getByRole('link', { name: ARTICLE_204.title })).toBeVisible();

		const posts = ticketPosts(page);
		await submitButton(page).dblclick();
		const confirmation = page.getByRole('heading', { name: /^Ticket aberto: LC-\d{6}$/ });
		await expect(confirmation).toBeVisible();
		await expect(confirmation).toBeFocused();
		const id = (await confirmation.textContent())!.replace('Ticket aberto:', '').trim();
		const next = page.getByRole('region', { name: `Ticket aberto: ${id}` });
		for (const text of ['Pendência do Cliente', '7 dias úteis', 'Validação Cliente', '5 dias úteis', 'Acompanhamento', 'novo código de ticket', 'não reabre o ticket']) {
			await expect(next).toContainText(text);
		}

		// A double click sends once at most; the same key either way.
		expect(new Set(posts.map((post) => post.headers()['idempotency-key'])).size).toBe(1);
		expect(await ticketsWithSubject(request, subject)).toEqual([id]);

		const ticket = await readTicket(request, id);
		expect(ticket).toMatchObject({
			id,
			status: 'novo',
			subject,
			description: DESCRIPTION,
			product: 'erp',
			module: 'fiscal',
			routine: 'FIS0210',
			version: '24.01.012',
			environment: 'producao',
			requester: { name: 'Maria Souza', email: 'maria.souza@mercado.com.br', company: 'Supermercado Bom Preço', phone: '(11) 3333-4444' },
			remoteAccess: true,
		});
		expect(ticket.deflection.suggested).toContain(ARTICLE_204.id);
		expect(ticket.deflection.opened).toEqual([ARTICLE_204.id]);

		// The draft is gone: a reload keeps the confirmation, and a new ticket starts empty.
		expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
		await page.reload();
		const kept = page.getByRole('region', { name: `Ticket aberto: ${id}` });
		await expect(kept).toBeVisible();
		await kept.getByRole('button', { name: 'Abrir outro ticket' }).click();
		await expect(form(page).getByLabel('Assunto')).toHaveValue('');
	});

	test('enquanto envia, o botão fica desabilitado e mostra o progresso', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		await fillTicket(page, { subject: uniqueSubject() });
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/api/tickets', async (route) => {
			await held;
			await route.continue();
		});
		await submitButton(page).click();
		const sending = page.getByRole('button', { name: 'Enviando…' });
		await expect(sending).toBeDisabled();
		await expect(sending).toHaveAttribute('aria-busy', 'true');
		await expect(page.getByRole('status').filter({ hasText: 'Enviando o ticket…' })).toBeVisible();
		release();
		await expect(page.getByRole('heading', { name: /^Ticket aberto: LC-\d{6}$/ })).toBeVisible();
	});

	test('serviço fora do ar: o rascunho fica, e ao voltar "Tentar novamente" abre um único ticket', async ({ page, request }) => {
		const subject = uniqueSubject();
		const posts = ticketPosts(page);
		await page.goto('/abrir-ticket/');
		await fillTicket(page, { subject });
		await page.route('**/api/tickets', (route) => route.abort('failed'));
		await submitButton(page).click();
		await expect(page.getByRole('status').filter({ hasText: 'Não foi possível falar com o serviço de tickets' })).toBeVisible();
		const retry = page.getByRole('button', { name: 'Tentar novamente' });
		await expect(retry).toBeFocused();
		await expect(form(page).getByLabel('Assunto')).toHaveValue(subject);
		await expect(submitButton(page)).toBeEnabled();
		const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY))!);
		expect(saved.values.subject).toBe(subject);

		// Still down: a second failure changes nothing.
		await retry.click();
		await expect(retry).toBeFocused();
		expect(await ticketsWithSubject(request, subject)).toEqual([]);

		await page.unroute('**/api/tickets');
		await retry.click();
		const confirmation = page.getByRole('heading', { name: /^Ticket aberto: LC-\d{6}$/ });
		await expect(confirmation).toBeVisible();
		const id = (await confirmation.textContent())!.replace('Ticket aberto:', '').trim();

		expect(posts.length).toBe(3);
		expect(new Set(posts.map((post) => post.headers()['idempotency-key']))).toEqual(new Set([saved.idempotencyKey]));
		expect(await ticketsWithSubject(request, subject)).toEqual([id]);
	});

	test('resposta perdida: o pedido chega, a resposta não; a nova tentativa confirma o mesmo ticket', async ({ page, request }) => {
		const subject = uniqueSubject();
		const posts = ticketPosts(page);
		await page.goto('/abrir-ticket/');
		// The subject goes last and the form is sent at once: the suggestions arrive while the
		// request is in flight, and the retry must still send the very same body (no 409).
		await fillTicket(page, { subject, subjectLast: true });
		let stored: { id: string } | undefined;
		await page.route('**/api/tickets', async (route) => {
			const response = await route.fetch();
			stored = (await response.json()) as { id: string };
			expect(response.status()).toBe(201);
			await expect(suggestions(page).getByRole('link', { name: ARTICLE_204.title })).toBeVisible();
			await route.abort('connectionreset');
		});
		await submitButton(page).click();
		await expect(page.getByRole('status').filter({ hasText: 'Não foi possível falar com o serviço de tickets' })).toBeVisible();
		expect(stored?.id).toMatch(/^LC-\d{6}$/);
		await page.unroute('**/api/tickets');

		const replay = page.waitForResponse((response) => response.url().endsWith('/api/tickets'));
		await page.getByRole('button', { name: 'Tentar novamente' }).click();
		expect((await replay).status()).toBe(200);
		await expect(page.getByRole('heading', { name: `Ticket aberto: ${stored!.id}` })).toBeVisible();
		expect(posts).toHaveLength(2);
		expect(posts[1]!.postData()).toBe(posts[0]!.postData());
		expect(posts[1]!.headers()['idempotency-key']).toBe(posts[0]!.headers()['idempotency-key']);
		expect(await ticketsWithSubject(request, subject)).toEqual([stored!.id]);
	});

	test('editar depois de uma resposta perdida: o conflito é explicado e o rascunho fica', async ({ page, request }) => {
		const subject = uniqueSubject();
		await page.goto('/abrir-ticket/');
		await fillTicket(page, { subject });
		await page.route('**/api/tickets', async (route) => {
			await route.fetch();
			await route.abort('connectionreset');
		});
		await submitButton(page).click();
		await expect(page.getByRole('button', { name: 'Tentar novamente' })).toBeVisible();
		await page.unroute('**/api/tickets');
		await form(page).getByLabel('Rotina').fill('FIS0210');
		await submitButton(page).click();
		await expect(page.getByRole('status').filter({ hasText: 'já tinha sido recebida pelo Suporte' })).toBeVisible();
		await expect(form(page).getByLabel('Rotina')).toHaveValue('FIS0210');
		expect(await ticketsWithSubject(request, subject)).toHaveLength(1);
		// Sending again on purpose opens a ticket with the current content, under a new key.
		await submitButton(page).click();
		await expect(page.getByRole('heading', { name: /^Ticket aberto: LC-\d{6}$/ })).toBeVisible();
		expect(await ticketsWithSubject(request, subject)).toHaveLength(2);
	});

	test('429 e 5xx: mensagem clara, rascunho mantido, mesma chave ao tentar de novo', async ({ page }) => {
		const posts = ticketPosts(page);
		await page.goto('/abrir-ticket/');
		await fillTicket(page, { subject: uniqueSubject() });
		await page.route('**/api/tickets', (route) =>
			route.fulfill({
				status: 429,
				headers: { 'Retry-After': '30' },
				json: { error: { code: 'rate_limited', message: 'Muitos envios em pouco tempo.' } },
			}),
		);
		await submitButton(page).click();
		await expect(page.getByRole('status').filter({ hasText: 'Aguarde 30 segundos' })).toBeVisible();
		await page.unroute('**/api/tickets');
		await page.route('**/api/tickets', (route) =>
			route.fulfill({ status: 503, json: { error: { code: 'storage_unavailable', message: 'Armazenamento indisponível.' } } }),
		);
		await page.getByRole('button', { name: 'Tentar novamente' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'erro 503' })).toBeVisible();
		await page.unroute('**/api/tickets');
		await page.getByRole('button', { name: 'Tentar novamente' }).click();
		await expect(page.getByRole('heading', { name: /^Ticket aberto: LC-\d{6}$/ })).toBeVisible();
		expect(posts).toHaveLength(3);
		expect(new Set(posts.map((post) => post.headers()['idempotency-key'])).size).toBe(1);
	});

	test('422 da API: a mensagem aparece junto do campo, que recebe o foco', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		await fillTicket(page, { subject: uniqueSubject() });
		const message = 'A versão 24.01.012 não é atendida por este canal.';
		await page.route('**/api/tickets', (route) =>
			route.fulfill({
				status: 422,
				json: { error: { code: 'validation_failed', message: 'Um campo precisa de correção antes de abrir o chamado.', fields: [{ path: 'version', message }] } },
			}),
		);
		await submitButton(page).click();
		const version = form(page).getByLabel('Versão instalada');
		await expect(version).toBeFocused();
		await expect(version).toHaveAttribute('aria-invalid', 'true');
		await expect(version).toHaveAccessibleDescription(new RegExp(message.replace(/\./g, '\\.')));
		await expect(page.getByRole('link', { name: `Versão instalada: ${message}` })).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Um campo precisa de correção' })).toBeVisible();
		await expect(form(page).getByLabel('Assunto')).not.toHaveAttribute('aria-invalid', 'true');
		// Nothing typed is lost.
		await expect(version).toHaveValue('24.01.012');
	});

	test('validação na página: mensagens junto dos campos, resumo e foco no primeiro campo errado', async ({ page }) => {
		const posts = ticketPosts(page);
		await page.goto('/abrir-ticket/');
		await form(page).getByLabel('Descrição').fill('curta');
		await submitButton(page).click();
		const subject = form(page).getByLabel('Assunto');
		await expect(subject).toBeFocused();
		await expect(subject).toHaveAttribute('aria-invalid', 'true');
		await expect(subject).toHaveAccessibleDescription(/Informe o assunto\./);
		await expect(form(page).getByLabel('Descrição')).toHaveAccessibleDescription(/A descrição deve ter de 30 a 20000 caracteres\./);
		await expect(form(page).getByRole('group', { name: 'Ambiente' }).getByLabel('Produção')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Responda se autoriza o acesso remoto quando o analista pedir.').first()).toBeVisible();
		const summary = page.getByRole('heading', { name: 'Confira os campos abaixo' });
		await expect(summary).toBeVisible();
		await page.getByRole('link', { name: /^E-mail: / }).click();
		await expect(form(page).getByLabel('E-mail')).toBeFocused();
		expect(posts).toHaveLength(0);

		// Fixing a field clears its message as the customer types.
		await subject.fill('Rejeição 204 ao transmitir a nota');
		await expect(subject).not.toHaveAttribute('aria-invalid', 'true');
		await form(page).getByLabel('E-mail').fill('maria@');
		await expect(form(page).getByLabel('E-mail')).toHaveAccessibleDescription(/endereço válido/);
	});
});

test.describe('formulário', () => {
	test('recarregar a página restaura todos os campos', async ({ page }) => {
		const subject = uniqueSubject('Transferência entre lojas não chega ao destino');
		await page.goto('/abrir-ticket/');
		await form(page).getByLabel('Assunto').fill(subject);
		await form(page).getByLabel('Descrição').fill(DESCRIPTION);
		await form(page).getByLabel('Produto').selectOption({ label: 'PDV Consinco' });
		await form(page).getByLabel('Módulo').selectOption({ label: 'Frente de Loja' });
		await form(page).getByLabel('Rotina').fill('PDV0001');
		await form(page).getByLabel('Versão instalada').fill('3.2.1');
		await form(page).getByRole('group', { name: 'Ambiente' }).getByLabel('Homologação').check();
		await form(page).getByLabel('Nome').fill('João Lima');
		await form(page).getByLabel('E-mail').fill('joao@loja.com.br');
		await form(page).getByLabel('Empresa').fill('Rede Exemplo');
		await form(page).getByLabel('Telefone').fill('11 99999-0000');
		await form(page).getByLabel('Não autorizo').check();
		await page.reload();

		await expect(form(page).getByLabel('Assunto')).toHaveValue(subject);
		await expect(form(page).getByLabel('Descrição')).toHaveValue(DESCRIPTION);
		await expect(form(page).getByLabel('Produto')).toHaveValue('pdv');
		await expect(form(page).getByLabel('Módulo')).toHaveValue('frente-de-loja');
		await expect(form(page).getByLabel('Rotina')).toHaveValue('PDV0001');
		await expect(form(page).getByLabel('Versão instalada')).toHaveValue('3.2.1');
		await expect(form(page).getByRole('group', { name: 'Ambiente' }).getByLabel('Homologação')).toBeChecked();
		await expect(form(page).getByLabel('Nome')).toHaveValue('João Lima');
		await expect(form(page).getByLabel('E-mail')).toHaveValue('joao@loja.com.br');
		await expect(form(page).getByLabel('Empresa')).toHaveValue('Rede Exemplo');
		await expect(form(page).getByLabel('Telefone')).toHaveValue('11 99999-0000');
		await expect(form(page).getByLabel('Não autorizo')).toBeChecked();
		await expect(page.getByText('Recuperamos o que você tinha escrito')).toBeVisible();
	});

	test('a lista de módulos acompanha o produto', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		const modules = form(page).getByLabel('Módulo');
		await form(page).getByLabel('Produto').selectOption('pdv');
		await expect(modules.locator('option:not([value=""])')).toHaveText(['Frente de Loja']);
		await form(page).getByLabel('Produto').selectOption('erp');
		await expect(modules.locator('option:not([value=""])')).toHaveText(['Fiscal', 'Estoque', 'Financeiro', 'Comercial / Preços', 'Compras', 'Acesso e Licenciamento']);
		await modules.selectOption('estoque');
		await form(page).getByLabel('Produto').selectOption('pdv');
		await expect(modules).toHaveValue('');
	});

	test('campos com rótulo, obrigatórios marcados, autocomplete, e nunca pede usuário nem senha', async ({ page }) => {
		await page.goto('/abrir-ticket/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Abrir ticket');
		await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Abrir ticket' })).toHaveAttribute('aria-current', 'page');
		for (const label of ['Assunto', 'Descrição', 'Produto', 'Módulo', 'Versão instalada', 'Nome', 'E-mail', 'Empresa']) {
			await expect(form(page).getByLabel(label, { exact: false }).first()).toHaveAttribute('required', '');
		}
		await expect(form(page).getByLabel('Rotina')).not.toHaveAttribute('required', '');
		await expect(form(page).getByLabel('Telefone')).not.toHaveAttribute('required', '');
		await expect(form(page).getByLabel('Nome')).toHaveAttribute('autocomplete', 'name');
		await expect(form(page).getByLabel('E-mail')).toHaveAttribute('autocomplete', 'email');
		await expect(form(page).getByLabel('Empresa')).toHaveAttribute('autocomplete', 'organization');
		await expect(form(page).getByLabel('Telefone')).toHaveAttribute('autocomplete', 'tel');
		await expect(page.locator('input[type="password"]')).toHaveCount(0);
		await expect(page.getByRole('main').getByLabel(/senha|usuário/i)).toHaveCount(0);
		await expect(page.getByRole('complementary', { name: 'Antes de enviar' })).toContainText('Uma ocorrência por ticket');
	});

	test('funciona em 320 px sem rolagem horizontal', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/abrir-ticket/');
		await form(page).getByLabel('Assunto').fill(TITLE_204);
		await expect(suggestions(page)).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('nenhuma violação do axe com sugestões e mensagens de erro à vista', async ({ page }) => {
		// Two full axe runs on the longest page of the site.
		test.setTimeout(60_000);
		await page.goto('/abrir-ticket/');
		await form(page).getByLabel('Assunto').fill(TITLE_204);
		await expect(suggestions(page).getByRole('link').first()).toBeVisible();
		await expectNoAxeViolations(page);
		await submitButton(page).click();
		await expect(page.getByRole('heading', { name: 'Confira os campos abaixo' })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('tema escuro: sem violações de contraste', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/abrir-ticket/');
		await form(page).getByLabel('Assunto').fill(TITLE_204);
		await expect(suggestions(page).getByRole('link').first()).toBeVisible();
		await submitButton(page).click();
		await expectNoAxeViolations(page);
	});
});

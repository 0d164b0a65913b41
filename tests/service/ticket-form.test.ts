import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_KEY_PLACEHOLDER } from '../../src/components/intake/form-post';
import { PRIVACY_NOTE } from '../../src/components/intake/privacy-note';
import { type RunningSite, startSiteServer } from '../../src/server/site-server';
import { countRows, getTicket, removeDir, tempDir, testConfig } from './helpers';

/** A corpus of our own: two products, one module each. */
const contentDir = tempDir('form-content-');
const distDir = tempDir('form-dist-');
const dataDir = tempDir();
let site: RunningSite;
let url: string;

/** The built intake page, reduced to what the service reads: its shell and the key placeholder. */
const INTAKE_PAGE = `<!doctype html><html lang="pt-BR"><head><title>Abrir ticket · Central</title><link rel="canonical" href="http://x/abrir-ticket/"><link rel="stylesheet" href="/_astro/site.css"></head><body><header>Cabeçalho do site</header><main id="conteudo"><form><input type="hidden" name="idempotencyKey" value="${FORM_KEY_PLACEHOLDER}"><p class="privacy-note">${PRIVACY_NOTE} <a href="/suporte/privacidade/">Como tratamos os seus dados</a>.</p></form></main><footer>Rodapé do site</footer></body></html>`;

beforeAll(async () => {
	writeFileSync(join(contentDir, 'products.yml'), '- id: erp\n  name: ERP Teste\n- id: pdv\n  name: PDV Teste\n');
	writeFileSync(
		join(contentDir, 'modules.yml'),
		'- id: fiscal\n  name: Fiscal\n  product: erp\n- id: caixa\n  name: Caixa\n  product: pdv\n',
	);
	mkdirSync(join(distDir, 'abrir-ticket'), { recursive: true });
	writeFileSync(join(distDir, 'abrir-ticket', 'index.html'), INTAKE_PAGE);
	writeFileSync(join(distDir, '404.html'), '<h1>Página não encontrada</h1>');
	site = await startSiteServer({ distDir, config: testConfig(dataDir, { CONTENT_DIR: contentDir, TICKET_API_RETENTION_DAYS: '90' }) });
	url = site.server.url;
});

afterAll(async () => {
	await site.close();
	for (const dir of [contentDir, distDir, dataDir]) removeDir(dir);
});

function validForm(overrides: Record<string, string> = {}): Record<string, string> {
	return {
		subject: 'Rejeição 539 ao emitir a NF-e',
		description: 'Ao transmitir a nota aparece a rejeição 539 desde ontem à tarde, na loja 2.',
		product: 'erp',
		module: 'fiscal',
		routine: '',
		version: '24.01.012',
		environment: 'producao',
		'requester.name': 'Ana Souza',
		'requester.email': 'ana@mercado.com.br',
		'requester.company': 'Mercado Bom Preço',
		'requester.phone': '',
		remoteAccess: 'sim',
		...overrides,
	};
}

function postForm(fields: Record<string, string>, contentType = 'application/x-www-form-urlencoded'): Promise<Response> {
	return fetch(`${url}/api/tickets/form`, {
		method: 'POST',
		headers: { 'Content-Type': contentType },
		body: new URLSearchParams(fields).toString(),
		redirect: 'manual',
	});
}

describe('POST /api/tickets/form (the form without JavaScript)', () => {
	it('stores a valid ticket and answers 303 to a confirmation with the number and the e-mail', async () => {
		const key = crypto.randomUUID();
		const response = await postForm({ ...validForm(), idempotencyKey: key });
		expect(response.status).toBe(303);
		const location = new URL(response.headers.get('location')!, `${url}/api/tickets/form`);
		expect(location.pathname).toBe('/api/tickets/form/confirmacao');

		const page = await fetch(location);
		expect(page.status).toBe(200);
		const text = await page.text();
		const id = /Ticket aberto: (LC-\d{6})/.exec(text)?.[1];
		expect(id).toBeDefined();
		expect(text).toContain('ana@mercado.com.br');
		// The site's own look: its header, footer and stylesheet, with the page's own title.
		expect(text).toContain('Cabeçalho do site');
		expect(text).toContain('Rodapé do site');
		expect(text).toContain('/_astro/site.css');
		expect(text).toContain(`<title>Ticket ${id} aberto`);
		expect(text).not.toContain('rel="canonical"');

		const stored = (await (await getTicket(url, id!)).json()) as Record<string, unknown>;
		expect(stored).toMatchObject({ subject: 'Rejeição 539 ao emitir a NF-e', module: 'fiscal', remoteAccess: true, environment: 'producao' });
		expect(stored.routine).toBeUndefined();
	});

	it('opens one ticket when the same form is posted twice', async () => {
		const before = countRows(dataDir, 'tickets');
		const fields = { ...validForm({ subject: 'Rejeição 204 em dobro no envio' }), idempotencyKey: crypto.randomUUID() };
		const first = await postForm(fields);
		const second = await postForm(fields);
		expect(first.status).toBe(303);
		expect(second.headers.get('location')).toBe(first.headers.get('location'));
		expect(countRows(dataDir, 'tickets')).toBe(before + 1);
	});

	it('without a key of its own (the placeholder), the same content still opens one ticket and other content another', async () => {
		const before = countRows(dataDir, 'tickets');
		const fields = { ...validForm({ subject: 'Sem chave: rejeição 225' }), idempotencyKey: FORM_KEY_PLACEHOLDER };
		expect((await postForm(fields)).status).toBe(303);
		expect((await postForm(fields)).status).toBe(303);
		expect((await postForm({ ...fields, subject: 'Sem chave: rejeição 226' })).status).toBe(303);
		expect(countRows(dataDir, 'tickets')).toBe(before + 2);
	});

	it('answers an invalid form with a pt-BR page: the errors, a summary and every value typed, escaped', async () => {
		const before = countRows(dataDir, 'tickets');
		const response = await postForm({
			...validForm({ module: 'caixa', 'requester.name': '<b>Ana</b> "Souza"', subject: 'curto' }),
			idempotencyKey: crypto.randomUUID(),
		});
		expect(response.status).toBe(422);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		const text = await response.text();
		expect(text).toContain('<html lang="pt-BR">');
		expect(text).toContain('Confira os campos abaixo');
		expect(text).toContain('O módulo deve pertencer ao produto escolhido: &quot;caixa&quot; é do produto &quot;pdv&quot;');
		expect(text).toContain('O assunto deve ter de 10 a 150 caracteres.');
		expect(text).toContain('value="&lt;b&gt;Ana&lt;/b&gt; &quot;Souza&quot;"');
		expect(text).not.toContain('<b>Ana</b>');
		expect(text).toContain('<option value="caixa" selected>');
		expect(text).toMatch(/<optgroup label="PDV Teste">/);
		expect(countRows(dataDir, 'tickets')).toBe(before);
	});

	it('answers a post that is not a form with a pt-BR page (415)', async () => {
		const response = await postForm(validForm(), 'application/json');
		expect(response.status).toBe(415);
		expect(await response.text()).toContain('Envio não reconhecido');
	});

	it('does not show a confirmation for an unknown key', async () => {
		const response = await fetch(`${url}/api/tickets/form/confirmacao?chave=${crypto.randomUUID()}`);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Ticket não encontrado');
	});
});

describe('GET /abrir-ticket/ under npm start', () => {
	it('puts a fresh key in the form for each visit, and no shared cache may keep it', async () => {
		const keys = new Set<string>();
		for (const path of ['/abrir-ticket/', '/abrir-ticket/', '/abrir-ticket']) {
			const response = await fetch(`${url}${path}`);
			expect(response.status).toBe(200);
			expect(response.headers.get('cache-control')).toBe('private, no-cache');
			const text = await response.text();
			expect(text).not.toContain(FORM_KEY_PLACEHOLDER);
			keys.add(/name="idempotencyKey" value="([0-9a-f-]{36})"/.exec(text)![1]!);
		}
		expect(keys.size).toBe(3);
	});

	it('names the configured retention (TICKET_API_RETENTION_DAYS) next to the submit button, on the page and after an invalid post', async () => {
		// The static build can only name the default, as the default.
		expect(PRIVACY_NOTE).toContain('pelo prazo de retenção configurado (365 dias por padrão)');
		const page = await (await fetch(`${url}/abrir-ticket/`)).text();
		expect(page).toContain('guardamos o chamado por 90 dias.');
		expect(page).not.toContain('365');
		const invalid = await postForm({ ...validForm({ subject: 'curto' }), idempotencyKey: crypto.randomUUID() });
		expect(invalid.status).toBe(422);
		const text = await invalid.text();
		expect(text).toContain('guardamos o chamado por 90 dias.');
		expect(text).not.toContain('365 dias');
	});
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { PERSONAL_DATA, seedReportDatabase } from '../../fixtures/report/seed';
import { expectNoAxeViolations } from '../support/a11y';

/**
 * `npm run relatorio` over the project's report fixture (tests/fixtures/report), with the titles
 * and names of the FAQ fixture corpus; the HTML is opened as a file, offline.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'relatorio-'));
const outDir = join(dataDir, 'saida');
let reportUrl: string;

test.beforeAll(() => {
	seedReportDatabase(dataDir);
	execFileSync('npx', ['tsx', 'scripts/relatorio.ts', '--saida', outDir], {
		env: { ...process.env, TICKET_API_DATA_DIR: dataDir, CONTENT_DIR: 'tests/fixtures/faq-corpus' },
		stdio: 'pipe',
	});
	reportUrl = pathToFileURL(join(outDir, 'index.html')).href;
});
test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A table's rows as text, each row its cells. */
async function rows(page: Page, caption: string): Promise<string[][]> {
	const table = page.getByRole('table', { name: caption });
	await expect(table).toBeVisible();
	return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
}

test.describe('relatório da Central de Ajuda (npm run relatorio)', () => {
	test('mostra os números do período em tabelas, com os nomes do conteúdo', async ({ page }) => {
		await page.goto(reportUrl);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Relatório da Central de Ajuda');
		await expect(page.getByText('Período: todo o período registrado.')).toBeVisible();
		expect(await rows(page, 'Tickets por produto e módulo no período')).toEqual([
			['ERP Consinco', 'Fiscal', '4'],
			['ERP Consinco', 'Estoque', '3'],
			['PDV Consinco', 'Frente de Loja', '2'],
		]);
		// The weekly chart's numbers, then the same weeks by product and module.
		expect(await rows(page, 'Total de tickets por semana')).toEqual([
			['02/11/2026', '2'],
			['09/11/2026', '3'],
			['16/11/2026', '2'],
			['23/11/2026', '2'],
		]);
		expect(await rows(page, 'Tickets por semana, produto e módulo')).toEqual([
			['02/11/2026', 'ERP Consinco', 'Fiscal', '2'],
			['09/11/2026', 'ERP Consinco', 'Estoque', '2'],
			['09/11/2026', 'ERP Consinco', 'Fiscal', '1'],
			['16/11/2026', 'PDV Consinco', 'Frente de Loja', '2'],
			['23/11/2026', 'ERP Consinco', 'Estoque', '1'],
			['23/11/2026', 'ERP Consinco', 'Fiscal', '1'],
		]);
		expect(await rows(page, 'Sessões resolvidas sem ticket, por módulo')).toEqual([
			['Fiscal', '2', '4', '33,3%'],
			['Frente de Loja', '2', '2', '50%'],
			['Estoque', '0', '3', '0%'],
		]);
		expect(await rows(page, 'Sessões em que o artigo foi sugerido: resolvidas por ele ou terminadas em ticket')).toEqual([
			['Rejeição 204: duplicidade de NF-e ao transmitir a nota', 'fiscal/rejeicao-204-nfe-ja-autorizada', '2', '2', '50%'],
			['Certificado digital A1 venceu e nenhuma nota é transmitida', 'fiscal/certificado-digital-a1-vencido', '0', '3', '0%'],
			['Como registrar sangria e suprimento de caixa no PDV', 'frente-de-loja/sangria-e-suprimento-de-caixa', '2', '0', '100%'],
		]);
		const gaps = await rows(page, /^Assuntos de tickets abertos sem nenhuma sugestão/ as unknown as string);
		expect(gaps.map((row) => row.slice(0, 2))).toEqual([
			['balanca', '4'],
			['cupom', '1'],
		]);
		// The newest example was sent without JavaScript and names another customer's company.
		expect(gaps[0]![2]).toBe(
			'Balança desligando sozinha, igual na [dado pessoal removido] | Balança do checkout não pesa, falar com [dado pessoal removido] | Balança Toledo não recebe carga de preços',
		);
		expect(await rows(page, /^Artigos sugeridos em 3 sessões ou mais/ as unknown as string)).toEqual([
			['Certificado digital A1 venceu e nenhuma nota é transmitida', 'fiscal/certificado-digital-a1-vencido', '3', '1', '33,3%'],
		]);
		expect(await rows(page, 'Artigos abertos por clientes que abriram ticket mesmo assim')).toEqual([
			['Certificado digital A1 venceu e nenhuma nota é transmitida', 'fiscal/certificado-digital-a1-vencido', '1', '0'],
			['Rejeição 204: duplicidade de NF-e ao transmitir a nota', 'fiscal/rejeicao-204-nfe-ja-autorizada', '1', '2'],
		]);
		expect((await rows(page, '“Isso foi útil?” por página'))[0]).toEqual([
			'Rejeição 204: duplicidade de NF-e ao transmitir a nota',
			'/faq/fiscal/rejeicao-204-nfe-ja-autorizada/',
			'1',
			'1',
			'07/11/2026: Faltou explicar a contingência. Meu e-mail: [dado pessoal removido]',
		]);
	});

	test('cada gráfico tem texto alternativo e uma tabela logo abaixo', async ({ page }) => {
		await page.goto(reportUrl);
		const charts = page.getByRole('img');
		await expect(charts).toHaveCount(3);
		await expect(charts.nth(0)).toHaveAccessibleName(/^Tickets por semana: semana de 02\/11\/2026, 2; semana de 09\/11\/2026, 3; semana de 16\/11\/2026, 2; semana de 23\/11\/2026, 2\.$/);
		await expect(charts.nth(1)).toHaveAccessibleName(/^Tickets por produto e módulo: ERP Consinco · Fiscal, 4;/);
		await expect(charts.nth(2)).toHaveAccessibleName(/^Sessões resolvidas sem ticket, por módulo: Fiscal, 33,3%;/);
		// The table right under each chart, by its caption: the one with the chart's numbers.
		const tableUnder = await page
			.locator('figure')
			.evaluateAll((figures) =>
				figures.map((figure) => {
					const next = figure.nextElementSibling;
					return figure.querySelector('svg') !== null && next?.tagName === 'TABLE' ? next.querySelector('caption')?.textContent : null;
				}),
			);
		expect(tableUnder).toEqual(['Total de tickets por semana', 'Tickets por produto e módulo no período', 'Sessões resolvidas sem ticket, por módulo']);
	});

	test('não mostra nome, e-mail, telefone nem empresa, nem na página nem nos CSV', async ({ page }) => {
		await page.goto(reportUrl);
		const html = await page.content();
		const csv = readdirSync(outDir)
			.filter((file) => file.endsWith('.csv'))
			.map((file) => readFileSync(join(outDir, file), 'utf8'));
		expect(csv.length).toBe(9);
		for (const value of PERSONAL_DATA) {
			expect(html, value).not.toContain(value);
			for (const text of csv) expect(text, value).not.toContain(value);
		}
		await expect(page.getByText('[dado pessoal removido]').first()).toBeVisible();
	});

	test('abre sem rede: nenhum pedido além do próprio arquivo', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith('file:')) requests.push(request.url());
		});
		await page.route(
			(url) => url.protocol !== 'file:',
			(route) => route.abort('internetdisconnected'),
		);
		await page.goto(reportUrl, { waitUntil: 'load' });
		await expect(page.getByRole('img')).toHaveCount(3);
		await page.waitForLoadState('networkidle');
		expect(requests).toEqual([]);
	});

	test('os CSV ao lado da página têm as mesmas linhas das tabelas', async ({ page }) => {
		await page.goto(reportUrl);
		await page.getByRole('link', { name: /tickets-por-modulo\.csv/ }).click();
		const csv = readFileSync(join(outDir, 'tickets-por-modulo.csv'), 'utf8');
		expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
			'Produto;Módulo;Tickets',
			'ERP Consinco;Fiscal;4',
			'ERP Consinco;Estoque;3',
			'PDV Consinco;Frente de Loja;2',
			'',
		]);
		const weekly = readFileSync(join(outDir, 'tickets-por-semana-total.csv'), 'utf8');
		expect(weekly.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
			'Semana (começa na segunda);Tickets',
			'02/11/2026;2',
			'09/11/2026;3',
			'16/11/2026;2',
			'23/11/2026;2',
			'',
		]);
	});

	test('não tem violações do axe', async ({ page }) => {
		await page.goto(reportUrl);
		await expectNoAxeViolations(page);
	});
});

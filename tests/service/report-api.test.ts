import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAL_DATA, seedReportDatabase } from '../fixtures/report/seed';
import { ADMIN_TOKEN, type ErrorBodyShape, removeDir, type RunningService, startService, tempDir } from './helpers';

const dataDir = tempDir('report-');
let running: RunningService;

const REJECTION = 'fiscal/rejeicao-204-nfe-ja-autorizada';
const CERTIFICATE = 'fiscal/certificado-digital-a1-vencido';
const CASH = 'frente-de-loja/sangria-e-suprimento-de-caixa';
const TITLES = {
	[REJECTION]: 'Rejeição 204: duplicidade de NF-e ao transmitir a nota',
	[CERTIFICATE]: 'Certificado digital A1 venceu e nenhuma nota é transmitida',
	[CASH]: 'Como registrar sangria e suprimento de caixa no PDV',
};

beforeAll(async () => {
	seedReportDatabase(dataDir);
	running = await startService(dataDir);
});
afterAll(async () => {
	await running.stop();
	removeDir(dataDir);
});

function getReport(query = '', token: string | null = ADMIN_TOKEN): Promise<Response> {
	return fetch(`${running.url}/api/relatorio${query}`, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });
}

describe('GET /api/relatorio', () => {
	it('asks for the admin token', async () => {
		const response = await getReport('', null);
		expect(response.status).toBe(401);
		expect(((await response.json()) as ErrorBodyShape).error.code).toBe('unauthorized');
		expect((await getReport('', 'outro-token')).status).toBe(401);
	});

	it('answers every figure of the seeded sessions, tickets and feedback', async () => {
		const response = await getReport();
		expect(response.status).toBe(200);
		const report = await response.json();
		expect(report.since).toBeNull();
		// 9 tickets: one of them sent without JavaScript (no deflection trail), on 25/11 in Estoque.
		expect(report.totals).toEqual({ sessions: 13, tickets: 9, resolved: 4, deflectionRate: 0.308, feedback: 4 });
		expect(report.ticketsPerWeek).toEqual([
			{ week: '2026-11-02', product: 'erp', module: 'fiscal', tickets: 2 },
			{ week: '2026-11-09', product: 'erp', module: 'estoque', tickets: 2 },
			{ week: '2026-11-09', product: 'erp', module: 'fiscal', tickets: 1 },
			{ week: '2026-11-16', product: 'pdv', module: 'frente-de-loja', tickets: 2 },
			{ week: '2026-11-23', product: 'erp', module: 'estoque', tickets: 1 },
			{ week: '2026-11-23', product: 'erp', module: 'fiscal', tickets: 1 },
		]);
		expect(report.ticketsPerModule).toEqual([
			{ product: 'erp', module: 'fiscal', tickets: 4 },
			{ product: 'erp', module: 'estoque', tickets: 3 },
			{ product: 'pdv', module: 'frente-de-loja', tickets: 2 },
		]);
		expect(report.deflectionPerModule).toEqual([
			{ module: 'fiscal', resolved: 2, tickets: 4, rate: 0.333 },
			{ module: 'frente-de-loja', resolved: 2, tickets: 2, rate: 0.5 },
			{ module: 'estoque', resolved: 0, tickets: 3, rate: 0 },
		]);
		expect(report.deflectionPerArticle).toEqual([
			{ article: REJECTION, title: TITLES[REJECTION], resolved: 2, tickets: 2, rate: 0.5 },
			{ article: CERTIFICATE, title: TITLES[CERTIFICATE], resolved: 0, tickets: 3, rate: 0 },
			{ article: CASH, title: TITLES[CASH], resolved: 2, tickets: 0, rate: 1 },
		]);
		expect(report.contentGaps).toEqual([
			{
				words: ['balanca'],
				tickets: 4,
				// The newest, sent without JavaScript, names another customer's company.
				examples: [
					'Balança desligando sozinha, igual na [dado pessoal removido]',
					'Balança do checkout não pesa, falar com [dado pessoal removido]',
					'Balança Toledo não recebe carga de preços',
				],
			},
			{ words: ['cupom'], tickets: 1, examples: ['Cupom travado no PDV, ligar [dado pessoal removido]'] },
		]);
		expect(report.rarelyOpened).toEqual([{ article: CERTIFICATE, title: TITLES[CERTIFICATE], suggested: 3, opened: 1, openRate: 0.333 }]);
		expect(report.openedThenTicket).toEqual([
			{ article: CERTIFICATE, title: TITLES[CERTIFICATE], opened: 1, ticketsAfter: 1, resolved: 0 },
			{ article: REJECTION, title: TITLES[REJECTION], opened: 3, ticketsAfter: 1, resolved: 2 },
		]);
		expect(report.feedback).toEqual([
			{
				page: `/faq/${REJECTION}/`,
				article: REJECTION,
				title: TITLES[REJECTION],
				useful: 1,
				notUseful: 1,
				comments: [{ date: '2026-11-07', text: 'Faltou explicar a contingência. Meu e-mail: [dado pessoal removido]' }],
			},
			{
				page: `/faq/${CERTIFICATE}/`,
				article: CERTIFICATE,
				title: TITLES[CERTIFICATE],
				useful: 0,
				notUseful: 1,
				// Another customer's name and company, typed into a comment, are masked too.
				comments: [{ date: '2026-11-21', text: 'Não diz onde instalar o certificado. A [dado pessoal removido], do [dado pessoal removido], também não achou.' }],
			},
			{ page: '/suporte/canais-de-atendimento/', article: null, title: null, useful: 1, notUseful: 0, comments: [] },
		]);
	});

	it('never carries a name, e-mail, phone or company', async () => {
		const text = await (await getReport()).text();
		for (const value of PERSONAL_DATA) expect(text).not.toContain(value);
	});

	it('counts from the day given in desde', async () => {
		const report = await (await getReport('?desde=2026-11-02')).json();
		expect(report.since).toBe('2026-11-02');
		expect(report.totals).toEqual({ sessions: 12, tickets: 9, resolved: 3, deflectionRate: 0.25, feedback: 4 });
		expect(report.deflectionPerModule).toContainEqual({ module: 'frente-de-loja', resolved: 1, tickets: 2, rate: 0.333 });
		const later = await (await getReport('?desde=2026-11-20')).json();
		expect(later.totals).toEqual({ sessions: 3, tickets: 2, resolved: 1, deflectionRate: 0.333, feedback: 2 });
		// Only the ticket sent without JavaScript had no suggestion.
		expect(later.contentGaps).toEqual([{ words: ['balanca'], tickets: 1, examples: ['Balança desligando sozinha, igual na [dado pessoal removido]'] }]);
		// From 25/11 on, the only ticket is that one; the company it names belongs to a customer
		// whose tickets are all before desde, and it is masked all the same.
		const last = await (await getReport('?desde=2026-11-25')).json();
		expect(last.totals).toEqual({ sessions: 1, tickets: 1, resolved: 0, deflectionRate: 0, feedback: 0 });
		expect(last.contentGaps).toEqual(later.contentGaps);
	});

	it('refuses a day that does not exist with a pt-BR message', async () => {
		const response = await getReport('?desde=2026-02-30');
		expect(response.status).toBe(422);
		const body = (await response.json()) as ErrorBodyShape;
		expect(body.error.message).toBe('A data inicial deve ser um dia válido no formato AAAA-MM-DD, como 2026-11-01; recebido "2026-02-30".');
		expect(body.error.fields).toEqual([{ path: 'desde', message: body.error.message }]);
	});
});

import { afterAll, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { describeService } from '../../src/server/startup-notes';
import { removeDir, tempDir, testConfig } from './helpers';
import { history, openTicket, outbox, type ReceivedMail, setStatus, startServiceWithClock, TestClock } from './lifecycle-helpers';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function freshDir(): string {
	const dir = tempDir();
	dirs.push(dir);
	return dir;
}

const subjects = async (mails: Promise<ReceivedMail[]>) => (await mails).map((mail) => mail.subject);

describe('deadline scheduler (injected clock)', () => {
	it('moves Pendência do Cliente to Validação Cliente after 7 business days, then to Encerrado after 5, with reminders and the survey', async () => {
		const clock = new TestClock(new Date('2027-02-05T15:00:00Z')); // Friday before Carnival
		const api = await startServiceWithClock(freshDir(), clock);
		try {
			const id = await openTicket(api.url);
			expect((await setStatus(api.url, id, 'pendencia-cliente', 'Envie o XML.')).status).toBe(200);
			const { followUp } = api.service;

			clock.set('2027-02-15T12:00:00Z');
			expect(followUp.runDeadlines()).toEqual({ moved: [], reminded: [] });
			// 2 business days before the deadline (18 February): the reminder, once.
			clock.set('2027-02-16T12:00:00Z');
			expect(followUp.runDeadlines()).toEqual({ moved: [], reminded: [id] });
			expect(followUp.runDeadlines()).toEqual({ moved: [], reminded: [] });
			// 20:00 in São Paulo on the last day: still in time.
			clock.set('2027-02-18T23:00:00Z');
			expect(followUp.runDeadlines().moved).toEqual([]);
			// 00:30 in São Paulo the next day: past the deadline.
			clock.set('2027-02-19T03:30:00Z');
			expect(followUp.runDeadlines().moved).toEqual([{ id, from: 'pendencia-cliente', to: 'validacao-cliente' }]);

			let view = await history(api.url, id);
			expect(view.status).toBe('validacao-cliente');
			const automatic = view.history.at(-1)!;
			expect(automatic).toMatchObject({ actor: 'sistema', automatic: true, from: 'pendencia-cliente', to: 'validacao-cliente', at: '2027-02-19T03:30:00.000Z' });
			expect(automatic.message).toContain('18/02/2027');
			expect(view.deadline).toMatchObject({ status: 'validacao-cliente', since: '2027-02-19', date: '2027-02-26' });

			clock.set('2027-02-26T20:00:00Z');
			expect(followUp.runDeadlines().moved).toEqual([]);
			clock.set('2027-03-01T12:00:00Z');
			expect(followUp.runDeadlines().moved).toEqual([{ id, from: 'validacao-cliente', to: 'encerrado' }]);
			view = await history(api.url, id);
			expect(view.status).toBe('encerrado');
			expect(view.deadline).toBeUndefined();

			await followUp.settled();
			const mails = await subjects(outbox(api.dataDir));
			expect(mails).toContain(`Ticket ${id}: responda até quinta-feira, 18 de fevereiro de 2027`);
			expect(mails.filter((subject) => subject === `Pesquisa de satisfação do ticket ${id}`)).toHaveLength(1);
			// The reminder of Validação Cliente went out too (2 business days before 26 February).
			expect(mails).toContain(`Ticket ${id}: responda até sexta-feira, 26 de fevereiro de 2027`);
		} finally {
			await api.stop();
		}
	});

	it('moves an overdue ticket on its own every TICKET_API_DEADLINE_CHECK_MINUTES while the service runs', async () => {
		// Only the interval timers are fake: the HTTP server and the database keep their real timers.
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		const clock = new TestClock(new Date('2027-03-01T15:00:00Z'));
		const api = await startServiceWithClock(freshDir(), clock, { TICKET_API_DEADLINE_CHECK_MINUTES: '10' });
		try {
			const id = await openTicket(api.url);
			await setStatus(api.url, id, 'pendencia-cliente', 'Envie o XML.');
			// 7 business days from Monday 1 March end on Wednesday 10 March; the 11th is past them.
			clock.set('2027-03-11T12:00:00Z');
			vi.advanceTimersByTime(9 * 60_000);
			expect((await history(api.url, id)).status).toBe('pendencia-cliente');
			vi.advanceTimersByTime(60_000);
			const view = await history(api.url, id);
			expect(view.status).toBe('validacao-cliente');
			expect(view.history.at(-1)).toMatchObject({ actor: 'sistema', automatic: true, from: 'pendencia-cliente', to: 'validacao-cliente', at: '2027-03-11T12:00:00.000Z' });
		} finally {
			await api.stop();
			vi.useRealTimers();
		}
	});

	it('catches up at start, once, after being down over a deadline', async () => {
		const dataDir = freshDir();
		const clock = new TestClock(new Date('2027-03-01T15:00:00Z'));
		let api = await startServiceWithClock(dataDir, clock);
		const id = await openTicket(api.url);
		await setStatus(api.url, id, 'em-atendimento');
		await setStatus(api.url, id, 'pendencia-cliente', 'Envie o XML.');
		await api.stop();

		// Down from 1 to 15 March: the deadline (10 March) passed meanwhile.
		clock.set('2027-03-15T12:00:00Z');
		api = await startServiceWithClock(dataDir, clock);
		try {
			expect(api.service.scheduler.first.moved).toEqual([{ id, from: 'pendencia-cliente', to: 'validacao-cliente' }]);
			expect((await history(api.url, id)).status).toBe('validacao-cliente');
		} finally {
			await api.stop();
		}

		api = await startServiceWithClock(dataDir, clock);
		try {
			expect(api.service.scheduler.first).toEqual({ moved: [], reminded: [] });
			const view = await history(api.url, id);
			expect(view.history.filter((event) => event.automatic)).toHaveLength(1);
		} finally {
			await api.stop();
		}
		expect((await subjects(outbox(dataDir))).filter((subject) => subject === `Pesquisa de satisfação do ticket ${id}`)).toHaveLength(1);
	});

	it('counts the holidays of TICKET_API_HOLIDAYS_REGION and says so at start-up, with the outbox folder used without SMTP', async () => {
		const dataDir = freshDir();
		const api = await startServiceWithClock(dataDir, new TestClock(new Date('2027-07-07T15:00:00Z')), { TICKET_API_HOLIDAYS_REGION: 'SP' });
		try {
			// 9 July is a São Paulo holiday: 7 business days from Wednesday 7 July end on Monday 19 (16 nationally).
			const id = await openTicket(api.url);
			await setStatus(api.url, id, 'pendencia-cliente', 'Envie o XML.');
			expect((await history(api.url, id)).deadline?.date).toBe('2027-07-19');
			const notes = describeService(testConfig(dataDir, { TICKET_API_HOLIDAYS_REGION: 'SP' }), api.service);
			expect(notes).toContain(`E-mails na pasta ${join(dataDir, 'outbox')} (defina TICKET_API_SMTP_URL para enviá-los por SMTP).`);
			expect(notes).toContain('Prazos em dias úteis com os feriados nacionais e do estado SP (America/Sao_Paulo).');
		} finally {
			await api.stop();
		}
	});

	it('sends the survey when support moves a ticket to Validação Cliente too', async () => {
		const clock = new TestClock(new Date('2027-03-01T15:00:00Z'));
		const api = await startServiceWithClock(freshDir(), clock);
		try {
			const id = await openTicket(api.url);
			await setStatus(api.url, id, 'validacao-cliente', 'Corrigido na versão 24.01.013.');
			await api.service.followUp.settled();
			const survey = (await outbox(api.dataDir)).find((mail) => mail.subject === `Pesquisa de satisfação do ticket ${id}`);
			expect(survey?.to).toBe('ana@mercado.com.br');
			expect(survey?.text).toMatch(/https:\/\/ajuda\.exemplo\.com\.br\/acompanhar\/pesquisa\/\?t=[A-Za-z0-9_-]{43}\n/);
			expect(survey?.text).toContain('não reabre o ticket');
		} finally {
			await api.stop();
		}
	});
});

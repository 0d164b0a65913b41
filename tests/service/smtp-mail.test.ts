import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeService } from '../../src/server/startup-notes';
import { removeDir, type RunningService, tempDir, testConfig } from './helpers';
import { openTicket, outbox, parseMail, type ReceivedMail, setStatus, startServiceWithClock, TestClock } from './lifecycle-helpers';

/** A real SMTP server in this process: every message it accepts, parsed, with its envelope. */
const received: (ReceivedMail & { envelopeTo: string[] })[] = [];
const REFUSED = 'recusado@exemplo.com.br';
let smtp: SMTPServer;
let smtpPort: number;
let api: RunningService;
const clock = new TestClock(new Date('2027-05-24T13:00:00Z')); // Monday before Corpus Christi

beforeAll(async () => {
	smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onRcptTo(address, _session, callback) {
			if (address.address === REFUSED) return callback(new Error('Caixa postal inexistente'));
			callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				void parseMail(Buffer.concat(chunks)).then((mail) => {
					received.push({ ...mail, envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address) });
					callback();
				}, callback);
			});
		},
	});
	await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
	smtpPort = (smtp.server.address() as { port: number }).port;
	api = await startServiceWithClock(tempDir(), clock, {
		TICKET_API_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
		TICKET_API_MAIL_FROM: 'Suporte Linha Consinco <suporte@exemplo.com.br>',
	});
});

afterAll(async () => {
	await api.stop();
	removeDir(api.dataDir);
	await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function sent(): Promise<typeof received> {
	await api.service.followUp.settled();
	return received;
}

const linkIn = (text: string, path: string) => new RegExp(`https://ajuda\\.exemplo\\.com\\.br(${path.replace(/\//g, '\\/')}\\?t=[A-Za-z0-9_-]{43})`).exec(text)?.[1];

describe('e-mail over a real SMTP server (smtp-server, in process)', () => {
	it('sends the confirmation with the private link, which opens the ticket', async () => {
		const id = await openTicket(api.url);
		const mail = (await sent()).find((candidate) => candidate.subject.startsWith(`Ticket ${id} aberto`));
		expect(mail).toBeDefined();
		expect(mail!.envelopeTo).toEqual(['ana@mercado.com.br']);
		expect(mail!.text).toContain(`Recebemos o seu ticket ${id}`);
		const link = linkIn(mail!.text, '/acompanhar/')!;
		const page = await fetch(`${api.url}${link}`);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain(`Ticket ${id}`);
		expect(await outbox(api.dataDir)).toEqual([]);
	});

	it('sends the "Meus tickets" link', async () => {
		await openTicket(api.url, { requester: { name: 'Rita', email: 'rita@mercado-exemplo.com.br', company: 'Mercado Exemplo' } });
		await fetch(`${api.url}/acompanhar/meus-tickets/`, { method: 'POST', body: new URLSearchParams({ email: 'rita@mercado-exemplo.com.br' }) });
		const mail = (await sent()).find((candidate) => candidate.subject === 'Seus tickets na Central de Ajuda Linha Consinco');
		expect(mail?.envelopeTo).toEqual(['rita@mercado-exemplo.com.br']);
		expect(mail!.text).toContain('válido por 24 horas e para um único acesso');
		const link = linkIn(mail!.text, '/acompanhar/meus-tickets/')!;
		expect(await (await fetch(`${api.url}${link}`)).text()).toContain('Meus tickets');
	});

	it('sends the reminder 2 business days before the customer deadline, and the survey', async () => {
		const id = await openTicket(api.url);
		await setStatus(api.url, id, 'pendencia-cliente', 'Envie o arquivo de log do PDV.');
		// Monday 24 May 2027 + 7 business days, Corpus Christi (27) skipped: Thursday 3 June; reminder Tuesday 1 June.
		clock.set('2027-05-31T15:00:00Z');
		expect(api.service.followUp.runDeadlines().reminded).toEqual([]);
		clock.set('2027-06-01T15:00:00Z');
		expect(api.service.followUp.runDeadlines().reminded).toEqual([id]);
		const reminder = (await sent()).find((candidate) => candidate.subject === `Ticket ${id}: responda até quinta-feira, 3 de junho de 2027`);
		expect(reminder?.envelopeTo).toEqual(['ana@mercado.com.br']);
		expect(reminder!.text).toContain('passa sozinho para Validação Cliente');
		expect(linkIn(reminder!.text, '/acompanhar/')).toBeDefined();

		clock.set('2027-06-04T12:00:00Z');
		expect(api.service.followUp.runDeadlines().moved).toEqual([{ id, from: 'pendencia-cliente', to: 'validacao-cliente' }]);
		const survey = (await sent()).find((candidate) => candidate.subject === `Pesquisa de satisfação do ticket ${id}`);
		expect(survey?.envelopeTo).toEqual(['ana@mercado.com.br']);
		expect(linkIn(survey!.text, '/acompanhar/pesquisa/')).toBeDefined();
	});

	it('says at start-up where the e-mails go: SMTP when set, else the outbox folder', () => {
		const smtpNotes = describeService(testConfig(api.dataDir, { TICKET_API_SMTP_URL: `smtp://127.0.0.1:${smtpPort}` }), api.service);
		expect(smtpNotes).toContain(`E-mails enviados por SMTP (127.0.0.1:${smtpPort}), de Suporte Linha Consinco <suporte@exemplo.com.br>.`);
		expect(smtpNotes.some((note) => note.startsWith('Prazos em dias úteis com os feriados nacionais'))).toBe(true);
	});

	it('keeps a message the SMTP server refuses in the outbox folder', async () => {
		const id = await openTicket(api.url, { requester: { name: 'Caixa', email: REFUSED, company: 'Empresa' } });
		await sent();
		expect(received.some((mail) => mail.subject.startsWith(`Ticket ${id} aberto`))).toBe(false);
		const kept = (await outbox(api.dataDir)).find((mail) => mail.subject.startsWith(`Ticket ${id} aberto`));
		expect(kept?.to).toBe(REFUSED);
	});
});

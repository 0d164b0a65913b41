import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { command as listar } from '../../src/server/commands/listar';
import { command as prazos } from '../../src/server/commands/prazos';
import { command as responder } from '../../src/server/commands/responder';
import { command as status } from '../../src/server/commands/status';
import { command as ver } from '../../src/server/commands/ver';
import { FIXTURE_CONTENT_DIR, removeDir, tempDir } from './helpers';
import { history, openTicket, outbox, setStatus, startServiceWithClock, TestClock } from './lifecycle-helpers';

const dataDir = tempDir();
const env = { TICKET_API_DATA_DIR: dataDir, CONTENT_DIR: FIXTURE_CONTENT_DIR, TICKET_API_PUBLIC_URL: 'https://ajuda.exemplo.com.br' };
let first: string;
let second: string;
let overdue: string;

beforeAll(async () => {
	// Tickets made through the service, one of them in Pendência do Cliente since January 2026.
	const clock = new TestClock(new Date('2026-01-05T13:00:00Z'));
	const api = await startServiceWithClock(dataDir, clock);
	try {
		first = await openTicket(api.url);
		second = await openTicket(api.url, { product: 'pdv', module: 'frente-de-loja', subject: 'PDV não abre o caixa depois da atualização' });
		overdue = await openTicket(api.url, { subject: 'Pendência esquecida desde janeiro' });
		expect((await setStatus(api.url, overdue, 'pendencia-cliente', 'Envie o log.')).status).toBe(200);
	} finally {
		await api.stop();
	}
});

afterAll(() => removeDir(dataDir));

let out: string[] = [];
let err: string[] = [];
beforeAll(() => {
	vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
	vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
});
afterEach(() => {
	out = [];
	err = [];
});
afterAll(() => vi.restoreAllMocks());

async function read(id: string) {
	// A clock before any deadline, so that the service's own run at start changes nothing.
	const clock = new TestClock(new Date('2026-01-06T12:00:00Z'));
	const api = await startServiceWithClock(dataDir, clock, { TICKET_API_DEADLINE_CHECK_MINUTES: '0' });
	try {
		return await history(api.url, id);
	} finally {
		await api.stop();
	}
}

describe('npm run tickets -- <comando>', () => {
	it('listar: every ticket, or those of a status or module', async () => {
		expect(await listar.run([], env)).toBe(0);
		expect(out.filter((line) => /^LC-\d{6}/.test(line))).toHaveLength(3);
		out = [];
		expect(await listar.run(['--modulo', 'frente-de-loja'], env)).toBe(0);
		expect(out[0]).toMatch(new RegExp(`^${second}\\s+Novo\\s+frente-de-loja.*PDV não abre o caixa`));
		expect(out[1]).toBe('1 ticket(s).');
		out = [];
		expect(await listar.run(['--status', 'encerrado'], env)).toBe(0);
		expect(out).toEqual(['Nenhum ticket encontrado.']);
	});

	it('listar: refuses a wrong filter in pt-BR with exit code 1', async () => {
		expect(await listar.run(['--status', 'resolvido'], env)).toBe(1);
		expect(err.join('\n')).toContain('"resolvido" não existe');
		err = [];
		expect(await listar.run(['--cor', 'azul'], env)).toBe(1);
		expect(err.join('\n')).toContain('Opção desconhecida: --cor');
	});

	it('status: changes the status with a message, and refuses what the rules forbid', async () => {
		expect(await status.run([first.toLowerCase(), 'em-atendimento', '--mensagem', 'Analisando o XML.', '--autor', 'Carlos'], env)).toBe(0);
		expect(out).toEqual([`${first}: Novo → Em atendimento.`]);
		expect(await status.run([first, 'novo'], env)).toBe(1);
		expect(err.join('\n')).toContain('não permitem mudar o ticket de "Em atendimento" para "Novo"');
		expect(await status.run([first, 'resolvido'], env)).toBe(1);
		expect(await status.run(['LC-999999', 'encerrado'], env)).toBe(1);
		expect(err.join('\n')).toContain('Não há ticket com o número "LC-999999"');
		const view = await read(first);
		expect(view.status).toBe('em-atendimento');
		expect(view.history.at(-1)).toMatchObject({ actor: 'suporte', author: 'Carlos', message: 'Analisando o XML.', to: 'em-atendimento' });
	});

	it('responder: stores the reply in the history; without --mensagem it asks for one', async () => {
		expect(await responder.run([second, '--mensagem', 'Reinstale o serviço do caixa e teste de novo.'], env)).toBe(0);
		expect(out).toEqual([`Resposta registrada no ticket ${second} (status: Em atendimento).`]);
		expect(await responder.run([second], env)).toBe(1);
		expect(err.join('\n')).toContain('--mensagem');
		const view = await read(second);
		expect(view.history.some((event) => event.kind === 'mensagem' && event.message === 'Reinstale o serviço do caixa e teste de novo.')).toBe(true);
	});

	it('ver: shows the ticket, its deadline and its history', async () => {
		expect(await ver.run([overdue], env)).toBe(0);
		const text = out.join('\n');
		expect(text).toContain(`${overdue}: Pendência esquecida desde janeiro`);
		expect(text).toContain('Status: Pendência do Cliente');
		// 5 January 2026 + 7 business days = 14 January.
		expect(text).toContain('responder até quarta-feira, 14 de janeiro de 2026');
		expect(text).toContain('Envie o log.');
		expect(await ver.run([], env)).toBe(1);
	});

	it('prazos: moves the overdue ticket once and sends the survey', async () => {
		expect(await prazos.run([], env)).toBe(0);
		expect(out).toEqual([`${overdue}: pendencia-cliente → validacao-cliente (prazo vencido)`]);
		out = [];
		expect(await prazos.run([], env)).toBe(0);
		expect(out).toEqual(['Nenhum prazo vencido e nenhum lembrete a enviar.']);
		const view = await read(overdue);
		expect(view.history.at(-1)).toMatchObject({ actor: 'sistema', automatic: true, to: 'validacao-cliente' });
		const surveys = (await outbox(dataDir)).filter((mail) => mail.subject === `Pesquisa de satisfação do ticket ${overdue}`);
		expect(surveys).toHaveLength(1);
	});

	it('the dispatcher lists the commands in pt-BR and exits 1 on an unknown one', async () => {
		const run = promisify(execFile);
		const failure = await run('npx', ['tsx', 'scripts/tickets.ts', 'sumir'], { env: { ...process.env, ...env } }).catch((error: { code: number; stderr: string }) => error);
		expect('code' in failure && failure.code).toBe(1);
		const stderr = (failure as { stderr: string }).stderr;
		expect(stderr).toContain('Comando desconhecido: sumir.');
		for (const name of ['listar', 'ver', 'status', 'responder', 'prazos', 'exportar', 'apagar']) expect(stderr).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
	});
});

import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextStatuses, STATUSES, type TicketStatus } from '../../src/lifecycle/rules';
import { DATABASE_FILE } from '../../src/server/storage';
import { type ErrorBodyShape, getTicket, removeDir, type RunningService, tempDir } from './helpers';
import { admin, history, openTicket, setStatus, startServiceWithClock, TestClock } from './lifecycle-helpers';

let api: RunningService;
const clock = new TestClock(new Date('2027-03-01T13:00:00Z'));

beforeAll(async () => {
	api = await startServiceWithClock(tempDir(), clock);
});

afterAll(async () => {
	await api.stop();
	removeDir(api.dataDir);
});

function eventCount(id: string): number {
	const db = new Database(join(api.dataDir, DATABASE_FILE), { readonly: true });
	try {
		return (db.prepare('SELECT COUNT(*) AS n FROM ticket_events WHERE ticket_id = ?').get(id) as { n: number }).n;
	} finally {
		db.close();
	}
}

describe('status changes through the staff API', () => {
	it('walks the whole lifecycle, each change an event with who, when and the message', async () => {
		const id = await openTicket(api.url);
		const steps: [string, string][] = [
			['em-atendimento', 'Analisando o XML da nota.'],
			['pendencia-cliente', 'Envie o XML da nota rejeitada.'],
			['em-atendimento', 'XML recebido.'],
			['validacao-cliente', 'Corrigido na versão 24.01.013.'],
			['encerrado', 'Cliente confirmou.'],
		];
		for (const [index, [status, message]] of steps.entries()) {
			clock.set(`2027-03-0${index + 2}T14:00:00Z`);
			const response = await setStatus(api.url, id, status, message);
			expect(response.status).toBe(200);
			expect(((await response.json()) as { status: string }).status).toBe(status);
		}
		const view = await history(api.url, id);
		expect(view.status).toBe('encerrado');
		expect(view.history.map((event) => [event.kind, event.from, event.to, event.message])).toEqual([
			['abertura', undefined, undefined, expect.stringContaining('rejeição 539')],
			['status', 'novo', 'em-atendimento', 'Analisando o XML da nota.'],
			['status', 'em-atendimento', 'pendencia-cliente', 'Envie o XML da nota rejeitada.'],
			['status', 'pendencia-cliente', 'em-atendimento', 'XML recebido.'],
			['status', 'em-atendimento', 'validacao-cliente', 'Corrigido na versão 24.01.013.'],
			['status', 'validacao-cliente', 'encerrado', 'Cliente confirmou.'],
		]);
		expect(view.history.slice(1).every((event) => event.actor === 'suporte' && !event.automatic)).toBe(true);
		expect(view.history[5]!.at).toBe('2027-03-06T14:00:00.000Z');
		expect(view.lastInteraction).toBe('2027-03-06T14:00:00.000Z');
		// The ticket read by the existing route carries the new status too.
		expect(((await (await getTicket(api.url, id)).json()) as { status: string }).status).toBe('encerrado');
	});

	it('allows every move the rules give to support, and refuses every other one with 409', async () => {
		// How support brings a new ticket to each status.
		const paths: Record<TicketStatus, TicketStatus[]> = {
			novo: [],
			'em-atendimento': ['em-atendimento'],
			'pendencia-cliente': ['pendencia-cliente'],
			'validacao-cliente': ['validacao-cliente'],
			encerrado: ['encerrado'],
		};
		for (const from of STATUSES) {
			for (const to of STATUSES) {
				const id = await openTicket(api.url);
				for (const step of paths[from]) expect((await setStatus(api.url, id, step)).status).toBe(200);
				const allowed = nextStatuses(from, 'suporte').includes(to);
				const response = await setStatus(api.url, id, to, `De ${from} para ${to}.`);
				expect(response.status, `${from} → ${to}`).toBe(allowed ? 200 : 409);
				const view = await history(api.url, id);
				expect(view.status).toBe(allowed ? to : from);
				if (allowed) expect(view.history.at(-1)).toMatchObject({ kind: 'status', from, to, actor: 'suporte', message: `De ${from} para ${to}.` });
			}
		}
	});

	it('answers 409 with a pt-BR message for a move the rules do not allow, and changes nothing', async () => {
		const id = await openTicket(api.url);
		expect((await setStatus(api.url, id, 'pendencia-cliente')).status).toBe(200);
		const before = eventCount(id);
		const refused = await setStatus(api.url, id, 'encerrado', 'Tentando pular a validação.');
		expect(refused.status).toBe(409);
		const body = (await refused.json()) as ErrorBodyShape;
		expect(body.error.code).toBe('transition_not_allowed');
		expect(body.error.message).toContain('de "Pendência do Cliente" para "Encerrado"');
		expect(eventCount(id)).toBe(before);
		expect((await history(api.url, id)).status).toBe('pendencia-cliente');
	});

	it('keeps the old status when the event of the change cannot be stored (one transaction)', async () => {
		const id = await openTicket(api.url);
		expect((await setStatus(api.url, id, 'em-atendimento')).status).toBe(200);
		const before = eventCount(id);
		// The service's own connection refuses this one event, after the status UPDATE already ran.
		const db = api.service.store.database;
		db.exec("CREATE TRIGGER refuse_event BEFORE INSERT ON ticket_events WHEN NEW.message = 'Evento recusado.' BEGIN SELECT RAISE(ABORT, 'forced failure'); END");
		try {
			const failed = await setStatus(api.url, id, 'pendencia-cliente', 'Evento recusado.');
			expect(failed.status).toBe(500);
		} finally {
			db.exec('DROP TRIGGER refuse_event');
		}
		expect(eventCount(id)).toBe(before);
		const view = await history(api.url, id);
		expect(view.status).toBe('em-atendimento');
		expect(view.deadline).toBeUndefined();
	});

	it('never reopens a closed ticket', async () => {
		const id = await openTicket(api.url);
		expect((await setStatus(api.url, id, 'encerrado', 'Duplicado.')).status).toBe(200);
		for (const status of ['novo', 'em-atendimento', 'pendencia-cliente', 'validacao-cliente']) {
			const refused = await setStatus(api.url, id, status);
			expect(refused.status).toBe(409);
			expect(((await refused.json()) as ErrorBodyShape).error.message).toMatch(/Acompanhamento/);
		}
	});

	it('refuses an unknown status or a bad body with 422, and an unknown ticket with 404', async () => {
		const id = await openTicket(api.url);
		const unknown = await setStatus(api.url, id, 'resolvido');
		expect(unknown.status).toBe(422);
		expect(((await unknown.json()) as ErrorBodyShape).error.fields?.[0]?.message).toContain('O status deve ser um destes');
		const extra = await fetch(`${api.url}/api/tickets/${id}/status`, { method: 'POST', headers: admin, body: JSON.stringify({ status: 'encerrado', x: 1 }) });
		expect(extra.status).toBe(422);
		expect((await setStatus(api.url, 'LC-999999', 'encerrado')).status).toBe(404);
		expect((await history(api.url, id)).status).toBe('novo');
	});

	it('requires the admin token', async () => {
		const id = await openTicket(api.url);
		const response = await fetch(`${api.url}/api/tickets/${id}/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"status":"encerrado"}' });
		expect(response.status).toBe(401);
		expect((await fetch(`${api.url}/api/tickets`)).status).toBe(401);
		expect((await fetch(`${api.url}/api/tickets/${id}/historico`)).status).toBe(401);
	});

	it('records a staff reply as a message and starts the work on a new ticket', async () => {
		const id = await openTicket(api.url);
		const response = await fetch(`${api.url}/api/tickets/${id}/respostas`, {
			method: 'POST',
			headers: admin,
			body: JSON.stringify({ mensagem: 'Bom dia, estamos verificando.', autor: 'Carlos (Suporte)' }),
		});
		expect(response.status).toBe(201);
		const view = (await response.json()) as Awaited<ReturnType<typeof history>>;
		expect(view.status).toBe('em-atendimento');
		expect(view.history.slice(1).map((event) => [event.kind, event.author, event.message ?? null])).toEqual([
			['mensagem', 'Carlos (Suporte)', 'Bom dia, estamos verificando.'],
			['status', 'Carlos (Suporte)', null],
		]);
		const empty = await fetch(`${api.url}/api/tickets/${id}/respostas`, { method: 'POST', headers: admin, body: JSON.stringify({ mensagem: ' ' }) });
		expect(empty.status).toBe(422);
	});

	it('gives the customer deadline in business days while the ticket waits for them', async () => {
		clock.set('2027-02-05T15:00:00Z'); // Friday before Carnival
		const id = await openTicket(api.url);
		await setStatus(api.url, id, 'pendencia-cliente', 'Envie o XML.');
		const view = await history(api.url, id);
		expect(view.deadline).toEqual({ status: 'pendencia-cliente', since: '2027-02-05', businessDays: 7, date: '2027-02-18', reminder: '2027-02-16', eventId: expect.any(Number) });
	});
});

describe('GET /api/tickets (list with filters)', () => {
	it('filters by status, module, product and opening date', async () => {
		const dataDir = tempDir();
		const own = await startServiceWithClock(dataDir, clock);
		try {
			const fiscal = await openTicket(own.url);
			const pdv = await openTicket(own.url, { product: 'pdv', module: 'frente-de-loja' });
			await setStatus(own.url, pdv, 'em-atendimento');
			const list = async (query: string) => {
				const response = await fetch(`${own.url}/api/tickets${query}`, { headers: admin });
				expect(response.status).toBe(200);
				return ((await response.json()) as { tickets: { id: string; status: string; subject: string; lastInteraction: string }[] }).tickets.map((ticket) => ticket.id);
			};
			expect((await list('')).sort()).toEqual([fiscal, pdv].sort());
			expect(await list('?status=em-atendimento')).toEqual([pdv]);
			expect(await list('?status=novo')).toEqual([fiscal]);
			expect(await list('?modulo=fiscal')).toEqual([fiscal]);
			expect(await list('?produto=pdv')).toEqual([pdv]);
			expect(await list('?desde=2999-01-01')).toEqual([]);
			expect((await list(`?ate=2999-01-01&desde=2000-01-01`)).length).toBe(2);
			const bad = await fetch(`${own.url}/api/tickets?desde=01/12/2026&status=resolvido`, { headers: admin });
			expect(bad.status).toBe(422);
			const fields = ((await bad.json()) as ErrorBodyShape).error.fields!.map((field) => field.path);
			expect(fields).toEqual(['status', 'desde']);
		} finally {
			await own.stop();
			removeDir(dataDir);
		}
	});
});

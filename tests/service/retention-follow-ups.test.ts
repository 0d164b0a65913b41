import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseEmail } from '../../src/server/personal-data';
import { purgeExpired } from '../../src/server/retention';
import { removeDir, type RunningService, tempDir } from './helpers';
import { history, openTicket, setStatus, startServiceWithClock, TestClock } from './lifecycle-helpers';

/** The retention purge and the Acompanhamentos: a ticket's continuation shows its history. */

let api: RunningService;
const clock = new TestClock(new Date('2027-01-04T15:00:00Z'));
const RETENTION_DAYS = 365;

beforeAll(async () => {
	api = await startServiceWithClock(tempDir(), clock);
});

afterAll(async () => {
	await api.stop();
	removeDir(api.dataDir);
});

const exists = (id: string) => api.service.store.find(id) !== undefined;
const purgeAt = (iso: string) => purgeExpired(api.service.store.database, RETENTION_DAYS, { now: new Date(iso) }).tickets;

/** Closes the ticket, then (a day later) the customer opens its Acompanhamento. */
async function closeAndContinue(id: string, at: string): Promise<string> {
	clock.set(at);
	expect((await setStatus(api.url, id, 'encerrado', 'Resolvido na versão 24.01.013.')).status).toBe(200);
	clock.set(new Date(clock.now().getTime() + 24 * 3_600_000).toISOString());
	return api.service.followUp.lifecycle.followUp(id, { actor: 'cliente', author: 'Ana Souza', message: 'A rejeição voltou.' }).id;
}

describe('retention purge of tickets continued by an Acompanhamento', () => {
	it('keeps the closed tickets an open Acompanhamento continues (through other ones too), and erases them all once the last one is past the retention', async () => {
		const first = await openTicket(api.url);
		const second = await closeAndContinue(first, '2027-01-05T15:00:00Z');
		const third = await closeAndContinue(second, '2027-01-12T15:00:00Z');
		const unrelated = await openTicket(api.url);
		clock.set('2027-01-20T15:00:00Z');
		expect((await setStatus(api.url, unrelated, 'encerrado', 'Duplicado.')).status).toBe(200);

		// More than a year after the first two closed: only the ticket nothing continues goes.
		expect(purgeAt('2028-03-01T12:00:00Z')).toBe(1);
		expect(exists(unrelated)).toBe(false);
		expect([first, second, third].map(exists)).toEqual([true, true, true]);
		const carried = (await history(api.url, third)).history;
		expect(carried[0]).toMatchObject({ ticketId: first, kind: 'abertura' });
		expect(carried.map((event) => event.ticketId)).toEqual([first, first, second, second, second, third, third]);
		expect(carried.find((event) => event.ticketId === first && event.kind === 'status')?.message).toBe('Resolvido na versão 24.01.013.');

		// The last Acompanhamento closes; while it is recent, the chain stays whole.
		clock.set('2028-03-01T12:00:00Z');
		expect((await setStatus(api.url, third, 'encerrado', 'Resolvido de vez.')).status).toBe(200);
		expect(purgeAt('2028-06-01T12:00:00Z')).toBe(0);
		expect((await history(api.url, third)).history[0]?.ticketId).toBe(first);

		// Past the retention too: all three go.
		expect(purgeAt('2029-03-02T12:00:00Z')).toBe(3);
		expect([first, second, third].map(exists)).toEqual([false, false, false]);
	});

	it('still erases the whole chain of a person who asks for it, the open Acompanhamento included', async () => {
		const email = 'carla@atacado-exemplo.com.br';
		clock.set('2027-02-01T15:00:00Z');
		const requester = { name: 'Carla', email, company: 'Atacado Exemplo' };
		const parent = await openTicket(api.url, { requester });
		const child = await closeAndContinue(parent, '2027-02-02T15:00:00Z');
		expect(eraseEmail(api.service.store.database, email).tickets).toEqual([parent, child].sort());
		expect([parent, child].map(exists)).toEqual([false, false]);
	});
});

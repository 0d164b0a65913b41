import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, postTicket, removeDir, type RunningService, startService, tempDir, validTicket } from './helpers';

let api: RunningService;

beforeAll(async () => {
	api = await startService(tempDir());
});

afterAll(async () => {
	await api.stop();
	removeDir(api.dataDir);
});

describe('concurrent submissions', () => {
	it('stores 50 concurrent tickets with distinct keys exactly once each, with distinct numbers', async () => {
		const responses = await Promise.all(
			Array.from({ length: 50 }, (_, i) => postTicket(api.url, validTicket({ subject: `Chamado simultâneo número ${i}` }))),
		);
		expect(responses.map((response) => response.status)).toEqual(Array(50).fill(201));
		const ids = await Promise.all(responses.map(async (response) => ((await response.json()) as { id: string }).id));
		expect(new Set(ids).size).toBe(50);
		expect(ids.map((id) => Number(id.slice(3))).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
		expect(countRows(api.dataDir, 'tickets')).toBe(50);
		expect(countRows(api.dataDir, 'idempotency_keys')).toBe(50);
	});

	it('stores one ticket when the same key arrives 20 times at once', async () => {
		const before = countRows(api.dataDir, 'tickets');
		const key = randomUUID();
		const body = validTicket({ subject: 'Clique duplo no botão enviar' });
		const responses = await Promise.all(Array.from({ length: 20 }, () => postTicket(api.url, body, { key })));
		const statuses = responses.map((response) => response.status);
		expect(statuses.filter((status) => status === 201)).toHaveLength(1);
		expect(statuses.filter((status) => status === 200)).toHaveLength(19);
		const ids = await Promise.all(responses.map(async (response) => ((await response.json()) as { id: string }).id));
		expect(new Set(ids).size).toBe(1);
		expect(countRows(api.dataDir, 'tickets')).toBe(before + 1);
	});

	it('stores nothing for concurrent conflicting bodies beyond the first', async () => {
		const before = countRows(api.dataDir, 'tickets');
		const key = randomUUID();
		const responses = await Promise.all(
			Array.from({ length: 10 }, (_, i) => postTicket(api.url, validTicket({ subject: `Versão ${i} do mesmo chamado` }), { key })),
		);
		const statuses = responses.map((response) => response.status);
		expect(statuses.filter((status) => status === 201)).toHaveLength(1);
		expect(statuses.filter((status) => status === 409)).toHaveLength(9);
		expect(countRows(api.dataDir, 'tickets')).toBe(before + 1);
	});
});

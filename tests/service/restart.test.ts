import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { getTicket, postTicket, removeDir, startService, tempDir, validTicket } from './helpers';

const dataDir = tempDir();

afterAll(() => removeDir(dataDir));

describe('durability', () => {
	it('keeps tickets and idempotency keys across a restart on the same data folder', async () => {
		const key = randomUUID();
		const body = validTicket({ subject: 'Chamado que sobrevive ao reinício' });

		const first = await startService(dataDir);
		const created = (await (await postTicket(first.url, body, { key })).json()) as { id: string; createdAt: string };
		await first.stop();
		expect(first.service.store.isOpen).toBe(false);

		const second = await startService(dataDir);
		try {
			const read = await getTicket(second.url, created.id);
			expect(read.status).toBe(200);
			expect(await read.json()).toMatchObject({ id: created.id, createdAt: created.createdAt, subject: body.subject });

			const replay = await postTicket(second.url, body, { key });
			expect(replay.status).toBe(200);
			expect(((await replay.json()) as { id: string }).id).toBe(created.id);

			// Numbering goes on where it stopped.
			const next = (await (await postTicket(second.url, validTicket())).json()) as { id: string };
			expect(Number(next.id.slice(3))).toBe(Number(created.id.slice(3)) + 1);
		} finally {
			await second.stop();
		}
	});
});

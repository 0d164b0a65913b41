import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/storage';
import { FIXTURE_CONTENT_DIR, postTicket, removeDir, type RunningService, startService, tempDir, validTicket } from './helpers';

let running: RunningService;
let backups: string;
const created: string[] = [];

/** npm run backup, run asynchronously so the service in this process keeps answering meanwhile. */
async function backup(...args: string[]): Promise<{ code: number; out: string }> {
	const env = { ...process.env, TICKET_API_DATA_DIR: running.dataDir, CONTENT_DIR: FIXTURE_CONTENT_DIR };
	return promisify(execFile)('npx', ['tsx', 'scripts/backup.ts', ...args], { env }).then(
		(done) => ({ code: 0, out: `${done.stdout}${done.stderr}` }),
		(error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, out: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
	);
}

function rows(file: string): { id: string; status: string; data: string }[] {
	const db = new Database(file, { readonly: true, fileMustExist: true });
	try {
		return db.prepare<[], { id: string; status: string; data: string }>('SELECT id, status, data FROM tickets ORDER BY id').all();
	} finally {
		db.close();
	}
}

beforeAll(async () => {
	running = await startService(tempDir());
	backups = tempDir('backups-');
	for (const subject of ['Rejeição 539 ao emitir NF-e', 'Cupom fiscal não imprime no caixa 3', 'Inventário rotativo não fecha']) {
		const response = await postTicket(running.url, validTicket({ subject }));
		expect(response.status).toBe(201);
		created.push(((await response.json()) as { id: string }).id);
	}
});

afterAll(async () => {
	await running.stop();
	removeDir(running.dataDir);
	removeDir(backups);
});

describe('npm run backup', () => {
	it('copies the live WAL database into a file that opens and holds every ticket', async () => {
		const target = join(backups, 'copia.sqlite');
		const result = await backup(target);
		expect(result.out).toContain(`Cópia gravada em ${target}: 3 chamado(s), integridade verificada.`);
		expect(result.code).toBe(0);
		// the live database still has its -wal file; the copy stands alone and opens read-only
		expect(existsSync(join(running.dataDir, `${DATABASE_FILE}-wal`))).toBe(true);
		const copied = rows(target);
		expect(copied.map((row) => row.id)).toEqual(created);
		expect(copied).toEqual(rows(join(running.dataDir, DATABASE_FILE)));
		expect(JSON.parse(copied[1]!.data).subject).toBe('Cupom fiscal não imprime no caixa 3');
		// and the service goes on taking tickets
		expect((await postTicket(running.url, validTicket({ subject: 'Depois da cópia' }))).status).toBe(201);
	});

	it('names the copy by date and time when given a folder, and never overwrites a file', async () => {
		const folder = join(backups, 'pasta');
		await promisify(execFile)('mkdir', ['-p', folder]);
		const first = await backup(folder);
		expect(first.code).toBe(0);
		const [name] = readdirSync(folder);
		expect(name).toMatch(/^tickets-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.sqlite$/);
		expect(rows(join(folder, name!))).toHaveLength(4);

		const again = await backup(join(backups, 'copia.sqlite'));
		expect(again.code).toBe(1);
		expect(again.out).toContain('já existe; escolha outro nome');
		expect(rows(join(backups, 'copia.sqlite'))).toHaveLength(3);
	});

	it('says what to type when the destination is missing', async () => {
		const result = await backup();
		expect(result.code).toBe(1);
		expect(result.out).toContain('Informe onde gravar a cópia: npm run backup -- <arquivo ou pasta>');
	});
});

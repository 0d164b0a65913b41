import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/utils/content-dir';
import { ADMIN_TOKEN, countRows, FIXTURE_CONTENT_DIR, getTicket, postTicket, removeDir, tempDir, validTicket } from './helpers';

interface Process {
	child: ChildProcessWithoutNullStreams;
	url: string;
	output: () => string;
}

/** `npm run serve:api` as a real process (node + tsx), on a free port; resolves with its URL. */
function startMain(dataDir: string): Promise<Process> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
		cwd: projectRoot,
		env: {
			...process.env,
			PORT: '0',
			TICKET_API_DATA_DIR: dataDir,
			TICKET_API_ADMIN_TOKEN: ADMIN_TOKEN,
			TICKET_API_RATE_LIMIT: '0',
			CONTENT_DIR: FIXTURE_CONTENT_DIR,
		},
	});
	let output = '';
	return new Promise((resolve, reject) => {
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			const match = /no ar em (http:\/\/\S+)\/api/.exec(output);
			if (match) resolve({ child, url: match[1], output: () => output });
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('exit', (code) => reject(new Error(`main.ts saiu com código ${code}:\n${output}`)));
	});
}

function stop({ child }: Process): Promise<number | null> {
	return new Promise((resolve) => {
		child.once('exit', (code) => resolve(code));
		child.kill('SIGTERM');
	});
}

const dataDir = tempDir();
let first: Process;
let second: Process;

beforeAll(async () => {
	// Two services on one SQLite file: writes really race at the database, not only in one process.
	first = await startMain(dataDir);
	second = await startMain(dataDir);
});

afterAll(async () => {
	for (const running of [first, second]) if (running && running.child.exitCode === null) await stop(running);
	removeDir(dataDir);
});

describe('src/server/main.ts (npm run serve:api)', () => {
	it('prints its URL and the settings that matter', () => {
		expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(first.output()).toContain(join(dataDir, 'tickets.sqlite'));
		expect(first.output()).toContain('2 produto(s)');
	});

	it('stores every ticket once when two processes share the database', async () => {
		const responses = await Promise.all(
			Array.from({ length: 30 }, (_, i) => postTicket((i % 2 ? first : second).url, validTicket())),
		);
		expect(responses.map((response) => response.status)).toEqual(Array(30).fill(201));
		const ids = await Promise.all(responses.map(async (response) => ((await response.json()) as { id: string }).id));
		expect(new Set(ids).size).toBe(30);

		const key = randomUUID();
		const body = validTicket({ subject: 'Mesmo envio a dois processos' });
		const same = await Promise.all(Array.from({ length: 10 }, (_, i) => postTicket((i % 2 ? first : second).url, body, { key })));
		expect(same.filter((response) => response.status === 201)).toHaveLength(1);
		expect(same.filter((response) => response.status === 200)).toHaveLength(9);

		expect(countRows(dataDir, 'tickets')).toBe(31);
		const ticket = await getTicket(second.url, ids[0]);
		expect(ticket.status).toBe(200);
	});

	it('closes the database cleanly on SIGTERM', async () => {
		expect(await stop(first)).toBe(0);
		expect(await stop(second)).toBe(0);
		expect(first.output()).toContain('SIGTERM recebido');
		// SQLite removes the WAL file when the last connection closes properly.
		expect(existsSync(join(dataDir, 'tickets.sqlite-wal'))).toBe(false);
		expect(countRows(dataDir, 'tickets')).toBe(31);
	});
});

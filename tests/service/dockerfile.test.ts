/**
 * hadolint is not installable here (no Debian package, no npm package), so the Dockerfile's key
 * lines are asserted, and its CMD and HEALTHCHECK commands are run as the image would run them.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/storage';
import { removeDir, tempDir } from './helpers';

interface Instruction {
	name: string;
	args: string;
	stage: number;
}

/** The Dockerfile's instructions (continuations joined, comments dropped), with their stage. */
function instructions(text: string): Instruction[] {
	let stage = -1;
	return text
		.replace(/\\\n/g, ' ')
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => {
			const [, name = '', args = ''] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
			if (name.toUpperCase() === 'FROM') stage++;
			return { name: name.toUpperCase(), args: args.trim(), stage };
		});
}

const all = instructions(readFileSync('Dockerfile', 'utf8'));
const stages = all.filter((entry) => entry.name === 'FROM');
const final = all.filter((entry) => entry.stage === stages.length - 1);
const lastOf = (name: string) => final.filter((entry) => entry.name === name).at(-1);
/** The image's ENV, `KEY=value` pairs of the final stage. */
const imageEnv = Object.fromEntries(final.filter((entry) => entry.name === 'ENV').flatMap((entry) => [...entry.args.matchAll(/(\w+)=(\S+)/g)].map((match) => [match[1]!, match[2]!])));
/** An exec-form command (`CMD ["node", …]`) as an argument list. */
const execForm = (args: string) => JSON.parse(args.replace(/^.*?CMD\s+/, '')) as string[];

/**
 * The `-e NAME=value` settings of the README's `docker run` example ("Publicar"), quotes removed and
 * a command substitution (`$(openssl rand -hex 32)`) replaced by a value of that form.
 */
function readmeDockerRunEnv(): Record<string, string> {
	const readme = readFileSync('README.md', 'utf8');
	const block = /```sh\n(docker build[\s\S]*?docker run[\s\S]*?)```/.exec(readme)?.[1] ?? '';
	const pairs = [...block.matchAll(/-e (\w+)=("[^"]*"|\S+)/g)].map(([, name, raw]) => {
		const value = raw!.replace(/^"|"$/g, '');
		return [name!, value.startsWith('$(') ? 'a'.repeat(64) : value];
	});
	return Object.fromEntries(pairs);
}

/** GET with any Host header (fetch always sends the URL's): the status code. */
function statusWithHost(port: number, path: string, host: string): Promise<number> {
	return new Promise((done, fail) => {
		const req = request({ hostname: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
			res.resume();
			res.on('end', () => done(res.statusCode ?? 0));
		});
		req.on('error', fail);
		req.end();
	});
}

let child: ChildProcess | undefined;
const dataDir = tempDir('docker-data-');
afterAll(() => {
	child?.kill('SIGKILL');
	removeDir(dataDir);
});

describe('Dockerfile of the ticket service', () => {
	it('is multi-stage on Node 20, installs with npm ci, and copies only the built dependencies into the final image', () => {
		expect(stages.length).toBeGreaterThanOrEqual(2);
		for (const from of stages) expect(from.args).toMatch(/^node:20[-\w.]*( AS \w+)?$/i);
		expect(all.some((entry) => entry.name === 'RUN' && /npm ci --omit=dev/.test(entry.args))).toBe(true);
		expect(final.some((entry) => entry.name === 'COPY' && entry.args.startsWith('--from='))).toBe(true);
		expect(final.some((entry) => entry.name === 'RUN' && /apt-get|g\+\+/.test(entry.args))).toBe(false);
	});

	it('runs as a non-root user, keeps the database in a volume and exposes the port it listens on', () => {
		const user = lastOf('USER');
		expect(user?.args).toBeTruthy();
		expect(user!.args).not.toMatch(/^(root|0)(:|$)/);
		expect(final.indexOf(user!)).toBeLessThan(final.indexOf(lastOf('CMD')!));
		expect(imageEnv.TICKET_API_DATA_DIR).toBe('/app/data');
		expect(JSON.parse(lastOf('VOLUME')!.args)).toContain(imageEnv.TICKET_API_DATA_DIR);
		expect(lastOf('EXPOSE')!.args).toBe(imageEnv.PORT);
		expect(imageEnv.HOST).toBe('0.0.0.0');
		const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
		for (const entry of ['node_modules', 'data', '.git', 'dist']) expect(ignored).toContain(entry);
	});

	it('starts the service with its CMD, and its HEALTHCHECK passes on /api/health, also with TICKET_API_ALLOWED_HOSTS set, and fails once the service is gone', async () => {
		const health = lastOf('HEALTHCHECK')!.args;
		expect(health).toContain('/api/health');
		const probe = execForm(health);
		const [command, ...args] = execForm(lastOf('CMD')!.args);
		const port = await new Promise<number>((done) => {
			const server = createServer().listen(0, '127.0.0.1', () => {
				const { port } = server.address() as { port: number };
				server.close(() => done(port));
			});
		});
		// The image's environment (NODE_ENV=production) with the settings of the README's docker run
		// example, on this machine's folders and a free port on loopback.
		expect(imageEnv.NODE_ENV).toBe('production');
		const documented = readmeDockerRunEnv();
		expect(documented).toMatchObject({ TICKET_API_ALLOWED_HOSTS: 'api-ajuda.exemplo.com.br', TICKET_API_TRUST_PROXY: expect.any(String) });
		expect(Object.keys(documented)).toEqual(expect.arrayContaining(['TICKET_API_SMTP_URL', 'TICKET_API_MAIL_FROM', 'TICKET_API_ALLOWED_ORIGINS']));
		const env = {
			...process.env,
			...imageEnv,
			...documented,
			HOST: '127.0.0.1',
			PORT: String(port),
			TICKET_API_DATA_DIR: dataDir,
			CONTENT_DIR: join(process.cwd(), 'content'),
		};
		const runProbe = () => promisify(execFile)(probe[0]!, probe.slice(1), { env }).then(() => 0, (error: { code?: number }) => error.code ?? 1);

		child = spawn(command!, args, { env, stdio: 'pipe' });
		let output = '';
		child.stdout!.on('data', (chunk) => (output += chunk));
		child.stderr!.on('data', (chunk) => (output += chunk));
		await new Promise<void>((ready, fail) => {
			child!.stdout!.on('data', () => output.includes('no ar') && ready());
			child!.on('exit', (code) => fail(new Error(`o serviço parou (código ${code}): ${output}`)));
		});
		expect(await runProbe()).toBe(0);
		expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
		// What the reverse proxy relays, and a name nobody configured.
		expect(await statusWithHost(port, '/api/health', 'api-ajuda.exemplo.com.br')).toBe(200);
		expect(await statusWithHost(port, '/api/health', 'evil.example')).toBe(421);

		const exited = new Promise((done) => child!.on('exit', done));
		child.kill('SIGTERM');
		await exited;
		expect(await runProbe()).toBe(1);
	}, 120_000);
});

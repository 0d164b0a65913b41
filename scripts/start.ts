/**
 * `npm start`: the whole help center on one machine and one port — the built site and the
 * ticket service, so that the intake page reaches its API at the same origin (`/api`).
 *
 * Builds the site first when `dist/` is missing or older than its sources or content.
 *   npm start                 build if needed, then serve
 *   npm start -- --build      always build first
 *   npm start -- --no-build   serve `dist/` as it is (also START_SKIP_BUILD=1)
 * Environment: PORT (default 4321), HOST (default 127.0.0.1), CONTENT_DIR, and the ticket
 * service's TICKET_API_* variables (see src/server/config.ts).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { exitOnListenError, loadConfigOrExit } from '../src/server/cli';
import { onShutdown } from '../src/server/shutdown';
import { siteBuildReason } from '../src/server/site-freshness';
import { startSiteServer } from '../src/server/site-server';
import { describeService } from '../src/server/startup-notes';
import { contentDir, projectRoot } from '../src/utils/content-dir';

const SITE_PORT = 4321;
const KNOWN_FLAGS = new Set(['--build', '--no-build']);

const flags = process.argv.slice(2);
const unknown = flags.filter((flag) => !KNOWN_FLAGS.has(flag));
if (unknown.length) {
	console.error(`Opção desconhecida: ${unknown.join(' ')}. Use: npm start [-- --build | --no-build]`);
	process.exit(1);
}
const skipBuild = flags.includes('--no-build') || process.env.START_SKIP_BUILD === '1';
const forceBuild = flags.includes('--build');
const distDir = resolve(projectRoot, 'dist');

/** What the build reads; src/server is the service, not the site, and does not count. */
function buildReason(): string | undefined {
	if (forceBuild) return 'pedido com --build';
	const at = (path: string) => resolve(projectRoot, path);
	return siteBuildReason({
		distDir,
		root: projectRoot,
		sources: [at('src'), at('public'), contentDir(), at('astro.config.mjs'), at('package.json')],
		ignore: [at('src/server')],
	});
}

/** Runs `npx astro build` with its output on this terminal; the build is the site's own. */
function buildSite(): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn('npx', ['astro', 'build'], {
			cwd: projectRoot,
			stdio: 'inherit',
			env: process.env,
			shell: process.platform === 'win32',
		});
		child.once('error', fail);
		child.once('exit', (code, signal) => {
			if (code === 0) done();
			else fail(new Error(`a construção do site falhou (${signal ? `sinal ${signal}` : `código ${code}`}).`));
		});
	});
}

const config = loadConfigOrExit(process.env, SITE_PORT);

if (skipBuild) {
	if (siteBuildReason({ distDir, root: projectRoot, sources: [] })) {
		console.error('Não há site construído em dist/: rode "npm start" sem --no-build (ou "npm run build").');
		process.exit(1);
	}
} else {
	const reason = buildReason();
	if (reason) {
		console.log(`Construindo o site (${reason})…`);
		try {
			await buildSite();
		} catch (error) {
			console.error(`Não foi possível iniciar: ${(error as Error).message}`);
			process.exit(1);
		}
	}
}

const site = await startSiteServer({ distDir, config }).catch((error: unknown) => exitOnListenError(error, config));
console.log(`\nCentral de Ajuda no ar em ${site.server.url}/`);
console.log(`API de chamados em ${site.server.url}/api`);
for (const note of describeService(config, site.service)) console.log(`  ${note}`);
console.log('Ctrl+C para encerrar.');

onShutdown(() => site.close());

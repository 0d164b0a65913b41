/**
 * Serves an already built site with the ticket service on one port, for the end-to-end tests,
 * the search benchmark and the suggestion evaluation (npm start does the same for dist/).
 *   tsx scripts/serve-site.ts --dist <pasta> --content <corpus> --port <porta> [--fresh-data] [--data-dir <pasta>]
 * --fresh-data starts from an empty ticket database: in --data-dir, emptied first, or else in a
 * temporary folder. --data-dir alone keeps what the folder holds.
 * The admin token defaults to "teste-admin-0123456789abcdefghijklmn" so tests can read the tickets they created.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../src/server/cli';
import { onShutdown } from '../src/server/shutdown';
import { startSiteServer } from '../src/server/site-server';
import { projectRoot } from '../src/utils/content-dir';

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		content: { type: 'string', default: 'content' },
		port: { type: 'string', default: '4321' },
		'fresh-data': { type: 'boolean', default: false },
		'data-dir': { type: 'string' },
	},
});

const env = {
	...process.env,
	PORT: values.port,
	CONTENT_DIR: resolve(projectRoot, values.content!),
	TICKET_API_ADMIN_TOKEN: process.env.TICKET_API_ADMIN_TOKEN ?? 'teste-admin-0123456789abcdefghijklmn',
	// Many tests post from 127.0.0.1 within a minute; the limiter itself is tested in tests/service.
	TICKET_API_RATE_LIMIT: process.env.TICKET_API_RATE_LIMIT ?? '0',
	...(values['fresh-data'] || values['data-dir'] ? { TICKET_API_DATA_DIR: dataDir() } : {}),
};

/** The folder the service keeps its data in (the service creates it when missing). */
function dataDir(): string {
	const chosen = values['data-dir'];
	if (!chosen) return mkdtempSync(join(tmpdir(), 'tickets-'));
	if (values['fresh-data']) rmSync(resolve(projectRoot, chosen), { recursive: true, force: true });
	return resolve(projectRoot, chosen);
}
const config = loadConfigOrExit(env, Number(values.port));
const running = await startSiteServer({ distDir: resolve(projectRoot, values.dist!), config });
console.log(`Site de ${values.dist} em http://${config.host}:${running.server.port}/ (dados em ${config.dataDir})`);
onShutdown(() => running.close());

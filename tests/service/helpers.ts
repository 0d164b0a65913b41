import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type Env, loadConfig, type ServiceConfig } from '../../src/server/config';
import { listen, type RunningServer } from '../../src/server/listen';
import { openTicketService, type TicketService } from '../../src/server/service';
import { DATABASE_FILE } from '../../src/server/storage';

/**
 * The project's FAQ fixture corpus, found from this file so the tests run from any checkout:
 * products erp and pdv; module fiscal is erp's, frente-de-loja pdv's.
 */
export const FIXTURE_CONTENT_DIR = fileURLToPath(new URL('../fixtures/faq-corpus', import.meta.url));
export const ADMIN_TOKEN = 'token-de-teste-0123456789abcdefghij';

export function tempDir(prefix = 'ticket-service-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/** The configuration of a test service: a real SQLite file in `dataDir`, any free port. */
export function testConfig(dataDir: string, env: Env = {}): ServiceConfig {
	return loadConfig({
		PORT: '0',
		HOST: '127.0.0.1',
		TICKET_API_DATA_DIR: dataDir,
		TICKET_API_ADMIN_TOKEN: ADMIN_TOKEN,
		TICKET_API_ALLOWED_ORIGINS: 'https://ajuda.exemplo.com.br',
		TICKET_API_RATE_LIMIT: '1000',
		CONTENT_DIR: FIXTURE_CONTENT_DIR,
		...env,
	});
}

export interface RunningService {
	url: string;
	dataDir: string;
	service: TicketService;
	server: RunningServer;
	stop(): Promise<void>;
}

/** Starts the real service over HTTP on a free port; `stop()` closes the server, then the DB. */
export async function startService(dataDir: string, env: Env = {}, { now }: { now?: () => Date } = {}): Promise<RunningService> {
	const config = testConfig(dataDir, env);
	const service = openTicketService(config, { now });
	const server = await listen(service.app, config);
	return {
		url: server.url,
		dataDir,
		service,
		server,
		stop: async () => {
			await server.close(1_000);
			// E-mails still being sent finish before the database closes.
			await service.followUp.settled();
			service.close();
		},
	};
}

/** A ticket every rule accepts (erp / fiscal in the fixture corpus). */
export function validTicket(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		subject: 'Rejeição 539 ao emitir NF-e',
		description: 'Ao transmitir a nota fiscal aparece a rejeição 539 (duplicidade) desde ontem à tarde.',
		product: 'erp',
		module: 'fiscal',
		routine: 'Emissão de NF-e',
		version: '24.01.012',
		environment: 'producao',
		requester: { name: 'Ana Souza', email: 'ana@mercado.com.br', company: 'Mercado Bom Preço', phone: '(11) 99999-0000' },
		remoteAccess: true,
		deflection: { suggested: ['fiscal/rejeicao-204-nfe-ja-autorizada'], opened: [] },
		...overrides,
	};
}

export function postTicket(
	url: string,
	body: unknown,
	{ key = randomUUID(), headers = {} }: { key?: string | null; headers?: Record<string, string> } = {},
): Promise<Response> {
	return fetch(`${url}/api/tickets`, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/json',
			...(key === null ? {} : { 'Idempotency-Key': key }),
			...headers,
		},
		body: typeof body === 'string' ? body : JSON.stringify(body),
	});
}

export function getTicket(url: string, id: string, token: string | null = ADMIN_TOKEN): Promise<Response> {
	return fetch(`${url}/api/tickets/${id}`, { headers: token === null ? {} : { Authorization: `Bearer ${token}` } });
}

/** Reads rows straight from the SQLite file, beside the running service (WAL allows it). */
export function countRows(dataDir: string, table: 'tickets' | 'idempotency_keys' | 'deflections'): number {
	const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
	try {
		return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
	} finally {
		db.close();
	}
}

/** The contract's error body, checked for shape, with a pt-BR message for people. */
export interface ErrorBodyShape {
	error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

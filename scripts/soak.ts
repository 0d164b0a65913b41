/**
 * `npm run soak`: a reliability benchmark (not a test) of the ticket service under slow and
 * hostile clients. On loopback only, it starts the real service in a temporary folder, opens slow
 * clients from 127.0.0.1 (headers a byte at a time, bodies that never end) while a customer on
 * 127.0.0.2 submits valid tickets, then prints whether every valid submission succeeded and
 * whether every answered ticket is stored exactly once. Bounded in count and in time.
 *   npm run soak [-- --lentos 600 --chamados 150 --segundos 40]
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/server/config';
import { listen } from '../src/server/listen';
import { openTicketService } from '../src/server/service';
import { DATABASE_FILE } from '../src/server/storage';
import { projectRoot } from '../src/utils/content-dir';

const { values } = parseArgs({
	options: {
		lentos: { type: 'string', default: '600' },
		chamados: { type: 'string', default: '150' },
		segundos: { type: 'string', default: '40' },
	},
});
const bounded = (raw: string | undefined, name: string, max: number): number => {
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 1 || value > max) {
		console.error(`--${name} deve ser um número inteiro de 1 a ${max}.`);
		process.exit(1);
	}
	return value;
};
const SLOW = bounded(values.lentos, 'lentos', 2_000);
const TICKETS = bounded(values.chamados, 'chamados', 1_000);
const SECONDS = bounded(values.segundos, 'segundos', 120);
const CUSTOMER_ADDRESS = '127.0.0.2';

const dataDir = mkdtempSync(join(tmpdir(), 'soak-'));
const config = loadConfig({
	PORT: '0',
	HOST: '127.0.0.1',
	TICKET_API_DATA_DIR: dataDir,
	TICKET_API_RATE_LIMIT: '0',
	CONTENT_DIR: join(projectRoot, 'tests/fixtures/faq-corpus'),
});
const quietWarn = console.warn;
let serviceWarnings = 0;
console.warn = () => void serviceWarnings++;
const service = openTicketService(config);
const server = await listen(service.app, config);
const deadline = Date.now() + SECONDS * 1_000;

// --- slow clients --------------------------------------------------------------------------
const slow = { opened: 0, refused: 0, cutByServer: 0, stillOpen: 0, answers: new Map<string, number>() };
const sockets: Socket[] = [];
function openSlow(index: number): void {
	const socket = connect({ port: server.port, host: '127.0.0.1' });
	sockets.push(socket);
	let firstLine = '';
	socket.on('data', (chunk: Buffer) => {
		if (!firstLine) firstLine = chunk.toString('latin1').split('\r\n')[0] ?? '';
	});
	socket.on('error', () => undefined);
	socket.once('connect', () => {
		slow.opened++;
		const slowBody = index % 4 === 0;
		socket.write(
			slowBody
				? 'POST /api/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
						`Idempotency-Key: ${randomUUID()}\r\nContent-Length: 60000\r\n\r\n{"subject":"`
				: 'GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n',
		);
		const drip = setInterval(() => {
			if (Date.now() > deadline || socket.destroyed) return clearInterval(drip);
			socket.write(slowBody ? 'a' : 'X-Lento: a\r\n');
		}, 1_000);
	});
	socket.once('close', () => {
		if (socket.bytesRead === 0) slow.refused++;
		else {
			slow.cutByServer++;
			slow.answers.set(firstLine, (slow.answers.get(firstLine) ?? 0) + 1);
		}
	});
}
for (let i = 0; i < SLOW; i++) openSlow(i);

// --- the customer ---------------------------------------------------------------------------
const ticket = (n: number) =>
	JSON.stringify({
		subject: `Rejeição 539 ao emitir NF-e (envio ${n})`,
		description: 'Ao transmitir a nota fiscal aparece a rejeição 539 (duplicidade) desde ontem à tarde.',
		product: 'erp',
		module: 'fiscal',
		version: '24.01.012',
		environment: 'producao',
		requester: { name: 'Ana Souza', email: 'ana@mercado.com.br', company: 'Mercado Bom Preço' },
		remoteAccess: true,
	});

function post(n: number): Promise<{ status: number; id?: string; ms: number }> {
	const started = performance.now();
	const body = ticket(n);
	return new Promise((done) => {
		const req = request(
			{
				host: '127.0.0.1',
				port: server.port,
				localAddress: CUSTOMER_ADDRESS,
				method: 'POST',
				path: '/api/tickets',
				headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'Content-Length': Buffer.byteLength(body) },
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (text += chunk));
				res.on('end', () => {
					let id: string | undefined;
					try {
						id = (JSON.parse(text) as { id?: string }).id;
					} catch {
						id = undefined;
					}
					done({ status: res.statusCode ?? 0, id, ms: performance.now() - started });
				});
			},
		);
		req.on('error', () => done({ status: 0, ms: performance.now() - started }));
		req.end(body);
	});
}

const results: { status: number; id?: string; ms: number }[] = [];
const gap = Math.max(1, Math.floor((SECONDS * 1_000 * 0.8) / TICKETS));
for (let n = 0; n < TICKETS && Date.now() < deadline; n++) {
	results.push(await post(n));
	await new Promise((done) => setTimeout(done, gap));
}

// --- figures ----------------------------------------------------------------------------------
slow.stillOpen = sockets.filter((socket) => !socket.destroyed).length;
for (const socket of sockets) socket.destroy();
await server.close(500);
service.close();
console.warn = quietWarn;

const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
const stored = db.prepare('SELECT id, COUNT(*) AS n FROM tickets GROUP BY id').all() as { id: string; n: number }[];
db.close();
rmSync(dataDir, { recursive: true, force: true });

const created = results.filter((result) => result.status === 201);
const storedOnce = new Map(stored.map((row) => [row.id, row.n]));
const missing = created.filter((result) => storedOnce.get(result.id ?? '') !== 1).length;
const latencies = created.map((result) => result.ms).sort((a, b) => a - b);
const pct = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1) : '-');

console.log(`Carga de ${SECONDS} s em loopback: ${SLOW} clientes lentos em 127.0.0.1, um cliente em ${CUSTOMER_ADDRESS}.`);
console.log(`  Clientes lentos: ${slow.opened} conectados, ${slow.refused} recusados na hora (limite por endereço), ${slow.cutByServer} cortados pelo servidor (tempo esgotado), ${slow.stillOpen} ainda abertos no fim.`);
console.log(`  Respostas aos cortados: ${[...slow.answers].map(([line, n]) => `${n} × "${line}"`).join('; ') || 'nenhuma'}.`);
console.log(`  Envios válidos: ${created.length} de ${results.length} aceitos (201); outros status: ${results.filter((r) => r.status !== 201).map((r) => r.status).join(', ') || 'nenhum'}.`);
console.log(`  Tempo de resposta dos envios aceitos: mediana ${pct(0.5)} ms, p95 ${pct(0.95)} ms, máximo ${pct(1)} ms.`);
console.log(`  Chamados no banco: ${stored.length}; respondidos e não gravados exatamente uma vez: ${missing}.`);
console.log(`  Avisos do serviço (uma linha cada, sem rastro de pilha): ${serviceWarnings}.`);
const ok = created.length === results.length && results.length > 0 && missing === 0 && stored.length === created.length;
console.log(ok ? 'Resultado: todos os envios válidos deram certo e cada chamado foi gravado uma vez.' : 'Resultado: FALHOU.');
process.exit(ok ? 0 : 1);

import { connect, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { listen, type RunningServer } from '../../src/server/listen';
import { openTicketService, type TicketService } from '../../src/server/service';
import { removeDir, tempDir, testConfig } from './helpers';

const dataDir = tempDir();
let service: TicketService;
let server: RunningServer;
const PER_ADDRESS = 5;

beforeAll(async () => {
	const config = testConfig(dataDir);
	service = openTicketService(config);
	// Short timeouts so the test waits little; the defaults are 10 s and 30 s.
	server = await listen(service.app, config, {
		headersTimeoutMs: 1_000,
		requestTimeoutMs: 2_000,
		connections: { total: 100, perAddress: PER_ADDRESS },
	});
});

afterAll(async () => {
	await server.close(500);
	service.close();
	removeDir(dataDir);
});

afterEach(() => {
	vi.restoreAllMocks();
});

interface RawClient {
	socket: Socket;
	/** Resolves with everything the server sent once it closes the connection. */
	closed: Promise<string>;
}

function open(first?: string, port = server.port): Promise<RawClient> {
	return new Promise((ready, fail) => {
		const socket = connect(port, '127.0.0.1');
		let received = '';
		socket.setEncoding('utf8');
		socket.on('data', (chunk: string) => (received += chunk));
		socket.on('error', () => undefined);
		const closed = new Promise<string>((done) => socket.once('close', () => done(received)));
		socket.once('connect', () => {
			if (first) socket.write(first);
			ready({ socket, closed });
		});
		socket.once('error', fail);
	});
}

describe('slow and hostile clients', () => {
	it('cuts a client that never finishes its headers, with a JSON 408', async () => {
		const client = await open('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lento: a');
		const answer = await client.closed;
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
		expect(answer).toContain('"code":"request_timeout"');
	});

	it('cuts a client that never finishes its body, and stores nothing', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const client = await open(
			'POST /api/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
				'Idempotency-Key: 3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b\r\nContent-Length: 5000\r\n\r\n{"subject":"Rej',
		);
		await client.closed;
		expect(client.socket.destroyed).toBe(true);
		expect(service.store.find('LC-000001')).toBeUndefined();
		await vi.waitFor(() => expect(warn).toHaveBeenCalled());
		expect(error).not.toHaveBeenCalled();
	});

	it('logs a client that hangs up mid-request as one line, never a stack trace', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const client = await open(
			'POST /api/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
				'Idempotency-Key: 4f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b\r\nContent-Length: 5000\r\n\r\n{"subject":"Rej',
		);
		client.socket.destroy();
		await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
		const line = String(warn.mock.calls[0]![0]);
		expect(line).toBe('[api] o cliente desconectou no meio do pedido POST /api/tickets.');
		expect(warn.mock.calls[0]).toHaveLength(1);
		expect(error).not.toHaveBeenCalled();
	});

	it('caps the open connections of one address, and frees the slots as they close', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		// Long timeouts here, so that only the cap closes connections during the test.
		const capped = await listen(service.app, testConfig(dataDir), { connections: { total: 100, perAddress: PER_ADDRESS } });
		try {
			await checkCap(capped);
		} finally {
			await capped.close(100);
		}
	});

	it('still caps one address when TICKET_API_TRUST_PROXY is a hop count (it names no proxy address)', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const config = testConfig(dataDir, { TICKET_API_TRUST_PROXY: '1' });
		expect(config.trustProxy).toBe(1);
		const capped = await listen(service.app, config, { connections: { total: 100, perAddress: PER_ADDRESS } });
		try {
			await checkCap(capped);
		} finally {
			await capped.close(100);
		}
	});

	it('spares a proxy listed by address from the per-address cap', async () => {
		const config = testConfig(dataDir, { TICKET_API_TRUST_PROXY: 'loopback' });
		const spared = await listen(service.app, config, { connections: { total: 100, perAddress: PER_ADDRESS } });
		try {
			const clients = await Promise.all(Array.from({ length: PER_ADDRESS + 3 }, () => open(undefined, spared.port)));
			expect((await fetch(`${spared.url}/api/health`)).status).toBe(200);
			expect(clients.filter((client) => client.socket.destroyed)).toEqual([]);
			for (const client of clients) client.socket.destroy();
		} finally {
			await spared.close(100);
		}
	});

	it('caps the open connections in total', async () => {
		const capped = await listen(service.app, testConfig(dataDir), { connections: { total: 3, perAddress: 100 } });
		try {
			const clients = await Promise.all(Array.from({ length: 5 }, () => open(undefined, capped.port)));
			await vi.waitFor(() => expect(clients.filter((client) => client.socket.destroyed)).toHaveLength(2), { timeout: 5_000 });
			for (const client of clients) client.socket.destroy();
		} finally {
			await capped.close(100);
		}
	});
});

async function checkCap(server: RunningServer): Promise<void> {
	{
		const clients = await Promise.all(Array.from({ length: PER_ADDRESS + 3 }, () => open(undefined, server.port)));
		// The three past the cap are closed by the server without a byte.
		const closedEarly: RawClient[] = [];
		await vi.waitFor(
			async () => {
				closedEarly.splice(0, closedEarly.length, ...clients.filter((client) => client.socket.destroyed));
				expect(closedEarly).toHaveLength(3);
			},
			{ timeout: 5_000 },
		);
		for (const client of closedEarly) expect(await client.closed).toBe('');
		// A new request from the same address is refused while the slots are held…
		await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
		// …and served once they are free.
		for (const client of clients) client.socket.destroy();
		await Promise.all(clients.map((client) => client.closed));
		await vi.waitFor(async () => expect((await fetch(`${server.url}/api/health`)).status).toBe(200));
	}
}

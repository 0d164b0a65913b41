import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { isListedProxy } from './client-address';
import { answerClientErrors } from './client-errors';
import type { TrustProxy } from './config-hardening';
import { type ConnectionLimits, DEFAULT_CONNECTION_LIMITS, limitConnections } from './connection-limits';
import type { CspDirectives } from './security-policy';

/** How long a client may take to send its headers, and its whole request. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;

export interface ListenOptions {
	connections?: ConnectionLimits;
	headersTimeoutMs?: number;
	requestTimeoutMs?: number;
	/** The CSP of the service's answers, for those node:http writes itself (client-errors.ts). */
	csp?: CspDirectives;
}

export interface RunningServer {
	/** Base URL, without a trailing slash: `http://127.0.0.1:8787`. */
	url: string;
	port: number;
	/** Stops accepting connections and resolves once open requests are done (or `graceMs` passed). */
	close(graceMs?: number): Promise<void>;
}

interface Fetchable {
	fetch: (request: Request, ...rest: never[]) => Response | Promise<Response>;
}

function urlOf(host: string, port: number): string {
	const name = host.includes(':') ? `[${host}]` : host;
	return `http://${name}:${port}`;
}

/** Serves an app over HTTP on host:port (port 0 picks a free one) and resolves once listening. */
export function listen(
	app: Fetchable,
	{ port, host, trustProxy = false }: { port: number; host: string; trustProxy?: TrustProxy },
	{
		connections = DEFAULT_CONNECTION_LIMITS,
		headersTimeoutMs = HEADERS_TIMEOUT_MS,
		requestTimeoutMs = REQUEST_TIMEOUT_MS,
		csp,
	}: ListenOptions = {},
): Promise<RunningServer> {
	return new Promise((resolvePromise, reject) => {
		// A node:http server whose timeouts are checked every second, not every 30 s (node's default).
		const serverOptions = {
			headersTimeout: headersTimeoutMs,
			requestTimeout: requestTimeoutMs,
			connectionsCheckingInterval: Math.min(1_000, headersTimeoutMs),
		};
		const server = serve({ fetch: app.fetch as never, port, hostname: host, serverOptions }, (info: AddressInfo) => {
			server.off('error', reject);
			resolvePromise({
				url: urlOf(host, info.port),
				port: info.port,
				close: (graceMs = 5_000) =>
					new Promise<void>((done) => {
						// Requests already running finish; keep-alive sockets left idle are dropped now and
						// the rest after the grace period, so that a stuck client cannot hold the shutdown.
						const timer = setTimeout(() => server.closeAllConnections(), graceMs);
						timer.unref();
						server.close(() => {
							clearTimeout(timer);
							done();
						});
						server.closeIdleConnections();
					}),
			});
		}) as Server;
		answerClientErrors(server, { csp });
		// A proxy listed by address carries every client's connections: the per-address cap spares
		// it. A hop count spares no one (it would trust every peer, so nothing would be capped).
		limitConnections(server, { exempt: isListedProxy(trustProxy), ...connections });
		server.once('error', reject);
	});
}

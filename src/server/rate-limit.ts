import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { sendError } from './errors';

export interface RateLimitOptions {
	/** Requests allowed per client and window; 0 turns the limit off. */
	max: number;
	windowMs: number;
	/** Who the client is; by default the address of the TCP peer. */
	clientOf?: (c: Context) => string;
	now?: () => number;
}

interface Window {
	count: number;
	resetAt: number;
}

/**
 * The TCP peer address. Forwarded headers are ignored on purpose: the service listens on
 * localhost by default, and a header a client writes itself must not let it dodge the limit.
 */
export function peerAddress(c: Context): string {
	try {
		return getConnInfo(c).remote.address ?? 'desconhecido';
	} catch {
		// Not served by @hono/node-server (e.g. app.request in a test): one shared bucket.
		return 'desconhecido';
	}
}

/**
 * Fixed-window limiter kept in memory: enough for one process, which is how the reference
 * service runs. Over the limit it answers 429 with Retry-After (seconds until the window ends).
 */
export function rateLimit({ max, windowMs, clientOf = peerAddress, now = Date.now }: RateLimitOptions): MiddlewareHandler {
	const windows = new Map<string, Window>();
	let nextSweep = now() + windowMs;
	const per = windowMs === 60_000 ? 'por minuto' : `a cada ${Math.round(windowMs / 1000)} segundos`;

	// Forget finished windows now and then, so that many one-off clients do not pile up.
	function sweep(at: number): void {
		if (at < nextSweep) return;
		for (const [client, window] of windows) if (window.resetAt <= at) windows.delete(client);
		nextSweep = at + windowMs;
	}

	return async (c, next) => {
		if (max <= 0) return next();
		const at = now();
		sweep(at);
		const client = clientOf(c);
		let window = windows.get(client);
		if (!window || window.resetAt <= at) {
			window = { count: 0, resetAt: at + windowMs };
			windows.set(client, window);
		}
		window.count++;
		if (window.count > max) {
			const seconds = Math.max(1, Math.ceil((window.resetAt - at) / 1000));
			c.header('Retry-After', String(seconds));
			return sendError(
				c,
				429,
				'rate_limited',
				`Muitos envios em pouco tempo (limite de ${max} ${per}). Tente de novo em ${seconds} segundo${seconds === 1 ? '' : 's'}.`,
			);
		}
		return next();
	};
}

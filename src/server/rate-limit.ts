import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { sendError } from './errors';
import { DEFAULT_MAX_CLIENTS, FixedWindowCounter, secondsUntil } from './fixed-window';

export interface RateLimitOptions {
	/** Requests allowed per client and window; 0 turns the limit off. */
	max: number;
	windowMs: number;
	/** Who the client is; by default the address of the TCP peer. */
	clientOf?: (c: Context) => string;
	now?: () => number;
	/** Clients remembered at most (see FixedWindowCounter). */
	maxClients?: number;
}

/**
 * The TCP peer address, when no proxy is trusted (the service uses clientKeyOf() from
 * client-address.ts, which also reads X-Forwarded-For from trusted proxies only).
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
export function rateLimit({
	max,
	windowMs,
	clientOf = peerAddress,
	now = Date.now,
	maxClients = DEFAULT_MAX_CLIENTS,
}: RateLimitOptions): MiddlewareHandler {
	const counter = new FixedWindowCounter(windowMs, maxClients, now);
	const per = windowMs === 60_000 ? 'por minuto' : `a cada ${Math.round(windowMs / 1000)} segundos`;

	return async (c, next) => {
		if (max <= 0) return next();
		const window = counter.hit(clientOf(c));
		if (window.count > max) {
			const seconds = secondsUntil(window.resetAt, now());
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

import type { Context, MiddlewareHandler } from 'hono';
import { sendError } from './errors';
import { FixedWindowCounter, secondsUntil } from './fixed-window';

export interface AdminThrottleOptions {
	/** Failed token attempts allowed per client and window. */
	maxFailures: number;
	windowMs: number;
	clientOf: (c: Context) => string;
	now?: () => number;
}

export const ADMIN_FAILURES = { maxFailures: 10, windowMs: 15 * 60_000 } as const;

/**
 * Throttles guessing the admin token: every 401 answered to a client counts, and past
 * `maxFailures` in the window the client gets 429 (with Retry-After) before its token is even
 * compared, right or wrong, until the window ends.
 */
export function adminFailureThrottle({ maxFailures, windowMs, clientOf, now = Date.now }: AdminThrottleOptions): MiddlewareHandler {
	const failures = new FixedWindowCounter(windowMs, undefined, now);
	return async (c, next) => {
		const client = clientOf(c);
		const seen = failures.peek(client);
		if (seen && seen.count >= maxFailures) {
			const seconds = secondsUntil(seen.resetAt, now());
			c.header('Retry-After', String(seconds));
			return sendError(
				c,
				429,
				'rate_limited',
				`Tentativas demais com um token de administração inválido. Tente de novo em ${Math.ceil(seconds / 60)} minuto(s).`,
			);
		}
		await next();
		if (c.res.status === 401) failures.hit(client);
	};
}

import type { MiddlewareHandler } from 'hono';
import { isApiPath } from './api-path';
import { sendError } from './errors';

/**
 * Refuses a request whose Host header is not one of the service's names (421), so that a page of
 * another site whose name was re-pointed at this server (DNS rebinding) reads nothing from it.
 * Under /api the refusal is the contract's JSON; elsewhere a plain pt-BR text.
 */
export function hostCheck(allowed: readonly string[]): MiddlewareHandler {
	const names = new Set(allowed.map((name) => name.toLowerCase()));
	return async (c, next) => {
		let hostname: string;
		try {
			// @hono/node-server builds the URL from the Host header.
			hostname = new URL(c.req.url).hostname.toLowerCase().replace(/\.$/, '');
		} catch {
			hostname = '';
		}
		if (names.has(hostname)) return next();
		const message = `Este serviço não atende pelo nome "${hostname}". Use o endereço oficial da Central de Ajuda.`;
		if (isApiPath(c.req.path)) return sendError(c, 421, 'host_not_allowed', message);
		return c.text(message, 421);
	};
}

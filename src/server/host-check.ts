import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import ipaddr from 'ipaddr.js';
import { isApiPath } from './api-path';
import { LOOPBACK_HOSTS } from './config-hardening';
import { sendError } from './errors';

/** Headers a reverse proxy adds when it relays someone else's request. */
const RELAY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'] as const;

/** Whether a TCP peer address is this machine (127.0.0.0/8, ::1, also IPv4-mapped). */
export function isLoopbackAddress(address: string | undefined): boolean {
	if (!address || !ipaddr.isValid(address)) return false;
	return ipaddr.process(address).range() === 'loopback';
}

export interface HostRequest {
	/** The Host header's name, lower case, without port or final dot. */
	hostname: string;
	/** The TCP peer's address (not X-Forwarded-For). */
	peer: string | undefined;
	/** Whether a proxy relayed the request (it carries X-Forwarded-For, Forwarded…). */
	relayed: boolean;
}

/**
 * Whether a request may be answered: its Host is one of the service's names, or it is a loopback
 * name sent from this machine itself (the container's HEALTHCHECK, curl on the server). A DNS
 * rebinding page runs in a browser elsewhere: its request comes from the browser's address, or
 * through a proxy that says so, so loopback names from there stay refused.
 */
export function hostAllowed(request: HostRequest, names: ReadonlySet<string>): boolean {
	if (names.has(request.hostname)) return true;
	return (LOOPBACK_HOSTS as readonly string[]).includes(request.hostname) && isLoopbackAddress(request.peer) && !request.relayed;
}

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
		const peer = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress;
		const relayed = RELAY_HEADERS.some((name) => c.req.header(name) !== undefined);
		if (hostAllowed({ hostname, peer, relayed }, names)) return next();
		const message = `Este serviço não atende pelo nome "${hostname}". Use o endereço oficial da Central de Ajuda.`;
		if (isApiPath(c.req.path)) return sendError(c, 421, 'host_not_allowed', message);
		return c.text(message, 421);
	};
}

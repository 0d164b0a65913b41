import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
	/** Open connections in total; past it node:http drops new ones. */
	total: number;
	/** Open connections from one address; past it the new connection is closed at once. */
	perAddress: number;
	/** Addresses the per-address cap spares (the trusted proxies, which carry everybody). */
	exempt?: (address: string) => boolean;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = { total: 1_000, perAddress: 64 };

/**
 * Caps the open connections, so that one address holding thousands of slow connections cannot
 * starve the others. A refused address is logged once until its connections drop back to zero.
 */
export function limitConnections(server: Server, limits: ConnectionLimits, log: (line: string) => void = console.warn): void {
	server.maxConnections = limits.total;
	const open = new Map<string, number>();
	const refusing = new Set<string>();
	server.on('connection', (socket: Socket) => {
		const address = socket.remoteAddress ?? 'desconhecido';
		if (limits.exempt?.(address)) return;
		const count = open.get(address) ?? 0;
		if (count >= limits.perAddress) {
			if (!refusing.has(address)) {
				refusing.add(address);
				log(`[http] ${address} passou de ${limits.perAddress} conexões abertas; as novas são recusadas.`);
			}
			socket.destroy();
			return;
		}
		open.set(address, count + 1);
		socket.once('close', () => {
			const left = (open.get(address) ?? 1) - 1;
			if (left <= 0) {
				open.delete(address);
				refusing.delete(address);
			} else open.set(address, left);
		});
	});
}

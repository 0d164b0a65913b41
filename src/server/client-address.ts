import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';
import type { TrustProxy } from './config-hardening';

const UNKNOWN = 'desconhecido';

/** proxy-addr's trust test: whether an address (at hop i, 0 = the TCP peer) is a trusted proxy. */
export function trustTest(trust: TrustProxy): (address: string, hop: number) => boolean {
	if (trust === false) return () => false;
	if (typeof trust === 'number') return (_address, hop) => hop < trust;
	return proxyaddr.compile(trust);
}

/**
 * Whether an address is a proxy listed by address or range in TICKET_API_TRUST_PROXY: those carry
 * every client's connections and are spared the per-address connection cap. A hop count names no
 * address (its trust test holds for any peer at hop 0), so it spares no one: the proxy then counts
 * as one client, and an operator who needs it spared lists its address instead.
 */
export function isListedProxy(trust: TrustProxy): (address: string) => boolean {
	if (!Array.isArray(trust)) return () => false;
	const test = proxyaddr.compile(trust);
	return (address) => test(address, 0);
}

/**
 * The client's address: the TCP peer, or, when the peer is a trusted proxy, the address the
 * proxies wrote in X-Forwarded-For (read from the right, skipping trusted proxies). A header a
 * client writes itself never counts when the peer is not trusted.
 */
export function clientAddressOf(trust: TrustProxy): (c: Context) => string {
	const test = trustTest(trust);
	return (c) => {
		const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
		if (!incoming?.socket) return UNKNOWN;
		try {
			return proxyaddr(incoming, test) || UNKNOWN;
		} catch {
			return incoming.socket.remoteAddress ?? UNKNOWN;
		}
	};
}

/**
 * The key a client is counted under: an IPv4 address as is (also when IPv4-mapped in IPv6), an
 * IPv6 address by its /64 network, since one subscriber usually gets a whole /64.
 */
export function clientKey(address: string): string {
	if (!ipaddr.isValid(address)) return address;
	let parsed = ipaddr.parse(address);
	if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
		parsed = (parsed as ipaddr.IPv6).toIPv4Address();
	}
	if (parsed.kind() === 'ipv4') return parsed.toString();
	const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
	return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}

/** Who the limits count: the client's address behind trusted proxies, IPv6 grouped by /64. */
export function clientKeyOf(trust: TrustProxy): (c: Context) => string {
	const addressOf = clientAddressOf(trust);
	return (c) => clientKey(addressOf(c));
}

/**
 * The variables of the hardening settings (allowed hosts, trusted proxies, retention), read
 * by loadConfig(). Each reader throws a ConfigError worded for the person who started the service.
 */
import { isIP } from 'node:net';
import { ConfigError, type Env } from './config';

/** Host names a browser on this machine sends: always safe, since a rebinding page sends its own. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** The shortest admin token accepted: shorter ones can be guessed. */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

export const DEFAULT_RETENTION_DAYS = 365;

/** Who may be a proxy in front of the service: nobody, the last N hops, or these addresses/ranges. */
export type TrustProxy = false | number | string[];

function hostnameOf(raw: string): string | undefined {
	try {
		const url = new URL(raw.includes('://') ? raw : `http://${raw}`);
		if (url.pathname !== '/' || url.search || url.username) return undefined;
		return url.hostname.toLowerCase();
	} catch {
		return undefined;
	}
}

/**
 * The host names a request may carry in its Host header: SITE_URL's, those of
 * TICKET_API_ALLOWED_HOSTS and, outside production (NODE_ENV=production), the loopback names.
 */
export function allowedHosts(env: Env): string[] {
	const hosts = new Set<string>();
	const site = env.SITE_URL?.trim();
	if (site) {
		const name = hostnameOf(site);
		if (!name) throw new ConfigError(`SITE_URL: "${site}" não é um endereço; use algo como "https://ajuda.exemplo.com.br".`);
		hosts.add(name);
	}
	for (const entry of (env.TICKET_API_ALLOWED_HOSTS ?? '').split(',').map((item) => item.trim()).filter(Boolean)) {
		const name = hostnameOf(entry);
		if (!name || entry.includes('*')) {
			throw new ConfigError(
				`TICKET_API_ALLOWED_HOSTS: "${entry}" não é um nome de host; liste nomes como "ajuda.exemplo.com.br", separados por vírgula.`,
			);
		}
		hosts.add(name);
	}
	if (env.NODE_ENV !== 'production' || hosts.size === 0) for (const name of LOOPBACK_HOSTS) hosts.add(name);
	return [...hosts];
}

/**
 * TICKET_API_TRUST_PROXY: absent, "", "0" or "false" trusts no proxy; a whole number N trusts the
 * last N hops; otherwise a comma list of addresses or CIDR ranges ("10.0.0.1,192.168.0.0/16",
 * or the names "loopback", "linklocal", "uniquelocal").
 */
export function trustProxy(env: Env): TrustProxy {
	const raw = env.TICKET_API_TRUST_PROXY?.trim() ?? '';
	if (raw === '' || raw === '0' || raw.toLowerCase() === 'false') return false;
	if (/^\d+$/.test(raw)) {
		const hops = Number(raw);
		if (hops > 10) throw new ConfigError(`TICKET_API_TRUST_PROXY deve ser de 1 a 10 saltos; recebido "${raw}".`);
		return hops;
	}
	const entries = raw.split(',').map((item) => item.trim()).filter(Boolean);
	for (const entry of entries) {
		const [address, bits, ...rest] = entry.split('/');
		const named = ['loopback', 'linklocal', 'uniquelocal'].includes(entry);
		const maxBits = isIP(address ?? '') === 4 ? 32 : 128;
		const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
		if (!named && (isIP(address ?? '') === 0 || !validBits || rest.length > 0)) {
			throw new ConfigError(
				`TICKET_API_TRUST_PROXY: "${entry}" não é um endereço nem uma faixa; use um número de saltos (como 1) ou endereços como "10.0.0.1,192.168.0.0/16".`,
			);
		}
	}
	return entries;
}

export function checkAdminTokenLength(token: string | undefined): void {
	if (token && token.length < MIN_ADMIN_TOKEN_LENGTH) {
		throw new ConfigError(
			`TICKET_API_ADMIN_TOKEN deve ter pelo menos ${MIN_ADMIN_TOKEN_LENGTH} caracteres (tem ${token.length}); gere um com "openssl rand -hex 32".`,
		);
	}
}

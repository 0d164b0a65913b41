import { isAbsolute, resolve } from 'node:path';
import { contentDir, projectRoot } from '../utils/content-dir';
import { type FollowUpConfig, loadFollowUpConfig } from './lifecycle/config';
import {
	allowedHosts,
	checkAdminTokenLength,
	DEFAULT_RETENTION_DAYS,
	type TrustProxy,
	trustProxy,
} from './config-hardening';

/** Everything the ticket service needs to run, read once from the environment. */
export interface ServiceConfig {
	port: number;
	host: string;
	/** Folder of the SQLite file. */
	dataDir: string;
	/** Bearer token for GET /api/tickets/:id; undefined disables reading tickets. */
	adminToken: string | undefined;
	/** Exact origins (`scheme://host[:port]`) allowed to call the API from a browser. */
	allowedOrigins: string[];
	/** The content whose products and modules are valid. */
	contentDir: string;
	/** Fixed-window limit on POSTs per client; `max: 0` turns it off. */
	rateLimit: { max: number; windowMs: number };
	/** Deadlines, e-mail and links of ticket follow-up (lifecycle/config.ts). */
	followUp: FollowUpConfig;
	/** Host names the Host header may carry (anything else is refused: DNS rebinding). */
	allowedHosts: string[];
	/** Which peers are proxies whose X-Forwarded-For is believed (see config-hardening.ts). */
	trustProxy: TrustProxy;
	/** Days a closed ticket and an idempotency record are kept before the purge erases them. */
	retentionDays: number;
}

export type Env = Record<string, string | undefined>;

/** A configuration mistake, worded for the person who started the service. */
export class ConfigError extends Error {
	override name = 'ConfigError';
}

export const DEFAULT_API_PORT = 8787;
export const DEFAULT_RATE_LIMIT = 20;
const RATE_WINDOW_MS = 60_000;
/** `astro dev` runs here, so a local run with the site on its dev server works out of the box. */
const DEFAULT_ALLOWED_ORIGINS = 'http://localhost:4321,http://127.0.0.1:4321';

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
	const raw = env[name]?.trim();
	if (!raw) return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < min || value > max) {
		throw new ConfigError(`${name} deve ser um número inteiro de ${min} a ${max}; recebido "${raw}".`);
	}
	return value;
}

function origins(env: Env): string[] {
	// An explicitly empty variable means "no cross-origin caller", unlike an absent one.
	const raw = env.TICKET_API_ALLOWED_ORIGINS ?? DEFAULT_ALLOWED_ORIGINS;
	const list = raw
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);
	return list.map((entry) => {
		if (entry === '*') {
			throw new ConfigError('TICKET_API_ALLOWED_ORIGINS não aceita "*": liste as origens permitidas, separadas por vírgula.');
		}
		let origin: string | undefined;
		try {
			origin = new URL(entry).origin;
		} catch {
			origin = undefined;
		}
		// The browser sends the bare origin; anything else (path, trailing slash) would never match.
		if (!origin || origin === 'null' || origin !== entry.replace(/\/$/, '')) {
			throw new ConfigError(
				`TICKET_API_ALLOWED_ORIGINS: "${entry}" não é uma origem; use esquema, host e porta, como "https://ajuda.exemplo.com.br".`,
			);
		}
		return origin;
	});
}

function directory(env: Env, name: string, fallback: string): string {
	const raw = env[name]?.trim();
	if (!raw) return fallback;
	return isAbsolute(raw) ? raw : resolve(projectRoot, raw);
}

/**
 * Reads the configuration. Every variable has a default that works for a local run;
 * `defaultPort` lets `npm start` (site + API) and `npm run serve:api` (API alone) differ.
 */
export function loadConfig(env: Env = process.env, defaultPort: number = DEFAULT_API_PORT): ServiceConfig {
	const adminToken = env.TICKET_API_ADMIN_TOKEN?.trim();
	// The characters a Bearer token may carry (RFC 6750); another token could never be sent.
	if (adminToken && !/^[A-Za-z0-9._~+/-]+=*$/.test(adminToken)) {
		throw new ConfigError('TICKET_API_ADMIN_TOKEN deve usar só letras, números e . _ ~ + / - (com = no fim, se preciso).');
	}
	checkAdminTokenLength(adminToken);
	return {
		port: integer(env, 'PORT', defaultPort, 0, 65_535),
		host: env.HOST?.trim() || '127.0.0.1',
		dataDir: directory(env, 'TICKET_API_DATA_DIR', resolve(projectRoot, 'data')),
		adminToken: adminToken ? adminToken : undefined,
		allowedOrigins: origins(env),
		contentDir: contentDir(env),
		rateLimit: { max: integer(env, 'TICKET_API_RATE_LIMIT', DEFAULT_RATE_LIMIT, 0, 1_000_000), windowMs: RATE_WINDOW_MS },
		allowedHosts: allowedHosts(env),
		trustProxy: trustProxy(env),
		retentionDays: integer(env, 'TICKET_API_RETENTION_DAYS', DEFAULT_RETENTION_DAYS, 1, 36_500),
		// After SITE_URL was checked (allowedHosts): the follow-up links default to it.
		followUp: loadFollowUpConfig(env, (message) => new ConfigError(message)),
	};
}

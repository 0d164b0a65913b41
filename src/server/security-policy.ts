/**
 * The site's security policy, one definition for both places it is served from: the headers of
 * `npm start` (security-headers.ts) and `dist/_headers`, which static hosts read
 * (src/integrations/security-headers.ts writes it at build). No 'unsafe-inline' anywhere: the
 * inline scripts the build leaves are allowed by their SHA-256 hash.
 */
import { createHash } from 'node:crypto';

/** CSP directives by Hono's names (camelCase), each a list of sources. */
export type CspDirectives = Record<string, string[]>;

export interface PolicyInputs {
	/** Base64 SHA-256 of each inline script the pages carry. */
	scriptHashes?: readonly string[];
	/** Base64 SHA-256 of each inline <style> block. */
	styleHashes?: readonly string[];
	/** Another origin the pages call (PUBLIC_TICKET_API_URL at build), allowed for fetch and forms. */
	apiOrigin?: string;
}

export function sha256Base64(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('base64');
}

const hashSources = (hashes: readonly string[] = []) => [...new Set(hashes)].sort().map((hash) => `'sha256-${hash}'`);

export function cspDirectives({ scriptHashes, styleHashes, apiOrigin }: PolicyInputs = {}): CspDirectives {
	const api = apiOrigin ? [apiOrigin] : [];
	return {
		defaultSrc: ["'self'"],
		// Pagefind compiles its WebAssembly in the page: 'wasm-unsafe-eval' allows that and no eval.
		scriptSrc: ["'self'", "'wasm-unsafe-eval'", ...hashSources(scriptHashes)],
		styleSrc: ["'self'", ...hashSources(styleHashes)],
		imgSrc: ["'self'", 'data:'],
		fontSrc: ["'self'"],
		connectSrc: ["'self'", ...api],
		workerSrc: ["'self'", 'blob:'],
		objectSrc: ["'none'"],
		baseUri: ["'self'"],
		formAction: ["'self'", ...api],
		frameAncestors: ["'none'"],
	};
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const camel = (name: string) => name.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

export function serializeCsp(directives: CspDirectives): string {
	return Object.entries(directives)
		.map(([name, sources]) => [kebab(name), ...sources].join(' '))
		.join('; ');
}

export function parseCsp(header: string): CspDirectives {
	const directives: CspDirectives = {};
	for (const part of header.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives[camel(name)] = sources;
	}
	return directives;
}

/** The other security headers, the same on every answer. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
	'X-Frame-Options': 'DENY',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Every security header of the policy, as `Name: value` lines (CSP first). */
export function securityHeaderLines(directives: CspDirectives): string[] {
	return [`Content-Security-Policy: ${serializeCsp(directives)}`, ...Object.entries(STATIC_SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`)];
}

/** `_headers` (Netlify, Cloudflare Pages and others): every path gets the policy. */
export function headersFile(directives: CspDirectives): string {
	return `/*\n${securityHeaderLines(directives).map((line) => `  ${line}`).join('\n')}\n`;
}

/** The CSP of the `/*` block of a `_headers` file, or undefined. */
export function cspFromHeadersFile(text: string): CspDirectives | undefined {
	const match = /^\s+Content-Security-Policy:\s*(.+)$/im.exec(text);
	return match ? parseCsp(match[1]!.trim()) : undefined;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { type CspDirectives, cspDirectives, cspFromHeadersFile, STATIC_SECURITY_HEADERS } from './security-policy';

/** The file the build writes with the site's policy (see src/integrations/security-headers.ts). */
export const HEADERS_FILE = '_headers';

/**
 * The policy of the built site in `siteDir` (its `_headers`, exactly as a static host serves it),
 * or, without one, the policy of the service's own plain pages (`extraStyleHashes`: their <style>).
 */
export function sitePolicy(siteDir: string | undefined, extraStyleHashes: readonly string[] = []): CspDirectives {
	if (siteDir) {
		try {
			const fromBuild = cspFromHeadersFile(readFileSync(join(siteDir, HEADERS_FILE), 'utf8'));
			// The service's pages then wear the site's look (page-shell.ts): the site's policy fits them.
			if (fromBuild) return fromBuild;
		} catch {
			// No _headers (a build from before this policy): the default below still protects.
		}
	}
	return cspDirectives({ styleHashes: [...extraStyleHashes] });
}

/**
 * Security headers on every answer, pages and API, with Hono's secureHeaders: the CSP of the
 * site, X-Frame-Options DENY, nosniff, Referrer-Policy and Permissions-Policy (and Hono's other
 * defaults: Cross-Origin-Opener-Policy, Strict-Transport-Security…).
 */
export function securityHeaders(csp: CspDirectives): MiddlewareHandler {
	const headers = secureHeaders({
		contentSecurityPolicy: csp,
		xFrameOptions: STATIC_SECURITY_HEADERS['X-Frame-Options'],
		referrerPolicy: STATIC_SECURITY_HEADERS['Referrer-Policy'],
		permissionsPolicy: {
			camera: [],
			microphone: [],
			geolocation: [],
			payment: [],
			usb: [],
		},
		// The API answers pages of other allowed origins (CORS); same-origin would not change that,
		// but a static host serving the site elsewhere may embed its images: keep resources shareable.
		crossOriginResourcePolicy: false,
	});
	return async (c, next) => {
		let own: string | null = null;
		await headers(c, async () => {
			await next();
			own = c.res.headers.get('Referrer-Policy');
		});
		// A route that sends no referrer at all (the private /acompanhar/ links) keeps its stricter policy.
		if (own === 'no-referrer') c.res.headers.set('Referrer-Policy', own);
	};
}

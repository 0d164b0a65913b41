import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspDirectives, headersFile, sha256Base64 } from '../server/security-policy';

/** Script types the browser runs (JSON and other data blocks are not scripts to CSP). */
const EXECUTABLE = /^(|text\/javascript|module|application\/javascript)$/i;

export interface InlineCode {
	scriptHashes: string[];
	styleHashes: string[];
	/** Pages with `style="…"` attributes, which no hash can allow. */
	styleAttributes: string[];
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((entry) => entry.endsWith('.html'))
		.map((entry) => join(dir, entry));
}

/** The inline scripts and styles of every page of a built site, by hash. */
export function inlineCode(siteDir: string): InlineCode {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const styleAttributes: string[] = [];
	for (const file of htmlFiles(siteDir)) {
		const html = readFileSync(file, 'utf8');
		for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
			if (/\bsrc\s*=/i.test(attributes)) continue;
			const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
			if (EXECUTABLE.test(type) && body.length > 0) scripts.add(sha256Base64(body));
		}
		for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.add(sha256Base64(body));
		if (/<[a-z][^>]*\sstyle\s*=/i.test(html)) styleAttributes.push(file.slice(siteDir.length + 1));
	}
	return { scriptHashes: [...scripts], styleHashes: [...styles], styleAttributes };
}

/**
 * Writes `dist/_headers` with the site's security policy (the same `npm start` sends): a CSP
 * without 'unsafe-inline' that allows each inline script and style block the build left by its
 * hash. A page with a `style` attribute is reported, since the policy blocks it.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const found = inlineCode(site);
				let apiOrigin: string | undefined;
				try {
					apiOrigin = process.env.PUBLIC_TICKET_API_URL ? new URL(process.env.PUBLIC_TICKET_API_URL).origin : undefined;
				} catch {
					apiOrigin = undefined;
				}
				writeFileSync(join(site, '_headers'), headersFile(cspDirectives({ ...found, apiOrigin })));
				logger.info(
					`_headers: política de segurança com ${found.scriptHashes.length} script(s) e ${found.styleHashes.length} estilo(s) embutidos, por hash.`,
				);
				if (found.styleAttributes.length) {
					logger.warn(
						`Atributos style="…" serão bloqueados pela política (use classes): ${found.styleAttributes.slice(0, 10).join(', ')}${found.styleAttributes.length > 10 ? '…' : ''}`,
					);
				}
			},
		},
	};
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_NAME } from '../utils/site-name';
import { type Markup, markup, trusted } from './markup';
import { sha256Base64 } from './security-policy';

/**
 * A whole page around content the service renders itself (the form page after an invalid post,
 * the confirmation): the site's own head, header and footer when the service serves the built
 * site (npm start), else a plain page of its own.
 */
export type PageShell = (title: string, content: Markup) => Markup;

/** The built page whose look the service's pages borrow (the intake page). */
const MODEL_PAGE = join('abrir-ticket', 'index.html');

const MAIN_OPEN = /<main\b[^>]*>/;

/**
 * Cuts the built intake page around its <main>: what comes before (head, header) and after
 * (footer). This HTML is the build's own output, trusted as is; only the title changes, and the
 * lines meant for the intake page alone (description, canonical address) go.
 */
function borrowedShell(page: string): PageShell | undefined {
	const open = MAIN_OPEN.exec(page);
	const close = page.lastIndexOf('</main>');
	if (!open || close < open.index) return undefined;
	const before = page
		.slice(0, open.index + open[0].length)
		.replace(/<meta name="description"[^>]*>/, '')
		.replace(/<link rel="canonical"[^>]*>/, '<meta name="robots" content="noindex">');
	const after = page.slice(close);
	const [head, rest] = before.split(/<title>[^<]*<\/title>/);
	if (rest === undefined) return undefined;
	return (title, content) =>
		markup`${trusted(head)}<title>${title} · ${SITE_NAME}</title>${trusted(rest)}<div class="container">${content}</div>${trusted(after)}`;
}

/** The look of the plain page; the security policy allows this <style> by its hash. */
export const PLAIN_STYLE = `
			body { font-family: system-ui, sans-serif; line-height: 1.55; margin: 0 auto; max-width: 48rem; padding: 1rem; }
			.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
			.field { margin: 0 0 1rem; } .field label, .field legend { display: block; font-weight: 600; }
			input:not([type='radio']), select, textarea { display: block; width: 100%; font: inherit; padding: 0.4rem; }
			.field-error, .error-summary { color: #a4161a; font-weight: 600; } .error-summary { border: 2px solid; padding: 0.5rem 1rem; }
			fieldset { border: 0; padding: 0; }
`;
export const PLAIN_STYLE_HASH = sha256Base64(PLAIN_STYLE);

/** A readable page without the site's files (the service runs without the built site). */
const plainShell: PageShell = (title, content) =>
	markup`<!doctype html>
<html lang="pt-BR">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="robots" content="noindex" />
		<title>${title} · ${SITE_NAME}</title>
		<style>${trusted(PLAIN_STYLE)}</style>
	</head>
	<body>
		<main id="conteudo">${content}</main>
	</body>
</html>`;

/** The shell for the site built in `siteDir`, or the plain one when there is no built intake page there. */
export function pageShell(siteDir: string | undefined): PageShell {
	if (!siteDir) return plainShell;
	try {
		return borrowedShell(readFileSync(join(siteDir, MODEL_PAGE), 'utf8')) ?? plainShell;
	} catch {
		return plainShell;
	}
}

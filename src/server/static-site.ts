import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { etag } from 'hono/etag';
import type { ApiEnv } from './api-env';
import { apiNotFound } from './app';
import { PRIVACY_NOTE, privacyNote } from '../components/intake/privacy-note';
import { withFreshFormKey } from './form-key';
import { isApiPath } from './api-path';
import { ifModifiedSince } from './if-modified-since';
import { apiMethodNotAllowed, pageMethodNotAllowed } from './method-not-allowed';
import { staticConfinement } from './static-confinement';
import { cacheControlFor, isHashedAsset } from './static-cache';

/** The folder of the ticket-intake page in the built site. */
const INTAKE_PAGE = 'abrir-ticket';

export interface SiteAppOptions {
	/** The built site (`dist/`). */
	distDir: string;
	/** The ticket API, mounted as is (its routes already start with /api). */
	api: Hono<ApiEnv>;
	/** TICKET_API_RETENTION_DAYS: the intake page's privacy note names it instead of the default. */
	retentionDays?: number;
}

/**
 * The built site and the ticket API on one origin, as `npm start` serves them: the intake page
 * then calls `/api` with no CORS at all. A directory serves its index.html; an unknown path
 * serves the site's 404.html with status 404 (the API keeps its JSON 404).
 */
export function createSiteApp({ distDir, api, retentionDays }: SiteAppOptions): Hono {
	const app = new Hono();
	app.route('/', api);
	// Pages are files: GET and HEAD only; no dotfile, no symlink out of dist/.
	const mayServe = staticConfinement(distDir);
	app.use('*', async (c, next) => {
		if (isApiPath(c.req.path)) return next();
		const refused = pageMethodNotAllowed(c);
		if (refused) return refused;
		if (!mayServe(c.req.path)) return c.notFound();
		return next();
	});
	// The intake page gets a key of its own for each visitor (see form-key.ts); private, so no
	// shared cache keeps one visitor's key for the next. Its privacy note names the configured
	// retention, where the static build could only name the default.
	const intakePage = join(distDir, INTAKE_PAGE, 'index.html');
	// Made per visitor, so it has no precompressed file: it is compressed as it goes out (gzip or
	// deflate, as the browser takes them, with Vary: Accept-Encoding).
	const compressPage = compress();
	for (const path of [`/${INTAKE_PAGE}`, `/${INTAKE_PAGE}/`, `/${INTAKE_PAGE}/index.html`]) {
		app.get(path, compressPage, async (c, next) => {
			let page: string;
			try {
				page = await readFile(intakePage, 'utf8');
			} catch {
				return next();
			}
			c.header('Cache-Control', 'private, no-cache');
			const fresh = withFreshFormKey(page);
			return c.html(retentionDays === undefined ? fresh : fresh.replaceAll(PRIVACY_NOTE, privacyNote(retentionDays)));
		});
	}
	// Pages and Pagefind's entry files are revalidated: a weak ETag (Hono's etag) answers 304, and
	// so does an If-Modified-Since alone, against the file's Last-Modified.
	const modifiedSince = ifModifiedSince();
	app.use('*', (c, next) => (isApiPath(c.req.path) ? next() : modifiedSince(c, next)));
	const tag = etag({ weak: true });
	app.use('*', (c, next) => (isApiPath(c.req.path) || isHashedAsset(c.req.path) ? next() : tag(c, next)));
	app.use(
		'*',
		serveStatic({
			root: distDir,
			// The .br/.gz files written at build (src/integrations/precompress.ts), when the browser takes them.
			precompressed: true,
			onFound: (_path, c) => {
				c.header('Cache-Control', cacheControlFor(c.req.path));
				c.header('Vary', 'Accept-Encoding');
			},
		}),
	);
	app.notFound(async (c) => {
		if (isApiPath(c.req.path)) return apiMethodNotAllowed(c, api.routes) ?? apiNotFound(c);
		try {
			return c.html(await readFile(join(distDir, '404.html'), 'utf8'), 404);
		} catch {
			return c.text('Página não encontrada.', 404);
		}
	});
	return app;
}

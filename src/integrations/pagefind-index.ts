import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * The one language of the index. Pagefind names the index and its WebAssembly after it and
 * picks the Snowball stemmer from its primary subtag (`pt` → Portuguese), so `cancelar`,
 * `cancelamento` and `cancelada` share a stem. It equals the lower-cased `<html lang="pt-BR">`
 * of every page, which is what the browser side uses to choose the index.
 */
export const SEARCH_LANGUAGE = 'pt-br';

/**
 * What the page templates give Pagefind (the contract for every indexed page type):
 * - `data-pagefind-body` on the main content only (FAQ article, release note, bulletin, support
 *   page); pages without it are not indexed;
 * - hidden `<span hidden data-pagefind-filter="tipo|produto|modulo|versao">` filter values,
 *   `data-pagefind-meta` values and `data-pagefind-sort="data"` (YYYY-MM-DD). Hidden elements
 *   are left out of the indexed text (see EXCLUDE_SELECTORS), so these values never show up in
 *   excerpts nor weigh on ranking; Pagefind still reads them as filters, metadata and sort keys;
 * - the `<h1>` is the title (Pagefind's `title` metadata, weighted most), `keywords` and
 *   `routine` are visible, weighted text; the description is `data-pagefind-meta="description"`.
 */
export const EXCLUDE_SELECTORS = ['[hidden]'];

/**
 * Pagefind's ready-made search interfaces, which it writes beside the index. The site has its own
 * (components/search, the suggestions) and loads only `pagefind.js`, its worker and WebAssembly,
 * so these are removed: about 450 KB nobody downloads, and no build time spent compressing them.
 */
export const UNUSED_PAGEFIND_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
];

export interface IndexSummary {
	pages: number;
	language: string;
	outputPath: string;
}

/** Builds the index of a built site folder; throws with Pagefind's own messages when it fails. */
export async function buildSearchIndex(site: string): Promise<IndexSummary> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, excludeSelectors: EXCLUDE_SELECTORS });
	if (!index) throw new Error(`Pagefind não iniciou: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: site });
		if (added.errors.length) throw new Error(`Pagefind não indexou o site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
		if (written.errors.length) throw new Error(`Pagefind não gravou o índice: ${written.errors.join('; ')}`);
		await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(join(written.outputPath, file), { force: true })));
		const language = await checkLanguage(written.outputPath);
		return { pages: added.page_count, language, outputPath: written.outputPath };
	} finally {
		await pagefind.close();
	}
}

interface EntryFile {
	languages: Record<string, { wasm?: string | null; page_count: number }>;
}

/**
 * Pagefind falls back silently to an index without stemming (`wasm.unknown`) for a language it
 * does not know: make that a build error instead of a search that no longer matches plurals.
 */
async function checkLanguage(outputPath: string): Promise<string> {
	const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as EntryFile;
	const languages = Object.entries(entry.languages);
	if (languages.length === 0) return SEARCH_LANGUAGE; // a corpus with nothing to index
	const wrong = languages.filter(([code, info]) => code !== SEARCH_LANGUAGE || !info.wasm || info.wasm === 'unknown');
	if (wrong.length) {
		throw new Error(`Índice de busca sem o português (${wrong.map(([code, info]) => `${code}: ${info.wasm ?? 'sem stemmer'}`).join(', ')}).`);
	}
	return SEARCH_LANGUAGE;
}

const CONTENT_TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
};

/** The file of the last build's index a dev-server request asks for, if it exists and stays inside the folder. */
export function indexFile(folder: string, requestPath: string): string | undefined {
	const relative = decodeURIComponent(requestPath.split('?')[0] ?? '').replace(/^\/+/, '');
	const file = normalize(join(folder, relative));
	if (!relative || !file.startsWith(folder + sep) || !existsSync(file)) return undefined;
	return file;
}

/**
 * Builds the Pagefind index over the built HTML through Pagefind's Node API (no child `npx`),
 * in Portuguese. The pages are final once Astro has generated them (no later step rewrites
 * HTML), so the index starts at `astro:build:generated`, in Pagefind's own process, while Astro
 * writes the sitemap and the other integrations do their work; `astro:build:done` waits for it,
 * so the steps after it (compression) see the index. Under `astro dev` it serves the last build's
 * index (`<outDir>/pagefind/`) when there is one; without it the search says it needs a build.
 */
export function pagefindIndex(): AstroIntegration {
	let outDir: URL | undefined;
	let indexing: Promise<IndexSummary> | undefined;
	return {
		name: 'central-ajuda:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
			},
			'astro:server:setup': ({ server, logger }) => {
				if (!outDir) return;
				const folder = normalize(join(fileURLToPath(outDir), 'pagefind'));
				if (!existsSync(folder)) logger.info('Sem índice de busca: a busca funciona depois de um build (npm run build).');
				server.middlewares.use('/pagefind', (request, response, next) => {
					const file = indexFile(folder, request.url ?? '');
					if (!file) return next();
					readFile(file).then(
						(body) => {
							response.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
							response.setHeader('Cache-Control', 'no-store');
							response.end(body);
						},
						() => next(),
					);
				});
			},
			'astro:build:generated': ({ dir }) => {
				indexing = buildSearchIndex(fileURLToPath(dir));
				// Awaited at astro:build:done; until then a failure must not be an unhandled rejection.
				indexing.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const summary = await (indexing ?? buildSearchIndex(fileURLToPath(dir)));
				indexing = undefined;
				logger.info(`Índice de busca (${summary.language}): ${summary.pages} páginas em ${summary.outputPath}`);
			},
		},
	};
}

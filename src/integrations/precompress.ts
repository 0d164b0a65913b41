import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerResult } from '../utils/worker-result';
import { brotliQuality, GZIP_LEVEL, MIN_BYTES } from './compression-levels';

/** Text files worth compressing (Pagefind's .pf_* files are compressed by Pagefind itself). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest', '.map']);
/** Fewer files than this per worker do not pay for starting one more worker thread. */
const FILES_PER_WORKER = 200;

export interface CompressionSummary {
	files: number;
	bytes: number;
	gzipBytes: number;
	brotliBytes: number;
}

export interface PrecompressOptions {
	/** Worker threads compressing at the same time; defaults to the CPU count. */
	concurrency?: number;
}

/** The files of a built site that get compressed copies (by extension; size is judged when read). */
export function compressibleFiles(siteDir: string): string[] {
	return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
		.filter((entry) => COMPRESSIBLE.has(extname(entry)))
		.map((entry) => join(siteDir, entry));
}

/**
 * Astro's server-side chunks (and their source maps), which sit in the output folder at
 * `astro:build:generated` and are removed right after it: only files written later, or kept,
 * with these extensions are compressed at `astro:build:done`.
 */
const SERVER_CHUNK = /\.mjs(\.map)?$/;

const emptySummary = (): CompressionSummary => ({ files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 });

const addSummaries = (summaries: CompressionSummary[]): CompressionSummary =>
	summaries.reduce(
		(total, one) => ({
			files: total.files + one.files,
			bytes: total.bytes + one.bytes,
			gzipBytes: total.gzipBytes + one.gzipBytes,
			brotliBytes: total.brotliBytes + one.brotliBytes,
		}),
		emptySummary(),
	);

/** One worker thread compressing its share of the files at their levels (precompress-worker.mjs). */
function compressOnWorker(files: string[]): Promise<CompressionSummary> {
	const jobs = files.map((file) => ({ file, brotliQuality: brotliQuality(file) }));
	return workerResult<CompressionSummary>(
		new URL('./precompress-worker.mjs', import.meta.url),
		{ jobs, gzipLevel: GZIP_LEVEL, minBytes: MIN_BYTES },
		(code) => `A compressão dos arquivos do site parou sem resultado (código ${code}).`,
	);
}

/**
 * Writes `<file>.br` and `<file>.gz` beside each of the given files of at least MIN_BYTES, at the
 * levels of compression-levels.ts (precompress-worker.mjs). The files are shared out among a few
 * worker threads, each compressing its share one file after the other with zlib's synchronous
 * calls: at 20,000 pages that takes half the CPU time of one asynchronous zlib call per file (each
 * made a stream, two thread-pool hops and a fresh compressor), and it leaves the main thread free
 * while Pagefind indexes.
 */
export async function compressFiles(files: readonly string[], { concurrency = availableParallelism() }: PrecompressOptions = {}): Promise<CompressionSummary> {
	if (files.length === 0) return emptySummary();
	const workers = Math.max(1, Math.min(concurrency, Math.ceil(files.length / FILES_PER_WORKER)));
	const shares = Array.from({ length: workers }, (_, worker) => files.filter((_, index) => index % workers === worker));
	return addSummaries(await Promise.all(shares.map(compressOnWorker)));
}

/** Compressed copies of every compressible file of a built site (done once at build, served as is by `npm start` and static hosts). */
export function precompressSite(siteDir: string, options: PrecompressOptions = {}): Promise<CompressionSummary> {
	return compressFiles(compressibleFiles(siteDir), options);
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * The Astro integration. The files Astro has written are final once it has generated the pages
 * (no later step of this build rewrites them), so their compression (pages, scripts, styles, the
 * search vocabulary, feeds; not the server chunks, see SERVER_CHUNK) starts at
 * `astro:build:generated` and runs while the sitemap, Pagefind (a process of its own) and the
 * security headers do their work. At `astro:build:done`, after them, it waits for those and
 * compresses only the files written since (sitemap, Pagefind's scripts): a handful of small
 * files, so the build ends soon after Pagefind does.
 */
export function precompress(): AstroIntegration {
	let generated: { files: Set<string>; done: Promise<CompressionSummary> } | undefined;
	return {
		name: 'precompress',
		hooks: {
			'astro:build:generated': ({ dir }) => {
				const files = compressibleFiles(fileURLToPath(dir)).filter((file) => !SERVER_CHUNK.test(file));
				const done = compressFiles(files);
				// Awaited at astro:build:done; until then a failure must not be an unhandled rejection.
				done.catch(() => undefined);
				generated = { files: new Set(files), done };
			},
			'astro:build:done': async ({ dir, logger }) => {
				const first = generated ? await generated.done : emptySummary();
				const rest = compressibleFiles(fileURLToPath(dir)).filter((file) => !generated?.files.has(file));
				const second = await compressFiles(rest);
				generated = undefined;
				const summary = addSummaries([first, second]);
				logger.info(
					`${summary.files} arquivos comprimidos: ${kb(summary.bytes)} → ${kb(summary.gzipBytes)} (gzip), ${kb(summary.brotliBytes)} (brotli).`,
				);
			},
		},
	};
}

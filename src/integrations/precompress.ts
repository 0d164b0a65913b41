import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerResult } from '../utils/worker-result';

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

/** One worker thread compressing its share of the files (precompress-worker.mjs, compress-file.ts). */
function compressOnWorker(files: string[]): Promise<CompressionSummary> {
	return workerResult<CompressionSummary>(
		new URL('./precompress-worker.mjs', import.meta.url),
		{ files },
		(code) => `A compressão dos arquivos do site parou sem resultado (código ${code}).`,
	);
}

/**
 * Writes `<file>.br` and `<file>.gz` beside each of the given files of at least 1 KiB
 * (compress-file.ts). The files are shared out among a few worker threads, each compressing its
 * share one file after the other with zlib's synchronous calls: at 20,000 pages that takes half the
 * CPU time of one asynchronous zlib call per file (each made a stream, two thread-pool hops and a
 * fresh compressor), and it leaves the main thread free while Pagefind indexes.
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
 * The Astro integration. The pages are final once Astro has generated them (no later step of this
 * build rewrites HTML), so their compression starts at `astro:build:generated` and runs while the
 * sitemap, Pagefind (a process of its own) and the security headers do their work; at
 * `astro:build:done`, after them, it waits for the pages and compresses the files they wrote
 * (sitemap, Pagefind's scripts) and anything else not yet done, each file once.
 */
export function precompress(): AstroIntegration {
	let pages: { files: Set<string>; done: Promise<CompressionSummary> } | undefined;
	return {
		name: 'precompress',
		hooks: {
			'astro:build:generated': ({ dir }) => {
				const files = compressibleFiles(fileURLToPath(dir)).filter((file) => file.endsWith('.html'));
				const done = compressFiles(files);
				// Awaited at astro:build:done; until then a failure must not be an unhandled rejection.
				done.catch(() => undefined);
				pages = { files: new Set(files), done };
			},
			'astro:build:done': async ({ dir, logger }) => {
				const first = pages ? await pages.done : emptySummary();
				const rest = compressibleFiles(fileURLToPath(dir)).filter((file) => !pages?.files.has(file));
				const second = await compressFiles(rest);
				pages = undefined;
				const summary = addSummaries([first, second]);
				logger.info(
					`${summary.files} arquivos comprimidos: ${kb(summary.bytes)} → ${kb(summary.gzipBytes)} (gzip), ${kb(summary.brotliBytes)} (brotli).`,
				);
			},
		},
	};
}

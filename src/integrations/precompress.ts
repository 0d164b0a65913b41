import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import pLimit from 'p-limit';
import { brotliQuality, GZIP_LEVEL } from './compression-levels';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text files worth compressing (Pagefind's .pf_* files are compressed by Pagefind itself). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest', '.map']);
/** Below this size the saving does not pay for the extra files. */
const MIN_BYTES = 1024;

export interface CompressionSummary {
	files: number;
	bytes: number;
	gzipBytes: number;
	brotliBytes: number;
}

export interface PrecompressOptions {
	/** Files compressed at the same time (zlib works on libuv's thread pool); defaults to the CPU count. */
	concurrency?: number;
}

/** The files of a built site that get compressed copies (by extension; size is judged when read). */
export function compressibleFiles(siteDir: string): string[] {
	return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
		.filter((entry) => COMPRESSIBLE.has(extname(entry)))
		.map((entry) => join(siteDir, entry));
}

const emptySummary = (): CompressionSummary => ({ files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 });

/**
 * Writes `<file>.br` and `<file>.gz` beside each of the given files of at least 1 KiB, Brotli at
 * the quality of compression-levels.ts. Files are read, compressed and written a few at a time
 * off the main thread (zlib works on libuv's thread pool), so only those few are in memory and
 * every core works.
 */
export async function compressFiles(files: readonly string[], { concurrency = availableParallelism() }: PrecompressOptions = {}): Promise<CompressionSummary> {
	const summary = emptySummary();
	const limit = pLimit(Math.max(1, concurrency));
	const compressOne = async (file: string) => {
		if (!(await stat(file)).isFile()) return;
		const content = await readFile(file);
		if (content.length < MIN_BYTES) return;
		const [gzipped, brotli] = await Promise.all([
			gzipAsync(content, { level: GZIP_LEVEL }),
			brotliAsync(content, {
				params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
			}),
		]);
		await Promise.all([writeFile(`${file}.gz`, gzipped), writeFile(`${file}.br`, brotli)]);
		summary.files++;
		summary.bytes += content.length;
		summary.gzipBytes += gzipped.length;
		summary.brotliBytes += brotli.length;
	};
	await Promise.all(files.map((file) => limit(() => compressOne(file))));
	return summary;
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
				const summary: CompressionSummary = {
					files: first.files + second.files,
					bytes: first.bytes + second.bytes,
					gzipBytes: first.gzipBytes + second.gzipBytes,
					brotliBytes: first.brotliBytes + second.brotliBytes,
				};
				logger.info(
					`${summary.files} arquivos comprimidos: ${kb(summary.bytes)} → ${kb(summary.gzipBytes)} (gzip), ${kb(summary.brotliBytes)} (brotli).`,
				);
			},
		},
	};
}

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

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of a built site (done once at
 * build, served as is by `npm start` and static hosts), Brotli at the quality of
 * compression-levels.ts. Files are read, compressed and written a few at a time off the main
 * thread, so only those few are in memory and every core works.
 */
export async function precompressSite(siteDir: string, { concurrency = availableParallelism() }: PrecompressOptions = {}): Promise<CompressionSummary> {
	const summary: CompressionSummary = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
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
	const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
		.filter((entry) => COMPRESSIBLE.has(extname(entry)))
		.map((entry) => join(siteDir, entry));
	await Promise.all(files.map((file) => limit(() => compressOne(file))));
	return summary;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** The Astro integration: precompresses the site once everything else (Pagefind too) is written. */
export function precompress(): AstroIntegration {
	return {
		name: 'precompress',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const summary = await precompressSite(fileURLToPath(dir));
				logger.info(
					`${summary.files} arquivos comprimidos: ${kb(summary.bytes)} → ${kb(summary.gzipBytes)} (gzip), ${kb(summary.brotliBytes)} (brotli).`,
				);
			},
		},
	};
}

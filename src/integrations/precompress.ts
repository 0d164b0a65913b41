import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of a built site, at the
 * highest levels (done once at build, served as is by `npm start` and static hosts).
 */
export function precompressSite(siteDir: string): CompressionSummary {
	const summary: CompressionSummary = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
	for (const entry of readdirSync(siteDir, { recursive: true, encoding: 'utf8' })) {
		const file = join(siteDir, entry);
		if (!COMPRESSIBLE.has(extname(file)) || !statSync(file).isFile()) continue;
		const content = readFileSync(file);
		if (content.length < MIN_BYTES) continue;
		const gzip = gzipSync(content, { level: 9 });
		const brotli = brotliCompressSync(content, {
			params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
		});
		writeFileSync(`${file}.gz`, gzip);
		writeFileSync(`${file}.br`, brotli);
		summary.files++;
		summary.bytes += content.length;
		summary.gzipBytes += gzip.length;
		summary.brotliBytes += brotli.length;
	}
	return summary;
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** The Astro integration: precompresses the site once everything else (Pagefind too) is written. */
export function precompress(): AstroIntegration {
	return {
		name: 'precompress',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const summary = precompressSite(fileURLToPath(dir));
				logger.info(
					`${summary.files} arquivos comprimidos: ${kb(summary.bytes)} → ${kb(summary.gzipBytes)} (gzip), ${kb(summary.brotliBytes)} (brotli).`,
				);
			},
		},
	};
}

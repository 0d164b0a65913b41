import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { brotliQuality, GZIP_LEVEL } from './compression-levels';

/** Below this size the saving does not pay for the extra files. */
export const MIN_BYTES = 1024;

export interface FileCompression {
	bytes: number;
	gzipBytes: number;
	brotliBytes: number;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside one file of a built site, Brotli at the quality of
 * compression-levels.ts; nothing for a file under MIN_BYTES (or not a file). Synchronous on
 * purpose: it runs on the compression workers (precompress-worker.mjs), where the asynchronous
 * zlib calls would only add a stream and a thread-pool hop per file.
 */
export function compressFileSync(file: string): FileCompression | undefined {
	if (!statSync(file).isFile()) return undefined;
	const content = readFileSync(file);
	if (content.length < MIN_BYTES) return undefined;
	const gzipped = gzipSync(content, { level: GZIP_LEVEL });
	const brotli = brotliCompressSync(content, {
		params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
	});
	writeFileSync(`${file}.gz`, gzipped);
	writeFileSync(`${file}.br`, brotli);
	return { bytes: content.length, gzipBytes: gzipped.length, brotliBytes: brotli.length };
}

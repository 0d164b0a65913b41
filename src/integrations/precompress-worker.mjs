// Worker thread entry of compressFiles (precompress.ts). Plain JavaScript with nothing but Node's
// own modules on purpose: it starts in about 50 ms under any parent (astro build, vitest, tsx),
// where registering tsx to load TypeScript cost each worker about 0.2 s of start and 0.4 s of CPU.
// The main thread decides each file's levels (compression-levels.ts) and sends them along.
//
// Synchronous zlib calls on purpose: on a worker the asynchronous ones would only add a stream
// and a thread-pool hop per file.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @type {{ jobs: { file: string; brotliQuality: number }[]; gzipLevel: number; minBytes: number }} */
const { jobs, gzipLevel, minBytes } = workerData;
const summary = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
for (const { file, brotliQuality } of jobs) {
	// `<file>.gz` and `<file>.br` beside each file of at least minBytes; nothing for anything else.
	if (!statSync(file).isFile()) continue;
	const content = readFileSync(file);
	if (content.length < minBytes) continue;
	const gzipped = gzipSync(content, { level: gzipLevel });
	const brotli = brotliCompressSync(content, {
		params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
	});
	writeFileSync(`${file}.gz`, gzipped);
	writeFileSync(`${file}.br`, brotli);
	summary.files++;
	summary.bytes += content.length;
	summary.gzipBytes += gzipped.length;
	summary.brotliBytes += brotli.length;
}
parentPort?.postMessage(summary);

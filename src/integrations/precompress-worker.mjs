// Worker thread entry of compressFiles (precompress.ts): plain JavaScript, so that it runs under
// any parent (astro build, vitest, tsx); it registers tsx to load the compression itself.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { compressFileSync } = await import('./compress-file.ts');
const summary = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
for (const file of workerData.files) {
	const done = compressFileSync(file);
	if (!done) continue;
	summary.files++;
	summary.bytes += done.bytes;
	summary.gzipBytes += done.gzipBytes;
	summary.brotliBytes += done.brotliBytes;
}
parentPort.postMessage(summary);

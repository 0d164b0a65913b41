import { Worker } from 'node:worker_threads';

/**
 * Runs a worker thread that answers with one message, and resolves with it. Rejects with the
 * worker's own error when it throws, and with `noResult(exitCode)` when it exits without answering.
 */
export function workerResult<T>(entry: URL, workerData: unknown, noResult: (exitCode: number) => string): Promise<T> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(entry, { workerData });
		let answered = false;
		let result: T;
		worker.once('message', (message: T) => {
			answered = true;
			result = message;
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (answered) resolve(result);
			else reject(new Error(noResult(code)));
		});
	});
}

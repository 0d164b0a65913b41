/**
 * The content validation of `astro build`, run on a worker thread while Astro starts and loads the
 * content on the main one (validation is CPU work that grows with the corpus; the build has a
 * second core to spare then). The content loaders read the files meanwhile and end only with its
 * outcome (loadWhileValidating), so a broken corpus still stops the build with our pt-BR lines
 * first, never with a generic schema error from Astro.
 */
import { workerResult } from '../utils/worker-result';

/** The lines of `validateContentDir(dir)` (one per problem; empty when all is well), computed on a worker thread. */
export function validateInBackground(dir: string): Promise<string[]> {
	return workerResult<string[]>(new URL('./validate-worker.mjs', import.meta.url), { dir }, (code) => `A validação do conteúdo parou sem resultado (código ${code}).`);
}

/**
 * The outcome is shared through a process-wide symbol, not a module variable: Astro loads the
 * integrations and content.config.ts through separate module graphs, each with its own copy of
 * this module.
 */
const OUTCOME = Symbol.for('central-ajuda.content-validation');
type Registry = { [OUTCOME]?: Promise<void> };

/** Makes `outcome` (resolves when the corpus is valid, rejects otherwise) the one the loaders wait for. */
export function shareValidationOutcome(outcome: Promise<void>): void {
	// Each waiter gets the rejection; none of them must make it an unhandled one meanwhile.
	outcome.catch(() => undefined);
	(globalThis as Registry)[OUTCOME] = outcome;
}

/** Waits for the validation started by this build, if any; throws when it found problems. */
export async function contentValidated(): Promise<void> {
	await (globalThis as Registry)[OUTCOME];
}

/**
 * Runs a content loader while the validation goes on, and ends only with the validation: the
 * validation's error wins over the loader's (a broken entry makes Astro throw its own schema
 * error), and a corpus whose problems no schema sees (an unknown related article) still fails.
 */
export async function loadWhileValidating(load: () => Promise<void>): Promise<void> {
	try {
		await load();
	} catch (error) {
		await contentValidated();
		throw error;
	}
	await contentValidated();
}

/** Forgets the shared outcome (tests, and a dev server that validates in place). */
export function clearValidationOutcome(): void {
	delete (globalThis as Registry)[OUTCOME];
}

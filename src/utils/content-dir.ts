import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: two levels above this file (src/utils). */
export const projectRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/**
 * The corpus the site is built from: `content/` by default, or the folder named by
 * `CONTENT_DIR` (absolute, or relative to the project root), as the content model says.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	const fromEnv = env.CONTENT_DIR?.trim();
	if (!fromEnv) return resolve(projectRoot, 'content');
	return isAbsolute(fromEnv) ? fromEnv : resolve(projectRoot, fromEnv);
}

/** A corpus folder that is missing, or lacks the lists every corpus has. */
export class MissingCorpusError extends Error {
	override name = 'MissingCorpusError';
}

/** The files without which a folder is not a corpus: the products and their modules. */
export const CORPUS_LISTS = ['products.yml', 'modules.yml'] as const;

/**
 * Stops with a pt-BR message when `dir` is not a corpus, so that a wrong CONTENT_DIR or a typo in
 * a path fails loudly instead of building, validating or serving nothing.
 */
export function assertCorpusDir(dir: string): void {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) {
		throw new MissingCorpusError(`A pasta de conteúdo "${dir}" não existe. Confira CONTENT_DIR ou o caminho informado.`);
	}
	const missing = CORPUS_LISTS.filter((file) => !existsSync(join(dir, file)));
	if (missing.length > 0) {
		throw new MissingCorpusError(
			`A pasta "${dir}" não é uma pasta de conteúdo: falta ${missing.join(' e ')}. Confira CONTENT_DIR ou o caminho informado.`,
		);
	}
}

import { isAbsolute, resolve } from 'node:path';
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

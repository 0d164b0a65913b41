import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/utils/content-dir';

/**
 * A fresh folder under the project's .tmp/ for a script's corpus and builds. Inside the project
 * on purpose: with an outDir elsewhere Astro still writes its intermediate files to the
 * project's .astro/, and a build running beside it could read them half-written.
 */
export function workDir(prefix: string): string {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	return mkdtempSync(join(projectRoot, '.tmp', `${prefix}-`));
}

import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { projectRoot } from '../../src/utils/content-dir';

export interface BuildOptions {
	/** Corpus folder to build from (CONTENT_DIR). */
	contentDir: string;
	/** Output folder of the built site. */
	outDir: string;
	/** Extra environment for the build (e.g. PUBLIC_TICKET_API_URL). */
	env?: Record<string, string>;
	/** Print Astro's output (default: only on failure). */
	verbose?: boolean;
}

/**
 * Builds the site from a corpus into a folder of its own, with its own Astro cache so that
 * builds of different corpora never read each other's content store. Returns what the build
 * printed (empty when `verbose` printed it already).
 */
export function buildSite({ contentDir, outDir, env = {}, verbose = false }: BuildOptions): string {
	const out = resolve(projectRoot, outDir);
	const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
		cwd: projectRoot,
		env: { ...process.env, CONTENT_DIR: resolve(projectRoot, contentDir), ASTRO_CACHE_DIR: `${out}-cache`, ...env },
		stdio: verbose ? 'inherit' : 'pipe',
		encoding: 'utf8',
	});
	if (result.status !== 0) {
		if (!verbose) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
		throw new Error(`O build a partir de ${contentDir} falhou (código ${result.status}).`);
	}
	return `${result.stdout ?? ''}${result.stderr ?? ''}`;
}

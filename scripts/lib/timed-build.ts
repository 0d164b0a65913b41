import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../../src/utils/content-dir';
import { watchPeakRss } from './process-tree-rss';

export interface TimedBuildOptions {
	/** Astro project root (the site's root, or the bare baseline's). */
	root: string;
	/** Corpus folder (CONTENT_DIR). */
	contentDir: string;
	/** Output folder; its cache goes beside it (`<outDir>-cache`). */
	outDir: string;
	/** Folder for a V8 CPU profile of the build process (node --cpu-prof), if wanted. */
	cpuProfileDir?: string;
}

export interface TimedBuild {
	seconds: number;
	/** Peak resident memory of the build's process tree (node and Pagefind), in bytes. */
	peakRss: number;
	/** Peak resident memory of the main node process alone, in bytes. */
	peakMainRss: number;
	exitCode: number;
}

/** The Astro CLI of the project's node_modules, run with this very node (no npx in between). */
const astroCli = join(createRequire(join(projectRoot, 'package.json')).resolve('astro/package.json'), '..', 'astro.js');

/** Runs `astro build` once and measures its wall time and the peak RSS of its process tree and of its main process. */
export async function timedBuild({ root, contentDir, outDir, cpuProfileDir }: TimedBuildOptions): Promise<TimedBuild> {
	const profile = cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : [];
	const started = performance.now();
	const child = spawn(process.execPath, [...profile, astroCli, 'build', '--root', root, '--outDir', outDir], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: `${outDir}-cache` },
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const peak = watchPeakRss(child.pid!);
	const exitCode: number = await new Promise((done) => child.once('exit', (status) => done(status ?? 1)));
	const { tree, root: main } = peak.stop();
	return { seconds: (performance.now() - started) / 1000, peakRss: tree, peakMainRss: main, exitCode };
}

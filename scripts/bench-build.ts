/**
 * npm run bench:build -- --articles N
 * Generates N synthetic FAQ articles into a temporary corpus, builds the site from it
 * (CONTENT_DIR) and prints wall seconds, milliseconds per article and the peak RSS of the
 * build's process tree. A benchmark, not a test: it prints figures and judges nothing.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/utils/content-dir';
import { generateCorpus } from './lib/generate-corpus';
import { watchPeakRss } from './lib/process-tree-rss';
import { workDir } from './lib/work-dir';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
	console.error('Use: npm run bench:build -- --articles <N> (N inteiro positivo)');
	process.exit(1);
}

const work = workDir('bench-build');
const corpus = join(work, 'corpus');
generateCorpus(corpus, articles);

const started = performance.now();
const child = spawn('npx', ['astro', 'build', '--outDir', join(work, 'dist')], {
	cwd: projectRoot,
	env: { ...process.env, CONTENT_DIR: corpus, ASTRO_CACHE_DIR: join(work, 'cache') },
	stdio: ['ignore', 'ignore', 'inherit'],
});
const peak = watchPeakRss(child.pid!);
const code: number = await new Promise((done) => child.once('exit', (status) => done(status ?? 1)));
const seconds = (performance.now() - started) / 1000;
const peakRss = peak.stop();
if (!values.keep) rmSync(work, { recursive: true, force: true });
if (code !== 0) {
	console.error(`O build falhou (código ${code}).`);
	process.exit(code);
}
console.log(`artigos: ${articles}`);
console.log(`tempo total: ${seconds.toFixed(1)} s`);
console.log(`por artigo: ${((seconds * 1000) / articles).toFixed(1)} ms`);
console.log(`pico de memória (RSS da árvore de processos): ${(peakRss / 1024 ** 2).toFixed(0)} MiB`);

/**
 * npm run bench:build -- --articles N [--compare] [--profile] [--keep]
 * Generates N synthetic FAQ articles into a temporary corpus, builds the site from it
 * (CONTENT_DIR) and prints wall seconds, milliseconds per article and the peak RSS of the
 * build's process tree. With --compare it first builds the bare Astro baseline
 * (scripts/bare-astro: one page per article, nothing else) on the same corpus, one build after
 * the other, and prints both figures and the ratios. --profile writes a V8 CPU profile of each
 * build (node --cpu-prof) into the work folder, keeps it and prints where each build spent its
 * time (scripts/lib/cpu-profile-summary.ts). A benchmark, not a test: it prints
 * figures and judges nothing.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/utils/content-dir';
import { profileReport } from './lib/cpu-profile-summary';
import { generateCorpus } from './lib/generate-corpus';
import { timedBuild, type TimedBuild } from './lib/timed-build';
import { workDir } from './lib/work-dir';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		compare: { type: 'boolean', default: false },
		profile: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
	console.error('Use: npm run bench:build -- --articles <N> [--compare] [--profile] [--keep] (N inteiro positivo)');
	process.exit(1);
}

const work = workDir('bench-build');
const corpus = join(work, 'corpus');
generateCorpus(corpus, articles);
const keep = values.keep || values.profile;

async function build(label: string, root: string): Promise<TimedBuild> {
	const result = await timedBuild({
		root,
		contentDir: corpus,
		outDir: join(work, `dist-${label}`),
		cpuProfileDir: values.profile ? join(work, `profile-${label}`) : undefined,
	});
	if (result.exitCode !== 0) {
		console.error(`O build (${label}) falhou (código ${result.exitCode}).`);
		if (!keep) rmSync(work, { recursive: true, force: true });
		process.exit(result.exitCode);
	}
	return result;
}

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
/** Both peaks: the whole process tree (node and Pagefind's own process) and the main process alone. */
const memory = (build: TimedBuild) => `${mib(build.peakRss)} na árvore de processos, ${mib(build.peakMainRss)} no processo principal`;
const perArticle = (seconds: number) => `${((seconds * 1000) / articles).toFixed(1)} ms`;

const bare = values.compare ? await build('bare', join(projectRoot, 'scripts', 'bare-astro')) : undefined;
const site = await build('site', projectRoot);
if (!keep) rmSync(work, { recursive: true, force: true });

console.log(`artigos: ${articles}`);
if (bare) {
	console.log(`Astro puro (scripts/bare-astro): ${bare.seconds.toFixed(1)} s (${perArticle(bare.seconds)} por artigo), pico de memória ${memory(bare)}`);
	console.log(`este site: ${site.seconds.toFixed(1)} s (${perArticle(site.seconds)} por artigo), pico de memória ${memory(site)}`);
	console.log(`razão de tempo (site / Astro puro): ${(site.seconds / bare.seconds).toFixed(2)}`);
	console.log(`memória a mais que o Astro puro: ${mib(site.peakRss - bare.peakRss)} (só o processo principal: ${mib(site.peakMainRss - bare.peakMainRss)})`);
} else {
	console.log(`tempo total: ${site.seconds.toFixed(1)} s`);
	console.log(`por artigo: ${perArticle(site.seconds)}`);
	console.log(`pico de memória (RSS): ${memory(site)}`);
}
if (values.profile) {
	// Where each build's main process spent its time: compare the lists of the two builds.
	for (const label of bare ? ['bare', 'site'] : ['site']) {
		const folder = join(work, `profile-${label}`);
		for (const file of readdirSync(folder).filter((name) => name.endsWith('.cpuprofile'))) {
			console.log(`\n${label === 'bare' ? 'Astro puro' : 'este site'}:`);
			console.log(profileReport(join(folder, file)).join('\n'));
		}
	}
}
if (keep) console.log(`arquivos mantidos em ${work}${values.profile ? ' (perfis de CPU em profile-*/)' : ''}`);

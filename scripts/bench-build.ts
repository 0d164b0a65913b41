/**
 * npm run bench:build -- --articles N [--compare] [--runs R] [--profile] [--keep]
 * Generates N synthetic FAQ articles into a temporary corpus, builds the site from it
 * (CONTENT_DIR) and prints wall seconds, milliseconds per article and the peak RSS of the
 * build's process tree. With --compare it first builds the bare Astro baseline
 * (scripts/bare-astro: one page per article, nothing else) on the same corpus, one build after
 * the other, and prints both figures and the ratios. With --runs R it does that R times, bare and
 * site in turn, and prints each pair's ratio and their median: on a shared 2-core machine one
 * build of the same corpus and code varies by 10–15%, more than the gap the ratio is read for.
 * --profile writes a V8 CPU profile of each build (node --cpu-prof) into the work folder, keeps
 * it and prints where each build spent its time (scripts/lib/cpu-profile-summary.ts). A
 * benchmark, not a test: it prints figures and judges nothing.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/utils/content-dir';
import { profileReport } from './lib/cpu-profile-summary';
import { generateCorpus } from './lib/generate-corpus';
import { ascending } from './lib/stats';
import { timedBuild, type TimedBuild } from './lib/timed-build';
import { workDir } from './lib/work-dir';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000' },
		compare: { type: 'boolean', default: false },
		runs: { type: 'string', default: '1' },
		profile: { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
});
const articles = Number(values.articles);
const runs = Number(values.runs);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(runs) || runs < 1) {
	console.error('Use: npm run bench:build -- --articles <N> [--compare] [--runs <R>] [--profile] [--keep] (N e R inteiros positivos)');
	process.exit(1);
}

const work = workDir('bench-build');
const corpus = join(work, 'corpus');
generateCorpus(corpus, articles);
const keep = values.keep || values.profile;

/** One build into a folder of its own, with a cache of its own: no run reuses another's. */
async function build(label: string, root: string): Promise<TimedBuild> {
	const result = await timedBuild({
		root,
		contentDir: corpus,
		outDir: join(work, `dist-${label}`),
		cpuProfileDir: values.profile ? join(work, `profile-${label}`) : undefined,
	});
	if (!keep) for (const folder of [`dist-${label}`, `dist-${label}-cache`]) rmSync(join(work, folder), { recursive: true, force: true });
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
/** The middle of numbers sorted ascending (the mean of the two middle ones for an even count). */
const medianOf = (sorted: number[]) => {
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The labels of the builds made, in order (the profiles are read by them). */
const labels: string[] = [];
const ratios: number[] = [];
console.log(`artigos: ${articles}`);
for (let run = 1; run <= runs; run++) {
	const suffix = runs > 1 ? `-${run}` : '';
	if (runs > 1) console.log(`\nrodada ${run} de ${runs}`);
	const bare = values.compare ? await build(`bare${suffix}`, join(projectRoot, 'scripts', 'bare-astro')) : undefined;
	if (bare) labels.push(`bare${suffix}`);
	const site = await build(`site${suffix}`, projectRoot);
	labels.push(`site${suffix}`);
	if (bare) {
		ratios.push(site.seconds / bare.seconds);
		console.log(`Astro puro (scripts/bare-astro): ${bare.seconds.toFixed(1)} s (${perArticle(bare.seconds)} por artigo), pico de memória ${memory(bare)}`);
		console.log(`este site: ${site.seconds.toFixed(1)} s (${perArticle(site.seconds)} por artigo), pico de memória ${memory(site)}`);
		console.log(`razão de tempo (site / Astro puro): ${(site.seconds / bare.seconds).toFixed(2)}`);
		console.log(`memória a mais que o Astro puro: ${mib(site.peakRss - bare.peakRss)} (só o processo principal: ${mib(site.peakMainRss - bare.peakMainRss)})`);
	} else {
		console.log(`tempo total: ${site.seconds.toFixed(1)} s`);
		console.log(`por artigo: ${perArticle(site.seconds)}`);
		console.log(`pico de memória (RSS): ${memory(site)}`);
	}
}
if (ratios.length > 1) {
	const sorted = ascending(ratios);
	console.log(`\nrazão de tempo em ${ratios.length} rodadas: mediana ${medianOf(sorted).toFixed(2)} (de ${sorted[0]!.toFixed(2)} a ${sorted.at(-1)!.toFixed(2)})`);
}
if (!keep) rmSync(work, { recursive: true, force: true });
if (values.profile) {
	// Where each build's main process spent its time: compare the lists of the two builds.
	for (const label of labels) {
		const folder = join(work, `profile-${label}`);
		for (const file of readdirSync(folder).filter((name) => name.endsWith('.cpuprofile'))) {
			console.log(`\n${label.startsWith('bare') ? 'Astro puro' : 'este site'} (${label}):`);
			console.log(profileReport(join(folder, file)).join('\n'));
		}
	}
}
if (keep) console.log(`arquivos mantidos em ${work}${values.profile ? ' (perfis de CPU em profile-*/)' : ''}`);

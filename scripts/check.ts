/**
 * npm run check: what an editor's pull request must pass, every problem in one run.
 * 1. the content rules (file, line, key, rule and what to do for each problem);
 * 2. `astro check` with no errors and no warnings (types of pages and components);
 * 3. a build, then a link check over the built HTML (every internal href and #anchor).
 * Steps 2 and 3 run on a copy of the content without the files the rules rejected
 * (scripts/lib/buildable-corpus.ts), so a content problem neither stops them nor prints twice;
 * links written in the rejected files are checked from their source text.
 * With GITHUB_ACTIONS=true each problem is also printed as an `::error` annotation.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { assertCorpusDir, contentDir, MissingCorpusError, projectRoot } from '../src/utils/content-dir';
import { readCorpus } from '../src/validation/corpus';
import { formatProblem } from '../src/validation/problem';
import { validateCorpus } from '../src/validation/validate';
import { errorAnnotation, inGitHubActions } from './lib/annotations';
import { buildableCorpus } from './lib/buildable-corpus';
import { buildSite } from './lib/build-site';
import { type BrokenLink, checkLinks, checkSourceLinks, contentUrl, formatBrokenLink } from './lib/check-links';
import { sourceAnchors } from './lib/source-anchors';

const annotate = inGitHubActions();
let failed = false;
const step = (title: string) => console.log(`\n▶ ${title}`);

const dir = contentDir();
try {
	assertCorpusDir(dir);
} catch (error) {
	if (!(error instanceof MissingCorpusError)) throw error;
	console.log(`✗ ${error.message}`);
	process.exit(1);
}

step(`regras de conteúdo (${dir})`);
const problems = validateCorpus(readCorpus(dir));
for (const problem of problems) {
	console.log(formatProblem(problem));
	if (annotate) console.log(errorAnnotation({ file: problem.file, line: problem.line, title: `${problem.key} [${problem.rule}]`, message: problem.message }));
}
if (problems.length) {
	console.log(`✗ ${problems.length} problema(s) no conteúdo: cada linha diz o arquivo:linha, a chave, o que fazer e [a regra].`);
	failed = true;
} else console.log('✓ conteúdo válido');

// The rest runs on the content the rules accept, so it finds every other problem in this same run.
const buildable = problems.length ? buildableCorpus(dir, resolve(projectRoot, '.tmp/check-content')) : { dir, leftOut: [] };
if (!buildable.dir) {
	console.log('\n✗ products.yml ou modules.yml não pôde ser lido: corrija-o (linha acima) para verificar também os tipos e os links.');
	process.exit(1);
}
if (buildable.leftOut.length) {
	console.log(`  (os passos seguintes usam o conteúdo sem os ${buildable.leftOut.length} arquivo(s) ou item(ns) com problema; os links escritos neles são verificados pelo texto)`);
}
const contentEnv = { CONTENT_DIR: buildable.dir, ASTRO_CACHE_DIR: resolve(projectRoot, '.tmp/check-cache') };

step('astro check (tipos das páginas e componentes)');
const astroCheck = spawnSync('npx', ['astro', 'check'], { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, ...contentEnv } });
const output = `${astroCheck.stdout}${astroCheck.stderr}`;
const summary = /(\d+) errors?[\s\S]*?(\d+) warnings?/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
if (astroCheck.status !== 0 || !summary || summary[1] !== '0' || summary[2] !== '0') {
	console.log(output);
	console.log('✗ astro check encontrou erros ou avisos: corrija-os acima.');
	failed = true;
} else console.log('✓ sem erros nem avisos');

step('build e verificação de links');
const dist = resolve(projectRoot, '.tmp/check-dist');
const site = process.env.SITE_URL ?? 'http://localhost:4321';
let broken: BrokenLink[] = [];
try {
	buildSite({ contentDir: buildable.dir, outDir: dist });
	// Each left-out page with the anchors of its Markdown source (a module or product item has none to read).
	const absent = new Map<string, Set<string> | undefined>();
	for (const record of buildable.leftOut) {
		const url = contentUrl(record);
		if (url) absent.set(url, record.text === undefined ? undefined : await sourceAnchors(record.text));
	}
	const leftOutPages = buildable.leftOut.flatMap((record) => {
		const page = record.collection === 'modules' || record.collection === 'products' ? undefined : contentUrl(record);
		return page ? [{ file: record.file, page }] : [];
	});
	broken = [...checkLinks(dist, { corpusDir: dir, site, absent }), ...checkSourceLinks(dist, leftOutPages, { site, absent })];
} catch (error) {
	console.log(`✗ ${(error as Error).message}`);
	failed = true;
}
for (const link of broken) {
	console.log(formatBrokenLink(link));
	if (annotate) {
		const [, file, line] = /^(.*):(\d+)$/.exec(link.source ?? '') ?? [];
		console.log(errorAnnotation({ file: file ?? `(modelo da página ${link.page})`, line: line ? Number(line) : undefined, title: 'link quebrado', message: `link "${link.href}" quebrado: ${link.reason}; corrija o endereço` }));
	}
}
if (broken.length) {
	console.log(`✗ ${broken.length} link(s) quebrado(s): corrija o endereço no arquivo indicado.`);
	failed = true;
} else if (!failed || problems.length) console.log('✓ todos os links internos e âncoras existem');

process.exit(failed ? 1 : 0);

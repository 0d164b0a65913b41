/**
 * npm run check: what an editor's pull request must pass.
 * 1. `astro check` with no errors and no warnings (types of pages and components);
 * 2. the content rules (file, key and rule for each problem);
 * 3. a build, then a link check over the built HTML (every internal href and #anchor).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { contentDir, projectRoot } from '../src/utils/content-dir';
import { validateContentDir } from '../src/validation/validate';
import { buildSite } from './lib/build-site';
import { checkLinks, formatBrokenLink } from './lib/check-links';

let failed = false;
const step = (title: string) => console.log(`\n▶ ${title}`);

step('astro check (tipos das páginas e componentes)');
const astroCheck = spawnSync('npx', ['astro', 'check'], { cwd: projectRoot, encoding: 'utf8' });
const output = `${astroCheck.stdout}${astroCheck.stderr}`;
const summary = /(\d+) errors?[\s\S]*?(\d+) warnings?/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
if (astroCheck.status !== 0 || !summary || summary[1] !== '0' || summary[2] !== '0') {
	console.log(output);
	console.log('✗ astro check encontrou erros ou avisos: corrija-os acima.');
	failed = true;
} else console.log('✓ sem erros nem avisos');

step(`regras de conteúdo (${contentDir()})`);
const problems = validateContentDir(contentDir());
for (const line of problems) console.log(line);
if (problems.length) {
	console.log(`✗ ${problems.length} problema(s) no conteúdo: cada linha diz o arquivo, a chave e a regra.`);
	failed = true;
} else console.log('✓ conteúdo válido');

if (!problems.length) {
	step('build e verificação de links');
	const dist = resolve(projectRoot, '.tmp/check-dist');
	buildSite({ contentDir: contentDir(), outDir: dist });
	const broken = checkLinks(dist, { corpusDir: contentDir(), site: process.env.SITE_URL ?? 'http://localhost:4321' });
	for (const link of broken) console.log(formatBrokenLink(link));
	if (broken.length) {
		console.log(`✗ ${broken.length} link(s) quebrado(s): corrija o endereço no arquivo indicado.`);
		failed = true;
	} else console.log('✓ todos os links internos e âncoras existem');
}

process.exit(failed ? 1 : 0);

/**
 * Builds the fixture sites the end-to-end tests run against (see playwright.config.ts):
 * the real content and the project's FAQ fixture corpus (tests/fixtures/faq-corpus), one after the other.
 * Usage: tsx scripts/build-test-sites.ts [site|eval ...]
 */
import { buildSite } from './lib/build-site';
import { useTestBuildDate } from './lib/test-build-date';

const SITES: Record<string, string> = { site: 'content', eval: 'tests/fixtures/faq-corpus' };
/** The real-content site is built as the published one is, with "Editar esta página" links. */
const ENV: Record<string, Record<string, string>> = { site: { PUBLIC_EDIT_BASE_URL: 'https://github.com/linha-consinco/central-de-ajuda/edit/main/' } };
// Test sites are built for the fixed day the tests expect (see test-build-date.ts).
const buildDate = useTestBuildDate();
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SITES);

for (const name of wanted) {
	const contentDir = SITES[name];
	if (!contentDir) throw new Error(`Site de teste desconhecido: ${name} (use: ${Object.keys(SITES).join(', ')})`);
	const started = Date.now();
	buildSite({ contentDir, outDir: `.tmp/sites/${name}`, env: ENV[name] });
	console.log(`Site de teste "${name}" gerado a partir de ${contentDir} (BUILD_DATE ${buildDate}) em ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

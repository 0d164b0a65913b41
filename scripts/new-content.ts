/**
 * npm run new -- faq <módulo> "<título>"
 * npm run new -- release <produto> <versão>
 * npm run new -- bulletin <categoria> "<título>"
 * Writes a new file that already passes the content rules, for the editor to fill in.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { stringify } from 'yaml';
import { BULLETIN_CATEGORIES } from '../src/schemas/bulletin';
import { VERSION_PATTERN } from '../src/schemas/common';
import { fold } from '../src/search/text';
import { readCatalog } from '../src/utils/catalog';
import { TEMPLATES } from '../src/utils/content-templates';
import { contentDir } from '../src/utils/content-dir';
import { isoDay, today } from '../src/utils/dates';
import { validateContentDir } from '../src/validation/validate';

const USAGE = `Uso:
  npm run new -- faq <módulo> "<título>"
  npm run new -- release <produto> <versão>
  npm run new -- bulletin <categoria> "<título>"`;

function fail(message: string): never {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(1);
}

/** "Rejeição 539 na NF-e" → "rejeicao-539-na-nf-e". */
export function slugify(title: string): string {
	return fold(title).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
}

function file(data: Record<string, unknown>, body: string): string {
	return `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n\n${body}\n`;
}

const dir = contentDir();
const catalog = readCatalog(dir);
const day = isoDay(today());
const [kind, target, title] = process.argv.slice(2);
let path: string;
let text: string;

if (kind === 'faq') {
	const module = catalog.modules.find((entry) => entry.id === target);
	if (!module) fail(`Módulo "${target ?? ''}" não encontrado em modules.yml. Módulos: ${catalog.modules.map((entry) => entry.id).join(', ')}.`);
	if (!title || title.trim().length < 10 || title.trim().length > 140) fail('O título deve ter de 10 a 140 caracteres: a pergunta ou o sintoma como o cliente diz.');
	path = join(dir, 'faq', module.id, `${slugify(title)}.md`);
	text = file(
		{ title: title.trim(), description: TEMPLATES.faqDescription, module: module.id, keywords: [], updated: day },
		TEMPLATES.faqBody,
	);
} else if (kind === 'release') {
	const product = catalog.products.find((entry) => entry.id === target);
	if (!product) fail(`Produto "${target ?? ''}" não encontrado em products.yml. Produtos: ${catalog.products.map((entry) => entry.id).join(', ')}.`);
	if (!title || !VERSION_PATTERN.test(title)) fail('A versão deve ter de 2 a 4 segmentos numéricos, como 24.01.012.');
	const module = catalog.modules.find((entry) => entry.product === product.id);
	if (!module) fail(`O produto "${product.id}" não tem módulos em modules.yml.`);
	path = join(dir, 'releases', product.id, `${title}.md`);
	text = file(
		{ product: product.id, version: title, date: day, summary: TEMPLATES.releaseSummary(title), changes: [{ type: 'melhoria', module: module.id, title: TEMPLATES.changeTitle }] },
		TEMPLATES.releaseBody,
	);
} else if (kind === 'bulletin') {
	if (!BULLETIN_CATEGORIES.includes(target as (typeof BULLETIN_CATEGORIES)[number])) fail(`Categoria "${target ?? ''}" inválida. Categorias: ${BULLETIN_CATEGORIES.join(', ')}.`);
	if (!title?.trim()) fail('Informe o título do informativo.');
	path = join(dir, 'bulletins', day.slice(0, 4), `${slugify(title)}.md`);
	text = file({ title: title.trim(), date: day, category: target, summary: TEMPLATES.bulletinSummary }, TEMPLATES.bulletinBody);
} else {
	fail(kind ? `Tipo de conteúdo desconhecido: ${kind}.` : 'Informe o tipo de conteúdo.');
}

if (existsSync(path)) fail(`O arquivo ${relative(process.cwd(), path)} já existe.`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, text);
console.log(`Criado: ${relative(process.cwd(), path)}`);
// Problems name a file relative to the current folder, or by its absolute path when outside it.
const shownAs = [relative(process.cwd(), path), path].map((name) => `${name}:`);
const lines = validateContentDir(dir).filter((line) => shownAs.some((name) => line.startsWith(name)));
// The placeholder text is meant to be there until the editor writes the real text.
const toFill = lines.filter((line) => line.endsWith('[template-text]'));
const problems = lines.filter((line) => !toFill.includes(line));
if (problems.length) {
	console.error(problems.join('\n'));
	process.exit(1);
}
console.log(`Troque o texto de modelo nestas ${toFill.length} linhas (o "npm run check" recusa o arquivo enquanto ele estiver lá):`);
for (const line of toFill) console.log(`  ${line.split('  ')[0]}`);
console.log('Depois rode "npm run check" antes de abrir o pull request.');

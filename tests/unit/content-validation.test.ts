import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/validation/corpus';
import { formatProblem } from '../../src/validation/problem';
import { contentRules, validateContentDir, validateCorpus } from '../../src/validation/validate';

const FIXTURE = 'tests/fixtures/broken-corpus';
const problems = validateCorpus(readCorpus(FIXTURE));
const lines = problems.map(formatProblem);

/** The one line about a file and key, asserting there is exactly one from that rule. */
function lineFor(file: string, key: string, rule: string): string {
	const found = lines.filter((line) => line.startsWith(`${FIXTURE}/${file}:`) && line.includes(`  ${key}: `) && line.endsWith(`[${rule}]`));
	expect(found, `a linha de ${file} / ${key} / ${rule}`).toHaveLength(1);
	return found[0]!;
}

describe('content validation on a corpus with every kind of mistake', () => {
	it('names file, line, key and rule in one line per problem', () => {
		for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/broken-corpus\/\S+:\d+ {2}\S+: .+ \[[a-z-]+\]$/);
	});

	it('reports an unknown key (a typo) and lists the accepted keys', () => {
		expect(lineFor('faq/fiscal/chave-desconhecida.md', 'tittle', 'unknown-key')).toContain('chave desconhecida');
		expect(lineFor('faq/fiscal/chave-desconhecida.md', 'tittle', 'unknown-key')).toContain('title, description, module');
	});

	it('reports a broken sinonimos.yml with its line', () => {
		expect(lineFor('sinonimos.yml', 'grupos[1]', 'synonyms-file')).toContain('pelo menos duas palavras');
	});

	it('reports a missing required key', () => {
		expect(lineFor('faq/fiscal/chave-desconhecida.md', 'title', 'missing-key')).toContain('chave obrigatória ausente');
		expect(lineFor('bulletins/2026/sem-resumo.md', 'summary', 'missing-key')).toContain('obrigatória');
	});

	it('reports wrong length, wrong type, a bad date and a bad enum value', () => {
		expect(lineFor('faq/fiscal/titulo-curto.md', 'title', 'invalid-value')).toContain('deve ter de 10 a 140 caracteres');
		expect(lineFor('faq/fiscal/titulo-curto.md', 'keywords', 'invalid-value')).toContain('deve ser uma lista de textos');
		expect(lineFor('faq/fiscal/titulo-curto.md', 'updated', 'invalid-value')).toContain('AAAA-MM-DD');
		expect(lineFor('pages/canais.md', 'order', 'invalid-value')).toContain('deve ser um número');
		expect(lineFor('releases/erp/25.01.003.md', 'changes[1].type', 'invalid-value')).toContain('novidade, melhoria, correcao');
	});

	it('reports a version that is not a quoted numeric string', () => {
		expect(lineFor('releases/pdv/25.1.md', 'version', 'invalid-version')).toContain('"24.01.012"');
	});

	it('reports unknown module, product and related ids', () => {
		expect(lineFor('faq/fiscal/modulo-desconhecido.md', 'module', 'unknown-module')).toContain('"fiscall" não existe em modules.yml');
		expect(lineFor('modules.yml', 'product', 'unknown-product')).toContain('"varejo" não existe em products.yml');
		expect(lineFor('bulletins/2026/sem-resumo.md', 'products[1]', 'unknown-product')).toContain('"varejo"');
		expect(lineFor('faq/fiscal/artigo-valido.md', 'related[0]', 'unknown-related')).toContain('"fiscal/nao-existe" não existe');
	});

	it("reports a release change whose module belongs to another product", () => {
		expect(lineFor('releases/erp/25.01.003.md', 'changes[0].module', 'change-module-product')).toContain('pertence ao produto "pdv", não a "erp"');
		// the exact line of the nested key, not the line of `changes:`
		expect(lineFor('releases/erp/25.01.003.md', 'changes[0].module', 'change-module-product')).toMatch(/25\.01\.003\.md:8 /);
		expect(lineFor('releases/erp/25.01.003.md', 'changes[1].type', 'invalid-value')).toMatch(/25\.01\.003\.md:10 /);
	});

	it('reports duplicate ids with the place of the first one', () => {
		expect(lineFor('modules.yml', 'id', 'duplicate-id')).toContain('"fiscal" repetido (já usado em tests/fixtures/broken-corpus/modules.yml:1)');
		expect(lineFor('faq/pdv-caixa/artigo-valido.mdx', 'frontmatter', 'duplicate-id')).toContain('artigo-valido.md:');
	});

	it('reports broken YAML with its line', () => {
		expect(lineFor('faq/fiscal/yaml-quebrado.md', 'frontmatter', 'yaml-syntax')).toMatch(/yaml-quebrado\.md:\d+ {2}frontmatter: YAML inválido/);
	});

	it('reports an article in the folder of another module', () => {
		expect(lineFor('faq/fiscal/modulo-desconhecido.md', 'module', 'location-matches-data')).toContain('mova o arquivo para faq/fiscall/');
	});

	it('finds nothing wrong in the real content nor in the FAQ fixture corpus', () => {
		expect(validateContentDir('content')).toEqual([]);
		expect(validateContentDir('tests/fixtures/faq-corpus')).toEqual([]);
		// …and that is because they were read, not because nothing was found.
		expect(readCorpus('tests/fixtures/faq-corpus').records.filter((record) => record.collection === 'faq').length).toBeGreaterThanOrEqual(30);
	});

	it('gives every rule a unique id and a description', () => {
		const ids = contentRules.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of contentRules) expect(rule.description.length).toBeGreaterThan(10);
		// every rule is exercised by the fixture corpus
		const found = new Set(problems.map((problem) => problem.rule));
		for (const id of ids) expect(found.has(id), `regra ${id} sem caso no corpus de teste`).toBe(true);
	});
});

describe('closest existing ids for an unknown one', () => {
	it('offers the nearest module, product and article ids by edit distance', () => {
		expect(lineFor('faq/fiscal/modulo-desconhecido.md', 'module', 'unknown-module')).toContain('você quis dizer "fiscal"?');
		expect(lineFor('bulletins/2026/sem-resumo.md', 'products[1]', 'unknown-product')).not.toContain('você quis dizer');
		expect(lineFor('bulletins/2026/sem-resumo.md', 'products[1]', 'unknown-product')).toContain('use um destes: erp, pdv');
	});

	it('picks the closest article id among many', async () => {
		const { closestIds, didYouMean } = await import('../../src/validation/closest-ids');
		const ids = ['fiscal/rejeicao-539-duplicidade-nfe', 'fiscal/rejeicao-204-duplicidade', 'estoque/inventario-rotativo'];
		expect(didYouMean('fiscal/rejeicao-539-duplicidade-nf', ids)).toBe('; você quis dizer "fiscal/rejeicao-539-duplicidade-nfe"?');
		expect(closestIds('fiscal/rejeicao-5390-duplicidade-nfe', ids)).toEqual(['fiscal/rejeicao-539-duplicidade-nfe']);
		expect(closestIds('compras/pedido', ids)).toEqual([]);
		expect(closestIds('erq', ['erp', 'era', 'pdv'])).toEqual(['era', 'erp']);
	});
});

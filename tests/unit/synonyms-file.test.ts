/**
 * The content folder's sinonimos.yml: the rule that checks it (file, line, key, what to do) and
 * the reader the build uses.
 */
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/validation/corpus';
import { formatProblem } from '../../src/validation/problem';
import { synonymsFile } from '../../src/validation/rules/synonyms-file';
import { readSynonymsFile } from '../../src/utils/synonyms-file';

const lines = (dir: string) => synonymsFile.check(readCorpus(dir)).map(formatProblem);

describe('synonyms-file rule', () => {
	it('points at each broken group and key with its line', () => {
		expect(lines('tests/fixtures/synonyms/broken')).toEqual([
			'tests/fixtures/synonyms/broken/sinonimos.yml:4  grupos[1]: um grupo precisa de pelo menos duas palavras ou expressões [synonyms-file]',
			'tests/fixtures/synonyms/broken/sinonimos.yml:6  grupos[3]: um grupo precisa de pelo menos duas palavras ou expressões [synonyms-file]',
			'tests/fixtures/synonyms/broken/sinonimos.yml:9  abreviacoes.transf: diga pelo menos uma expansão [synonyms-file]',
			'tests/fixtures/synonyms/broken/sinonimos.yml:10  sinonimo: chave desconhecida; use apenas grupos e abreviacoes [synonyms-file]',
		]);
	});

	it('reports a word in two groups, whatever its accents and case', () => {
		expect(lines('tests/fixtures/synonyms/duplicate')).toEqual([
			'tests/fixtures/synonyms/duplicate/sinonimos.yml:4  grupos[2]: "gondola" já está no grupo da linha 2; junte os dois grupos ou escolha um deles [synonyms-file]',
		]);
	});

	it('reports a repeated abbreviation', () => {
		expect(lines('tests/fixtures/synonyms/repeated')).toEqual([expect.stringMatching(/sinonimos\.yml:3 {2}arquivo: abreviação repetida.*\[synonyms-file\]$/)]);
	});

	it('accepts a valid file, and a folder without one', () => {
		expect(lines('tests/fixtures/synonyms/valid')).toEqual([]);
		expect(lines('tests/fixtures/faq-corpus')).toEqual([]);
	});

	it('reads a valid file into groups and abbreviations', () => {
		expect(readSynonymsFile('tests/fixtures/synonyms/valid')).toEqual({
			groups: [
				['gôndola', 'ilha de ofertas'],
				['estorno', 'devolução do dinheiro'],
			],
			abbreviations: { ped: ['pedido'], nf: ['nota fiscal', 'nf-e'] },
		});
		expect(readSynonymsFile('tests/fixtures/faq-corpus')).toBeUndefined();
	});
});

/**
 * Query understanding shared by the suggestions and the site search: tokens, codes and
 * versions, abbreviations cut with a period, lexicon synonyms (shipped and from sinonimos.yml),
 * typo correction from the vocabulary.
 */
import { describe, expect, it } from 'vitest';
import { DOMAIN_LEXICON } from '../../src/search/lexicon';
import { compileLexicon, mergeLexicons, phraseKey } from '../../src/search/synonyms';
import { isSignificant } from '../../src/search/text';
import { isVerbForm, numberForms, singular, understandQuery } from '../../src/search/understand';
import { buildVocabulary, completions, correctWord, maxEdits, vocabularyJson } from '../../src/search/vocabulary';

const vocabulary = buildVocabulary([
	['Cancelamento de NF-e fora do prazo', 'Como cancelar a nota depois de 24 horas'],
	['Transferência entre filiais não chega', 'A nota de transferência fica em trânsito'],
	['Pinpad não comunica com o TEF', 'O pinpad do caixa não responde'],
	['Desconto de promoção não aplicado', 'O cupom sai sem desconto'],
	['Pedido de compra sem recebimento', 'O pedido não vincula à nota do fornecedor'],
]);
const lexicon = compileLexicon(DOMAIN_LEXICON);
const words = (text: string) => understandQuery(text, { lexicon, vocabulary }).map((term) => term.word);

describe('understandQuery', () => {
	it('drops stopwords and keeps codes and version numbers whole', () => {
		expect(words('Não consigo emitir a NF-e: rejeição 539 na versão 26.02.001 (FIS0210)')).toEqual(['emitir', 'nf-e', 'rejeicao', '539', 'versao', '26.02.001', 'fis0210']);
		// what the customer tried is the topic, not the trying
		expect(words('Tentei corrigir o endereço e tentamos de novo')).toEqual(['corrigir', 'endereco', 'novo']);
	});

	it('reads a word cut with a period as an abbreviation completed from the vocabulary and the lexicon', () => {
		const [transf] = understandQuery('transf. parada', { lexicon, vocabulary });
		expect(transf).toMatchObject({ word: 'transf', kind: 'abbreviation' });
		expect(transf!.alternatives).toEqual(['transf', 'transferencia']);
		const [ped] = understandQuery('ped. travado', { lexicon, vocabulary });
		expect(ped!.alternatives).toContain('pedido');
	});

	it('does not take a sentence-ending word for an abbreviation', () => {
		const terms = understandQuery('o pinpad não comunica.', { lexicon, vocabulary });
		expect(terms.map((term) => term.kind)).toEqual(['word', 'word']);
	});

	it('marks a cut word nothing completes, to be searched by its start, and only that word', () => {
		const terms = understandQuery('etiqueta com corresp. pendente', { lexicon, vocabulary });
		expect(terms.map((term) => [term.word, term.kind, term.cut])).toEqual([
			['etiqueta', 'word', undefined],
			['corresp', 'word', true],
			['pendente', 'word', undefined],
		]);
	});

	it('gives a word its lexicon synonyms, also in the plural', () => {
		const [maquininha] = understandQuery('maquininhas paradas', { lexicon, vocabulary });
		expect(maquininha!.alternatives).toEqual(expect.arrayContaining(['maquininhas', 'pinpad', 'tef']));
	});

	it('counts a topic once: a repeated word or a synonym of an earlier term adds no term', () => {
		// Two terms for one topic would weigh it twice in the ranking.
		expect(words('pinpad da maquininha sem sinal no pinpad')).toEqual(['pinpad', 'sinal']);
	});

	it('matches the longest expression of the lexicon as one term', () => {
		const terms = understandQuery('etiqueta de gôndola com preço antigo', { lexicon, vocabulary });
		expect(terms[0]).toMatchObject({ word: 'etiqueta de gondola', kind: 'phrase' });
		expect(terms[0]!.alternatives).toContain('etiqueta preco');
	});

	it('expands a known abbreviation typed without a period', () => {
		const [nf] = understandQuery('NF recusada', { lexicon, vocabulary });
		expect(nf).toMatchObject({ word: 'nf', kind: 'abbreviation' });
		expect(nf!.alternatives[0]).toBe('nota fiscal');
	});

	it('looks for a product the FAQ never names as what articles call it, and only then', () => {
		const [azeite] = understandQuery('azeites sumiram do app', { lexicon, vocabulary });
		expect(azeite).toMatchObject({ word: 'azeites', alternatives: ['azeites'], broader: ['produto', 'mercadoria'] });
		const knowing = buildVocabulary([['Azeite importado sem preço', 'O azeite fica sem preço']]);
		expect(understandQuery('azeite sem preço', { lexicon, vocabulary: knowing })[0]!.broader).toBeUndefined();
	});

	it('carries the broader words through merging and compiling', () => {
		const merged = mergeLexicons(DOMAIN_LEXICON, { groups: [], abbreviations: {}, broader: { 'Pão de Mel': ['produto'] } });
		const compiled = compileLexicon(merged);
		expect(compiled.broader.get('pao de mel')).toEqual(['produto']);
		expect(compiled.broader.get('azeite')).toEqual(['produto', 'mercadoria']);
	});

	it('is empty for a text of stopwords only, and works without aids', () => {
		expect(understandQuery('   ')).toEqual([]);
		expect(understandQuery('pinpad sem sinal').map((term) => term.alternatives)).toEqual([['pinpad'], ['sinal']]);
	});
});

describe('numberForms', () => {
	it('gives the other number of the plurals the Portuguese stemmer keeps apart from their singular', () => {
		expect(numberForms('cartao')).toEqual(['cartoes', 'cartaes', 'cartaos']);
		expect(numberForms('cartoes')).toEqual(['cartao']);
		expect(numberForms('fiscal')).toEqual(['fiscais']);
		expect(numberForms('fiscais')).toEqual(['fiscal']);
		expect(numberForms('papeis')).toEqual(['papel', 'papil']);
		expect(numberForms('perfil')).toEqual(['perfis', 'perfeis']);
		expect(numberForms('cupom')).toEqual(['cupons']);
		expect(numberForms('itens')).toEqual(['item']);
	});

	it('leaves alone the regular plurals the stemmer joins, short words and codes', () => {
		expect(['nota', 'notas', 'pedido', 'fornecedores', 'nf', 'ao', 'fis0210', 'nf-e'].flatMap(numberForms)).toEqual([]);
	});

	it('is searched with the word when the vocabulary knows it, as the word itself and not a synonym', () => {
		const [cupons, promocoes, aplicados] = understandQuery('cupons de promoções não aplicados', { lexicon, vocabulary });
		expect(cupons).toMatchObject({ alternatives: ['cupons', 'cupom'], forms: 1 });
		// The other number comes before the synonyms: it is what MAX_ALTERNATIVES keeps first.
		expect(promocoes!.alternatives.slice(0, 2)).toEqual(['promocoes', 'promocao']);
		expect(promocoes!.forms).toBe(1);
		expect(aplicados).toMatchObject({ alternatives: ['aplicados'] });
		expect(aplicados!.forms).toBeUndefined();
		// No article has "cartão" nor "fiscal": nothing more to search.
		expect(understandQuery('cartões fiscais', { lexicon, vocabulary }).map((term) => term.alternatives)).toEqual([['cartoes'], ['fiscais']]);
	});
});

describe('isVerbForm', () => {
	it('reads the past, the third person plural and the gerund as verb forms', () => {
		expect(['sumiram', 'travaram', 'pifou', 'caiu', 'bipam', 'soltando', 'sumindo', 'descendo'].filter(isVerbForm)).toHaveLength(8);
	});

	it('leaves nouns, participles, short words and codes alone', () => {
		expect(['ferias', 'usuario', 'holerite', 'ordem', 'apagado', 'bugado', 'vou', 'sou', 'ora-28000', '539'].filter(isVerbForm)).toEqual([]);
	});
});

describe('singular', () => {
	it('turns common Portuguese plurals into the singular', () => {
		expect(['maquininhas', 'promocoes', 'fornecedores', 'cupons', 'fiscais', 'papeis', 'nf'].map(singular)).toEqual(['maquininha', 'promocao', 'fornecedor', 'cupon', 'fiscal', 'papel', 'nf']);
	});
});

describe('vocabulary', () => {
	it('counts in how many summaries each significant word appears', () => {
		expect(vocabulary.get('nota')).toBe(3);
		expect(vocabulary.get('pinpad')).toBe(1);
		expect(vocabulary.has('de')).toBe(false);
		expect(Object.keys(vocabularyJson(vocabulary))[0]).toBe('nota');
	});

	it('corrects a misspelt word to the closest, then most used, vocabulary word', () => {
		expect(correctWord('cancelmento', vocabulary)).toMatchObject({ word: 'cancelamento', edits: 1 });
		expect(correctWord('pinpag', vocabulary)).toMatchObject({ word: 'pinpad', edits: 1 });
		expect(correctWord('tranferencia', vocabulary)?.word).toBe('transferencia');
		expect(correctWord('descotno', vocabulary)?.word).toBe('desconto');
	});

	it('breaks a tie of edits by the most used word, then by the longest shared start', () => {
		// Read in this order, the first candidate would win a tie that nothing breaks.
		expect(correctWord('daixa', new Map([['caixa', 1], ['baixa', 4]]))?.word).toBe('baixa');
		expect(correctWord('cortar', new Map([['contar', 2], ['cortam', 2]]))?.word).toBe('cortam');
	});

	it('counts two neighbouring letters typed in swapped order as one edit', () => {
		expect(correctWord('cancelamneto', vocabulary)).toMatchObject({ word: 'cancelamento', edits: 1 });
		// Two edits away from both by plain edit distance, "estado" being the more used; one swap from "esgotado".
		expect(correctWord('esgtoado', new Map([['estado', 5], ['esgotado', 1]]))).toMatchObject({ word: 'esgotado', edits: 1 });
		// Letters apart, or three of them moved, are not one swap.
		expect(correctWord('esotgado', new Map([['esgotado', 1]]))).toMatchObject({ edits: 2 });
		expect(correctWord('esgtaodo', new Map([['esgotado', 1]]))).toMatchObject({ edits: 2 });
	});

	it('corrects a hyphenated word part by part, keeping short parts and codes as typed', () => {
		const parts = new Map([['efd', 3], ['contribuicoes', 3], ['icms', 9], ['materia', 2], ['prima', 2]]);
		expect(correctWord('efd-cnotribuicoes', parts)).toMatchObject({ word: 'efd contribuicoes', edits: 1 });
		expect(correctWord('icsm-st', parts)).toMatchObject({ word: 'icms st', edits: 1 });
		expect(correctWord('matreia-pirma', parts)).toMatchObject({ word: 'materia prima', edits: 2 });
		// Nothing to correct, or a part nothing is close to: no correction.
		expect(correctWord('materia-prima', parts)).toBeUndefined();
		expect(correctWord('efd-xyzwvuts', parts)).toBeUndefined();
	});

	it('is surer of a correction with fewer edits', () => {
		expect(correctWord('cancelamnto', vocabulary)).toMatchObject({ edits: 1 });
		expect(correctWord('cancelmnto', vocabulary)).toMatchObject({ edits: 2 });
		expect(correctWord('cancelamnto', vocabulary)!.closeness).toBeGreaterThan(correctWord('cancelmnto', vocabulary)!.closeness);
	});

	it('leaves alone codes, short words, known words and words too far from any', () => {
		expect(correctWord('fis0210', vocabulary)).toBeUndefined();
		expect(correctWord('nfe', vocabulary)).toBeUndefined();
		expect(correctWord('pinpad', vocabulary)).toBeUndefined();
		expect(correctWord('salario', vocabulary)).toBeUndefined();
		expect([3, 4, 6, 7].map(maxEdits)).toEqual([0, 1, 1, 2]);
	});

	it('completes a cut word with the most used words it starts', () => {
		expect(completions('transf', vocabulary)).toEqual(['transferencia']);
		expect(completions('t', vocabulary)).toEqual([]);
		// Most used first; among equally used words, the shorter.
		expect(completions('transp', new Map([['transportadora', 2], ['transporte', 2], ['transpasse', 1], ['transportar', 5]]))).toEqual(['transportar', 'transporte', 'transportadora']);
	});
});

describe('lexicon', () => {
	it('ships groups of two or more distinct phrases, as sinonimos.yml requires', () => {
		for (const group of DOMAIN_LEXICON.groups) expect(new Set(group.map(phraseKey)).size, group.join(', ')).toBeGreaterThanOrEqual(2);
	});

	it('never expands a function word as an abbreviation ("num pedido" is not "número pedido")', () => {
		for (const [abbreviation, expansions] of Object.entries(DOMAIN_LEXICON.abbreviations)) {
			expect(isSignificant(abbreviation), abbreviation).toBe(true);
			expect(expansions.length, abbreviation).toBeGreaterThan(0);
		}
	});

	it('folds phrases the way queries are folded', () => {
		expect(phraseKey('  Devolução  do dinheiro! ')).toBe('devolucao do dinheiro');
	});

	it("lets the content folder's groups replace the shipped ones that share a word, and its abbreviations win", () => {
		const merged = mergeLexicons({ groups: [['gondola', 'prateleira'], ['pix', 'pagamento instantaneo']], abbreviations: { ped: ['pedido'] } }, { groups: [['Gôndola', 'ilha']], abbreviations: { PED: ['pedágio'] } });
		const compiled = compileLexicon(merged);
		expect(compiled.synonyms.get('gondola')).toEqual(['ilha']);
		expect(compiled.synonyms.has('prateleira')).toBe(false);
		expect(compiled.synonyms.get('pix')).toEqual(['pagamento instantaneo']);
		expect(compiled.abbreviations.get('ped')).toEqual(['pedagio']);
	});
});

import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResult, PagefindResultData, PagefindSearch, PagefindSearchOptions } from '../../src/search/pagefind-client';
import {
	releasesFirst,
	classifyTerm,
	facetCounts,
	inverseDocumentFrequency,
	isGenuineMatch,
	isGenuinePrefixMatch,
	matchedWordsOf,
	mergeTermHits,
	passesFilters,
	planQuery,
	relaxedHits,
	requiredPrefix,
	searchSite,
	sortByDate,
	cutPrefix,
	typoPrefix,
	weightShare,
	type SiteCatalog,
} from '../../src/search/query';
import { isSignificant, searchForm, significantTokens } from '../../src/search/text';

describe('planning a query', () => {
	it('folds case and accents and drops stopwords, lone letters and short numbers', () => {
		expect(planQuery('  Não consigo EMITIR a nota no caixa 3 ').terms).toEqual(['emitir', 'nota', 'caixa']);
		expect(planQuery('sped inventario de 31/12 nao bate').terms).toEqual(['sped', 'inventario', 'bate']);
	});

	it('keeps codes whole: routines, rejections, Oracle errors, CFOP', () => {
		expect(planQuery('FIS0230').terms).toEqual(['fis0230']);
		expect(planQuery('Rejeição 539').terms).toEqual(['rejeicao', '539']);
		expect(planQuery('ORA-28000 ao logar').terms).toEqual(['ora-28000', 'logar']);
		expect(planQuery('entrada CFOP 5910').terms).toEqual(['entrada', 'cfop', '5910']);
	});

	it('removes repeated words and caps very long texts', () => {
		expect(planQuery('preço preço do preço').terms).toEqual(['preco']);
		const long = Array.from({ length: 30 }, (_, index) => `palavra${index}`).join(' ');
		expect(planQuery(long).terms).toHaveLength(10);
	});

	it('drops the words of reported speech, which tell the story, not its topic', () => {
		expect(planQuery('o cliente diz que o app consta como esgotado').terms).toEqual(['cliente', 'app', 'esgotado']);
		expect(planQuery('fornecedor reclamou, informou e disse que a nota consta em aberto').terms).toEqual(['fornecedor', 'nota', 'aberto']);
	});

	it('drops indefinite pronouns, which say how much, not what', () => {
		expect(planQuery('nenhum caixa aceita o cartão, nada funciona e ninguém vende').terms).toEqual(['caixa', 'aceita', 'cartao', 'funciona', 'vende']);
		expect(planQuery('todos os outros produtos de cada loja, tudo zerado').terms).toEqual(['produtos', 'loja', 'zerado']);
	});

	it('keeps the words of a query made only of stopwords rather than nothing', () => {
		expect(significantTokens('como fazer')).toEqual(['fazer']);
		expect(significantTokens('não é')).toEqual(['nao', 'e']);
		expect(planQuery('   ').terms).toEqual([]);
	});

	it('tells which words narrow a search', () => {
		expect(isSignificant('204')).toBe(true);
		expect(isSignificant('05')).toBe(false);
		expect(isSignificant('x')).toBe(false);
		expect(isSignificant('nf')).toBe(true);
		expect(isSignificant('para')).toBe(false);
		expect(searchForm('NF-e,')).toBe('nfe');
		expect(searchForm('ORA-28000')).toBe('ora28000');
	});
});

describe("telling Pagefind's short-prefix fallback from a real match", () => {
	it('needs all of a short term and at least half (4+ letters) of a long one', () => {
		expect(requiredPrefix('nf')).toBe(2);
		expect(requiredPrefix('pdv')).toBe(3);
		expect(requiredPrefix('cancelamento')).toBe(6);
		expect(requiredPrefix('emitir')).toBe(4);
	});

	it('accepts inflections and late typos', () => {
		expect(isGenuineMatch('cancelar', 'Cancelamento')).toBe(true);
		expect(isGenuineMatch('emitir', 'emite,')).toBe(true);
		expect(isGenuineMatch('emissao', 'Emissão')).toBe(true);
		expect(isGenuineMatch('cancelamneto', 'cancelamento;')).toBe(true);
		expect(isGenuineMatch('pinpag', 'pinpad')).toBe(true);
		expect(isGenuineMatch('nf', 'NF-e')).toBe(true);
		expect(isGenuineMatch('ora-28000', 'ORA-28000:')).toBe(true);
	});

	it('rejects the fallback words', () => {
		expect(isGenuineMatch('emitir', 'em')).toBe(false);
		expect(isGenuineMatch('funcionarios', 'fun')).toBe(false);
		expect(isGenuineMatch('transferencia', 'transmite')).toBe(false);
		expect(isGenuineMatch('descotno', 'de')).toBe(false);
		expect(isGenuineMatch('e-commerce', 'e')).toBe(false);
		expect(isGenuineMatch('ora-01653', 'ORA-12154')).toBe(false);
	});

	it('takes a prefix search as genuine only for words that start with the prefix, its final vowel aside (Pagefind stems it)', () => {
		expect(isGenuinePrefixMatch('transf', 'Transferência')).toBe(true);
		expect(isGenuinePrefixMatch('desco', 'desconto,')).toBe(true);
		expect(isGenuinePrefixMatch('cancela', 'cancelou')).toBe(true);
		expect(isGenuinePrefixMatch('estor', 'estoque')).toBe(false);
		expect(isGenuinePrefixMatch('cancem', 'cancelamento')).toBe(false);
		expect(isGenuineMatch('cancem', 'cancelamento')).toBe(true); // the whole-word rule would take it
		expect(classifyTerm('estor', 626, ['estoque'], { prefix: true })).toBe('fallback');
		expect(classifyTerm('estor', 3, ['Estorno'], { prefix: true })).toBe('ok');
	});

	it('classifies a term from its best result', () => {
		expect(classifyTerm('emitir', 0, [])).toBe('missing');
		expect(classifyTerm('emitir', 12, ['em', 'em'])).toBe('fallback');
		expect(classifyTerm('emitir', 12, ['em', 'emitida'])).toBe('ok');
		expect(classifyTerm('emitir', 3, [])).toBe('ok'); // metadata-only match: benefit of the doubt
	});

	it('reads the matched words at the result locations and in the matched metadata', () => {
		const data = { content: 'Ao tentar cancelar uma NF-e pelo FIS0230', meta: { title: 'Cancelamento de NF-e', rotina: 'FIS0230' } };
		expect(matchedWordsOf({ words: [2, 6], matchedMetaFields: ['title'] }, data)).toEqual(['cancelar', 'FIS0230', 'Cancelamento', 'de', 'NF-e']);
		expect(matchedWordsOf({ words: [99] }, data)).toEqual([]);
	});

	it('offers a prefix for long words Pagefind did not match, not for codes or short words', () => {
		expect(typoPrefix('descotno')).toBe('desco');
		expect(typoPrefix('impresora')).toBe('impres');
		expect(typoPrefix('usario')).toBeUndefined();
		expect(typoPrefix('ora-01653')).toBeUndefined();
	});

	it('searches a word cut with a period by the whole of it, from five letters, never a code', () => {
		expect(cutPrefix('remar')).toBe('remar');
		expect(cutPrefix('cancelament')).toBe('cancelament');
		expect(cutPrefix('enco')).toBeUndefined();
		expect(cutPrefix('fis02')).toBeUndefined();
	});
});

describe('relaxing: merging one search per term', () => {
	it('weights rare terms above common ones', () => {
		expect(inverseDocumentFrequency(1, 1000)).toBeGreaterThan(inverseDocumentFrequency(500, 1000));
		expect(inverseDocumentFrequency(1000, 1000)).toBeGreaterThan(0);
		expect(inverseDocumentFrequency(5, 2)).toBeGreaterThan(0);
	});

	it('ranks a page with the telling terms above one with only the common term', () => {
		const merged = mergeTermHits([
			{ term: 'caixa', idf: 0.2, hits: [{ id: 'comum', score: 9, words: [1] }, { id: 'certa', score: 1, words: [5] }] },
			{ term: 'maquininha', idf: 3, hits: [{ id: 'certa', score: 4, words: [8] }] },
			{ term: 'cartao', idf: 2, hits: [{ id: 'certa', score: 3, words: [9, 2] }] },
		]);
		expect(merged.map((hit) => hit.id)).toEqual(['certa', 'comum']);
		expect(merged[0]).toMatchObject({ coverage: 1, terms: ['caixa', 'maquininha', 'cartao'], words: [2, 5, 8, 9] });
		expect(merged[1]!.coverage).toBeCloseTo(0.2 / 5.2);
	});

	it('drops the tail covering less than half of the best coverage', () => {
		const merged = [
			{ id: 'a', score: 3, coverage: 0.8, terms: [], words: [] },
			{ id: 'b', score: 9, coverage: 0.45, terms: [], words: [] },
			{ id: 'c', score: 1, coverage: 0.39, terms: [], words: [] },
		];
		expect(relaxedHits(merged).map((hit) => hit.id)).toEqual(['a', 'b']);
		expect(relaxedHits([])).toEqual([]);
	});

	it('measures how much of the query was found', () => {
		expect(weightShare([{ status: 'ok', idf: 1 }, { status: 'fallback', idf: 0.1 }, { status: 'missing', idf: 0 }], 4)).toBeCloseTo(1 / 9);
		expect(weightShare([{ status: 'ok', idf: 1 }, { status: 'prefix', idf: 2 }], 4)).toBe(1);
		expect(weightShare([], 4)).toBe(0);
	});
});

describe('filters, facets and the date order', () => {
	const catalog: SiteCatalog = {
		total: 4,
		values: {
			tipo: { faq: new Set(['a', 'b', 'c']), novidade: new Set(['d']) },
			modulo: { Fiscal: new Set(['a', 'd']), Estoque: new Set(['b', 'd']) },
		},
		dateRank: new Map([
			['d', 0],
			['b', 1],
			['a', 2],
		]),
	};

	it('ORs the values of a filter and ANDs the filters', () => {
		expect(['a', 'b', 'c', 'd'].filter((id) => passesFilters(id, { modulo: ['Fiscal', 'Estoque'] }, catalog))).toEqual(['a', 'b', 'd']);
		expect(['a', 'b', 'c', 'd'].filter((id) => passesFilters(id, { modulo: ['Fiscal'], tipo: ['faq'] }, catalog))).toEqual(['a']);
		expect(['a', 'b'].filter((id) => passesFilters(id, { versao: ['9.9'] }, catalog))).toEqual([]);
	});

	it('counts each facet with the other filters applied, keeping selected values', () => {
		const facets = facetCounts(['a', 'b', 'c', 'd'], { modulo: ['Fiscal'] }, catalog);
		expect(facets.tipo).toEqual({ faq: 1, novidade: 1 });
		expect(facets.modulo).toEqual({ Fiscal: 2, Estoque: 2 });
		expect(facetCounts(['c'], { modulo: ['Fiscal'] }, catalog).modulo).toEqual({ Fiscal: 0 });
	});

	it('sorts newest first, undated pages last in their order', () => {
		expect(sortByDate([{ id: 'c' }, { id: 'a' }, { id: 'x' }, { id: 'd' }], catalog.dateRank).map((hit) => hit.id)).toEqual(['d', 'a', 'c', 'x']);
	});
});

/** A fake Pagefind over a few pages: AND of prefix matches, like the real one without stemming. */
function fakePagefind(pages: Record<string, { text: string; filters?: Record<string, string[]>; date?: string }>): PagefindApi {
	const ids = Object.keys(pages);
	const wordsOf = (id: string) => pages[id]!.text.split(/\s+/);
	const result = (id: string, words: number[]): PagefindResult => ({
		id,
		score: words.length,
		words,
		data: async (): Promise<PagefindResultData> => ({
			url: `/${id}/`,
			excerpt: wordsOf(id).map((word, index) => (words.includes(index) ? `<mark>${word}</mark>` : word)).join(' '),
			content: pages[id]!.text,
			meta: { title: `Título <${id}>` },
			filters: pages[id]!.filters ?? {},
		}),
	});
	const matchesFilters = (id: string, filters: PagefindSearchOptions['filters'] = {}) =>
		Object.entries(filters).every(([key, value]) => (pages[id]!.filters?.[key] ?? []).includes(String(value)));
	return {
		options: async () => undefined,
		init: async () => undefined,
		preload: async () => undefined,
		filters: async () => {
			const out: Record<string, Record<string, number>> = {};
			for (const id of ids) for (const [key, values] of Object.entries(pages[id]!.filters ?? {})) for (const value of values) ((out[key] ??= {})[value] ??= 0), (out[key]![value]! += 1);
			return out;
		},
		search: async (term, options = {}): Promise<PagefindSearch> => {
			let found: PagefindResult[];
			if (term === null) {
				found = ids.filter((id) => matchesFilters(id, options.filters)).map((id) => result(id, []));
				if (options.sort) found.sort((a, b) => (pages[b.id]!.date ?? '').localeCompare(pages[a.id]!.date ?? ''));
			} else {
				const terms = term.split(' ').map(searchForm);
				found = ids.flatMap((id) => {
					const words = wordsOf(id).map(searchForm);
					const locations = terms.map((wanted) => words.findIndex((word) => word.startsWith(wanted)));
					return locations.every((location) => location >= 0) ? [result(id, locations)] : [];
				});
				found.sort((a, b) => b.score - a.score);
			}
			return { results: found, unfilteredResultCount: found.length, filters: {}, totalFilters: {} };
		},
	};
}

describe('searchSite', () => {
	const pagefind = fakePagefind({
		'fiscal/cancelar': { text: 'cancelamento da nota fiscal fora do prazo', filters: { tipo: ['faq'], modulo: ['Fiscal'] }, date: '2026-01-01' },
		'pdv/pinpad': { text: 'pinpad do tef nao comunica no caixa com cartao', filters: { tipo: ['faq'], modulo: ['Frente de Loja'] }, date: '2026-03-01' },
		'pdv/sangria': { text: 'sangria e suprimento de caixa', filters: { tipo: ['faq'], modulo: ['Frente de Loja'] }, date: '2025-01-01' },
		'novidades/24': { text: 'versao 24 nota fiscal cartao', filters: { tipo: ['novidade'], modulo: ['Fiscal', 'Frente de Loja'], versao: ['24.01'] }, date: '2026-05-01' },
	});

	it('answers with the pages that have every term, escaping what comes from the index', async () => {
		const outcome = await searchSite(pagefind, { text: 'nota fiscal' });
		expect(outcome.mode).toBe('all');
		expect(outcome.hits.map((hit) => hit.id).sort()).toEqual(['fiscal/cancelar', 'novidades/24']);
		const data = await outcome.hits[0]!.data();
		expect(data.title).toBe('Título <fiscal/cancelar>'); // text, rendered with textContent
		expect(data.excerptHtml).toContain('<mark>nota</mark>');
	});

	it('relaxes to the pages with some of the terms when none has all, best coverage first', async () => {
		const outcome = await searchSite(pagefind, { text: 'sangria cartao' });
		expect(outcome.mode).toBe('partial');
		expect(outcome.hits.length).toBeGreaterThan(0);
		const data = await outcome.hits[0]!.data();
		expect(data.excerptHtml).toMatch(/<mark>(sangria|cartao)<\/mark>/);
	});

	it('ranks a sentence by weighted coverage', async () => {
		const outcome = await searchSite(pagefind, { text: 'o pinpad nao comunica com o caixa na hora do cartao' });
		expect(outcome.mode).toBe('ranked');
		expect(outcome.hits[0]!.id).toBe('pdv/pinpad');
	});

	it('says nothing matched instead of throwing', async () => {
		const outcome = await searchSite(pagefind, { text: 'folha de pagamento' });
		expect(outcome).toMatchObject({ mode: 'none', hits: [], used: [], ignored: ['folha', 'pagamento'] });
		expect((await searchSite(pagefind, { text: '' })).mode).toBe('empty');
	});

	it('applies filters, counts facets and sorts by date', async () => {
		const outcome = await searchSite(pagefind, { text: 'cartao', filters: { modulo: ['Frente de Loja'] }, sort: 'recentes' }, { facets: true });
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['novidades/24', 'pdv/pinpad']);
		expect(outcome.facets?.tipo).toEqual({ faq: 1, novidade: 1 });
		expect(outcome.facets?.modulo).toEqual({ Fiscal: 1, 'Frente de Loja': 2 });
	});

	it('answers nothing when the words it found carry too little of the query (an error message with one common word)', async () => {
		const outcome = await searchSite(pagefind, { text: 'cartao XPTO-4417 qwrtzy blorfing' });
		expect(outcome.used).toEqual(['cartao']);
		expect(outcome).toMatchObject({ mode: 'none', hits: [] });
		// The same common word alone is answered.
		expect((await searchSite(pagefind, { text: 'cartao' })).hits.length).toBe(2);
	});

	it('puts the release note of a typed version first, before pages that only mention the number', async () => {
		const site = fakePagefind({
			'fiscal/regra': { text: 'regra fiscal alterada na 26.02.001 para a nota', filters: { tipo: ['faq'] } },
			'novidades/26.02.001': { text: 'versao 26.02.001 novidades', filters: { tipo: ['novidade'], versao: ['26.02.001'] }, date: '2026-02-01' },
		});
		const outcome = await searchSite(site, { text: '26.02.001' });
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['novidades/26.02.001', 'fiscal/regra']);
	});

	it('browses by filters alone, newest first', async () => {
		const outcome = await searchSite(pagefind, { text: '', filters: { tipo: ['faq'] } }, { facets: true });
		expect(outcome.mode).toBe('browse');
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['pdv/pinpad', 'fiscal/cancelar', 'pdv/sangria']);
	});
});

describe('releasesFirst', () => {
	it('puts the release notes of the typed version first and keeps the order otherwise', () => {
		const catalog = { total: 4, dateRank: new Map(), values: { versao: { '26.02.0': new Set(['note']), '26.02.001': new Set(['other-note']) } } };
		const hits = [{ id: 'bulletin' }, { id: 'article' }, { id: 'note' }, { id: 'other-note' }];
		expect(releasesFirst(hits, ['26.02.0'], catalog).map((hit) => hit.id)).toEqual(['note', 'bulletin', 'article', 'other-note']);
		expect(releasesFirst(hits, ['9.9'], catalog).map((hit) => hit.id)).toEqual(['bulletin', 'article', 'note', 'other-note']);
	});
});

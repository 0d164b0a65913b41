import { describe, expect, it } from 'vitest';
import { BODY_ONLY_FACTOR, idf, rankPages, type TermHit, type TermHits } from '../../src/search/suggest-rank';
import { queryTerms } from '../../src/search/suggest-terms';

/** Hits found in the title/description (`inSummary`) unless the score is given as `body:<n>`. */
const hits = (entries: Record<string, number | `body:${number}`>): TermHits =>
	new Map(
		Object.entries(entries).map(([id, value]): [string, TermHit] =>
			typeof value === 'number' ? [id, { score: value, inSummary: true }] : [id, { score: Number(value.slice(5)), inSummary: false }],
		),
	);

describe('queryTerms', () => {
	it('keeps the topic words of a messy title, folded, without stopwords or repeats', () => {
		expect(queryTerms('Não consigo emitir nota de devolução — rejeição 539 no PDV, nota travada').map((term) => term.word)).toEqual([
			'emitir',
			'nota',
			'devolucao',
			'rejeicao',
			'539',
			'pdv',
			'travada',
		]);
	});

	it('keeps codes whole and drops one-letter words', () => {
		expect(queryTerms('ORA-12154 e FIS0210 x').map((term) => term.word)).toEqual(['ora-12154', 'fis0210']);
	});

	it('gives nothing to search for an empty title', () => {
		expect(queryTerms('   ')).toEqual([]);
	});
});

describe('rankPages', () => {
	const total = 40;

	it('ranks the page matching the rare words of the title first', () => {
		const ranked = rankPages(
			[
				hits({ a: 5, b: 5, c: 5, d: 5, e: 5, f: 5, g: 5, h: 5 }), // "nota": common
				hits({ a: 20 }), // "204": rare
				hits({ a: 8, b: 9 }), // "duplicidade"
			],
			{ total },
		);
		expect(ranked.map((page) => page.id)).toEqual(['a', 'b']);
		expect(ranked[0]!.coverage).toBeCloseTo(1);
		expect(ranked[0]!.matched).toBe(3);
	});

	it('stays silent when a page matches only one of several topic words', () => {
		expect(rankPages([hits({ encarte: 5.6 }), hits({})], { total })).toEqual([]);
	});

	it('ignores a term whose hits are only weak prefix fallbacks', () => {
		// "integração e-commerce": the second word only matched "e…" everywhere with tiny scores
		const weak = hits(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`p${i}`, 0.13])));
		expect(rankPages([hits({ p1: 3.7 }), weak], { total })).toEqual([]);
	});

	it('ignores a term found on every page, which says nothing about the topic', () => {
		const everywhere = hits(Object.fromEntries(Array.from({ length: total }, (_, i) => [`p${i}`, 4])));
		const ranked = rankPages([hits({ p1: 9, p2: 3 }), hits({ p1: 6 }), everywhere], { total });
		expect(ranked.map((page) => page.id)).toEqual(['p1']);
	});

	it('a single-word title needs only that word', () => {
		expect(rankPages([hits({ x: 3, y: 1 })], { total }).map((page) => page.id)).toEqual(['x', 'y']);
	});

	it('never returns more than the limit', () => {
		const many = hits(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, 10 - i])));
		expect(rankPages([many, many], { total, limit: 5 })).toHaveLength(5);
	});

	it('counts a word found only in the body less than one in the title or description', () => {
		const ranked = rankPages([hits({ titled: 5, mentioned: 'body:5' }), hits({ titled: 5, mentioned: 'body:5' })], { total });
		expect(ranked.map((page) => page.id)).toEqual(['titled', 'mentioned']);
		expect(ranked[1]!.coverage).toBeCloseTo(BODY_ONLY_FACTOR);
	});

	it('stays silent when the words are only mentioned in passing in a long title', () => {
		// "folha de pagamento não fecha": two of three words, both only in the body of one article
		expect(rankPages([hits({}), hits({ caixa: 'body:6' }), hits({ caixa: 'body:19' })], { total })).toEqual([]);
	});

	it('asks less coverage of a sentence, whose narrative words no article has', () => {
		// seven topic words: the article has three of them, the other four are in no article (3/7 ≈ 0.43)
		const sentence = [hits({ a: 20 }), hits({ a: 15 }), hits({ a: 9 }), hits({}), hits({}), hits({}), hits({})];
		expect(rankPages(sentence, { total: 4 }).map((page) => page.id)).toEqual(['a']);
		expect(rankPages(sentence, { total: 4, minSentenceCoverage: 0.5 })).toEqual([]);
		// a short title keeps the stricter bar: two of four words (0.5) pass, one of three does not
		expect(rankPages([hits({ a: 20 }), hits({ a: 15 }), hits({}), hits({})], { total: 4 }).map((page) => page.id)).toEqual(['a']);
		expect(rankPages([hits({ a: 20, b: 3 }), hits({ b: 4 }), hits({})], { total: 4 }).map((page) => page.id)).toEqual(['b']);
	});

	it('weighs rare words more than common ones', () => {
		expect(idf(1, 40)).toBeGreaterThan(idf(20, 40));
		expect(idf(0, 40)).toBe(0);
	});
});

/**
 * The suggestion ranking (suggest-rank.ts): pure, over hand-made term hits. Each expectation
 * pins an order or a silence, so removing the sort, a factor or a floor makes a test fail.
 */
import { describe, expect, it } from 'vitest';
import { BODY_ONLY_FACTOR, coverageFloor, idf, MIN_COVERAGE, rankPages, STORY_FLOOR_SHARE, SYMPTOM_FACTOR, termWeights, type RankTerm } from '../../src/search/suggest-rank';

/** A term found on these pages: id → [score, in summary?]. */
const term = (pages: Record<string, [number, boolean]>, closeness = 1): RankTerm => ({
	hits: new Map(Object.entries(pages).map(([id, [score, inSummary]]) => [id, { score, inSummary }])),
	closeness,
});
const unknown: RankTerm = { hits: new Map(), closeness: 0 };
const ids = (terms: RankTerm[], total = 40) => rankPages(terms, { total }).map((page) => page.id);

describe('termWeights', () => {
	it('weighs rare words more, unknown words as the rarest, and words on every page not at all', () => {
		const [rare, common, none, everywhere] = termWeights([term({ a: [1, true] }), term(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}`, [1, true]]))), unknown, term({ a: [1, true], b: [1, true] })], 2);
		expect(rare).toBeCloseTo(idf(1, 2));
		expect(common).toBeLessThan(rare!);
		expect(none).toBeCloseTo(idf(1, 2));
		expect(everywhere).toBe(0);
	});
});

describe('coverageFloor', () => {
	it('is the full floor up to four terms, then falls with the length of the title down to a bound', () => {
		expect(coverageFloor(1)).toBe(MIN_COVERAGE);
		expect(coverageFloor(4)).toBe(MIN_COVERAGE);
		expect(coverageFloor(5)).toBeCloseTo(MIN_COVERAGE * 0.8);
		expect(coverageFloor(6)).toBeCloseTo(MIN_COVERAGE * STORY_FLOOR_SHARE);
		expect(coverageFloor(12)).toBeCloseTo(MIN_COVERAGE * STORY_FLOOR_SHARE);
	});
});

describe('rankPages', () => {
	it('puts the page that matches the rare word first, whatever the input order', () => {
		const rare = term({ answer: [2, true] });
		const common = term({ other: [9, true], answer: [1, true], third: [1, true], fourth: [1, true], fifth: [1, true], sixth: [1, true] });
		expect(ids([common, rare])[0]).toBe('answer');
		expect(ids([rare, common])[0]).toBe('answer');
	});

	it('orders a page with the words in its summary before one that only mentions them in the body', () => {
		// Same terms, same Pagefind scores: only where the words were found differs.
		const first = term({ body: [5, false], summary: [5, true], x: [1, true], y: [1, true], z: [1, true] });
		const second = term({ body: [5, false], summary: [5, true], w: [1, true], v: [1, true], u: [1, true] });
		expect(rankPages([first, second], { total: 40, bodyOnlyFactor: 1 }).map((page) => page.id)).toEqual(['summary', 'body']);
	});

	it('orders by score: a page matching more of the title comes first', () => {
		// "two" is met first and scores better per term; "all" matches one term more and wins.
		const a = term({ two: [5, true], all: [1, true] });
		const b = term({ two: [5, true], all: [1, true] });
		const c = term({ all: [1, true], x: [1, true] });
		expect(ids([a, b, c])).toEqual(['all', 'two']);
	});

	it('a match only in the body counts less than one in the summary', () => {
		const a = term({ summary: [1, true], body: [1, false] });
		const b = term({ summary: [1, true], body: [1, false] });
		const [first, second] = rankPages([a, b], { total: 40 });
		expect(first?.id).toBe('summary');
		expect(second?.coverage).toBeCloseTo(BODY_ONLY_FACTOR);
	});

	it('a corrected word counts by its closeness', () => {
		const exact = term({ typed: [1, true] });
		const corrected = term({ fixed: [1, true] }, 0.5);
		const other = term({ typed: [1, true], fixed: [1, true] });
		expect(ids([exact, corrected, other])).toEqual(['typed', 'fixed']);
	});

	it('stays silent when the title weighs mostly on words nothing answers', () => {
		const common = term({ a: [3, true], b: [2, true], c: [1, true], d: [1, true], e: [1, true], f: [1, true], g: [1, true], h: [1, true] });
		expect(ids([common, unknown])).toEqual([]);
		expect(ids([common, term({ a: [1, true] })])).toEqual(['a']);
	});

	it('in a long sentence, words nobody indexed weigh less: they are details of the story', () => {
		const common = () => term(Object.fromEntries(['answer', ...Array.from({ length: 11 }, (_, i) => `p${i}`)].map((id) => [id, [id === 'answer' ? 3 : 1, id === 'answer'] as [number, boolean]])));
		// Three common words of five found on one page, two words found nowhere: still shown.
		expect(ids([common(), unknown, common(), unknown, common()])[0]).toBe('answer');
		// The same two unknown words beside one common word of a short title: silence.
		expect(ids([common(), unknown, unknown])).toEqual([]);
		expect(termWeights(Array.from({ length: 8 }, () => unknown), 40)[0]).toBeCloseTo(idf(1, 40) / 2);
	});

	it('in a long sentence, the page that answers part of the story is shown; a page sharing less of a longer one is not', () => {
		// Every word is on two pages (all equally rare), one of them its own; "answer" holds two of the words.
		const story = (words: number) =>
			Array.from({ length: words }, (_, i) => term({ [i < 2 ? 'answer' : `other${i}`]: [1, true], [`detail${i}`]: [1, true] }));
		// 2 of 7 words (29 % of the title): under the floor of a short title, enough for a story.
		expect(ids(story(7))).toEqual(['answer']);
		// 2 of 9 words (22 %): the floor stops falling, and the list stays empty.
		expect(ids(story(9))).toEqual([]);
		// 2 of 4 words of a short title carry half of it: shown, as always.
		expect(ids(story(4))).toEqual(['answer']);
	});

	it('reads past an unknown verb form: what happened, said in a word no article uses, still finds what it happened to', () => {
		// "horários de entrega sumiram": the topic is on two of 40 pages, the verb on none.
		const topic = () => term({ answer: [3, true], other: [1, true] });
		const symptom: RankTerm = { ...unknown, symptom: true };
		expect(ids([topic(), symptom])).toEqual(['answer', 'other']);
		// An unknown word of another kind is what the title is about ("férias do usuário"): silence.
		expect(ids([topic(), unknown])).toEqual([]);
		// It still weighs, a little less than an unknown noun: beside a common word the title stays silent.
		expect(termWeights([symptom, unknown], 40)).toEqual([SYMPTOM_FACTOR * idf(1, 40), idf(1, 40)]);
		const common = term(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, [1, true] as [number, boolean]])));
		expect(ids([common, symptom])).toEqual([]);
	});

	it('needs two shared words when the title has two known ones', () => {
		const folha = term({ flyer: [4, true] });
		const pagamento = term({ boleto: [2, true], pix: [2, true] });
		expect(ids([folha, pagamento])).toEqual([]);
	});

	it('keeps later positions only when they score close to the first', () => {
		// The "far" pages share both common words (enough of the title to be shown on their own) but
		// score well below the first: the relative floor alone keeps them out.
		const rare = term({ best: [5, true], near: [4, true] });
		const common = () => term(Object.fromEntries(['best', 'near', 'far1', 'far2', 'far3', 'far4', 'far5', 'far6'].map((id) => [id, [id.startsWith('far') ? 1 : 5, true] as [number, boolean]])));
		const ranked = rankPages([rare, common(), common()], { total: 40 });
		expect(ranked.map((page) => page.id)).toEqual(['best', 'near']);
		expect(rankPages([common(), common()], { total: 40 }).map((page) => page.id)).toEqual(['best', 'near', 'far1', 'far2', 'far3']);
	});

	it('stays silent when the best page carries too little of the title, even if a weaker page carries more', () => {
		// "strong" matches two words well; "weak" matches three words poorly, so it scores lower but
		// covers more. The title's unknown word weighs heavily: the best page falls under the silence
		// floor, and the list stays empty rather than show a weaker page.
		const words = (strong: boolean, extra: string) =>
			term({ ...(strong ? { strong: [10, true] as [number, boolean] } : { z: [10, true] as [number, boolean] }), weak: [1, true], ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`${extra}${i}`, [1, true] as [number, boolean]])) });
		const ranked = rankPages([words(true, 'a'), words(true, 'b'), words(false, 'c'), unknown], { total: 40 });
		expect(ranked).toEqual([]);
		const withoutUnknown = rankPages([words(true, 'a'), words(true, 'b'), words(false, 'c')], { total: 40 });
		expect(withoutUnknown.map((page) => page.id)).toEqual(['strong', 'weak']);
	});

	it('never lists more than the limit', () => {
		const many = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`p${i}`, [1, true] as [number, boolean]]));
		expect(rankPages([term(many), term(many)], { total: 40, limit: 3 })).toHaveLength(3);
	});
});

/**
 * How suggestions are ranked from per-term Pagefind searches. Pagefind joins the words of one
 * query with AND, so a long ticket title often matches nothing as a whole. Each topic term is
 * searched alone instead (term-search.ts), and pages are scored OR-like: the sum, over the terms
 * they match, of the term's rarity (IDF) times how sure the match is (a corrected word counts
 * less) times where it was found (title, description, keywords or routine count more than the
 * body). Then two floors decide what is shown:
 * - silence: the best page must carry enough of the title's weight, where a word the index does
 *   not know at all weighs as much as the rarest word (a title about payroll that shares only
 *   "funcionário" with an article stays silent), a little less when it reads as a verb form
 *   ("sumiram"); a long title, a story, needs a little less;
 * - closeness: the pages after the first must score near it, so the list never trails off into
 *   articles that merely share a common word.
 * Pure functions: tested without a browser.
 */
import type { PageHit } from './term-search';

/** What the ranking needs of one term's search (see TermMatch). */
export interface RankTerm {
	/** page id → hit; empty when the term was not found. */
	hits: ReadonlyMap<string, PageHit>;
	/** 0–1: how much a match of this term is worth (1 as typed, less when corrected). */
	closeness: number;
	/**
	 * A word the index does not know that reads as a verb form ("sumiram", "bipam", "travou"; see
	 * isVerbForm): it tells what happened, and the other words tell what it happened to. It weighs
	 * SYMPTOM_FACTOR of another unknown word, and a page need not match it to share two words with the title.
	 */
	symptom?: boolean;
}

export interface RankOptions {
	/** Number of pages that can be suggested (the FAQ articles in the index). */
	total: number;
	/** How many suggestions at most. */
	limit?: number;
	/** Minimum share of the title's weight the best page must carry (silence floor), lower for a story title (coverageFloor). */
	minCoverage?: number;
	/** Pages after the first must score at least this share of the first one's score. */
	relativeFloor?: number;
	/** How much a match found only in the body counts, against one in the summary fields. */
	bodyOnlyFactor?: number;
	/** How much a word the index does not know weighs, against the rarest known word. */
	unknownFactor?: number;
}

export interface RankedPage {
	id: string;
	score: number;
	/** Share (0–1) of the title's weight this page carries. */
	coverage: number;
	/** How many terms it matches. */
	matched: number;
}

/** A body-only match's share in the silence floor: the article merely mentions the word. */
export const BODY_ONLY_FACTOR = 0.6;
/** …and in the order: a rare word in the body still says more than a common one in the title. */
export const BODY_ONLY_SCORE = 0.8;
export const MIN_COVERAGE = 0.4;
export const RELATIVE_FLOOR = 0.5;
export const UNKNOWN_FACTOR = 1;
/** An unknown verb form's weight, against an unknown word of another kind (see RankTerm.symptom). */
export const SYMPTOM_FACTOR = 0.75;

/** Rarity of a term: words found on few pages say more about the topic than common ones. */
export function idf(documentFrequency: number, total: number): number {
	if (documentFrequency <= 0) return 0;
	return Math.log(1 + total / Math.max(documentFrequency, 1));
}

/**
 * Up to this many terms every word of a title is about its topic; beyond, the customer is telling
 * a story ("mudei o preço do arroz ontem e o caixa continua cobrando o valor antigo") and a word
 * the index does not know is more likely a detail of it: unknown words then weigh
 * STORY_TERMS / (number of terms) each.
 */
export const STORY_TERMS = 4;

/**
 * The silence floor of a story title falls with its length, as an unknown word's weight does,
 * but never below this share of MIN_COVERAGE. A story's details ("salada", "iogurte", "pronta")
 * are often words some other article happens to use: each then weighs as a rare word and leaves
 * the article that answers the rest of the story under the full floor. The bound keeps a long
 * title that only shares common words with the articles silent.
 */
export const STORY_FLOOR_SHARE = 0.7;

/** The silence floor for a title of this many terms (see STORY_TERMS and STORY_FLOOR_SHARE). */
export function coverageFloor(termCount: number, minCoverage = MIN_COVERAGE): number {
	const story = Math.min(1, STORY_TERMS / Math.max(termCount, 1));
	return minCoverage * Math.max(STORY_FLOOR_SHARE, story);
}

/**
 * The weight of each term in the title: its IDF when found; the IDF of a word on a single page
 * when the index does not know it (an unknown word is the most telling kind: nothing answers it),
 * less in a long sentence (see STORY_TERMS). A term found on every page says nothing and weighs nothing.
 */
export function termWeights(terms: readonly RankTerm[], total: number, unknownFactor = UNKNOWN_FACTOR): number[] {
	const story = Math.min(1, STORY_TERMS / Math.max(terms.length, 1));
	return terms.map((term) => {
		if (term.hits.size === 0) return (term.symptom ? SYMPTOM_FACTOR : 1) * unknownFactor * story * idf(1, total);
		if (term.hits.size >= total && total > 1) return 0;
		return idf(term.hits.size, total);
	});
}

/** Scores and floors the pages matched by the terms of one title (see the top of this file). */
export function rankPages(
	terms: readonly RankTerm[],
	{ total, limit = 5, minCoverage = MIN_COVERAGE, relativeFloor = RELATIVE_FLOOR, bodyOnlyFactor = BODY_ONLY_FACTOR, unknownFactor = UNKNOWN_FACTOR }: RankOptions,
): RankedPage[] {
	const weights = termWeights(terms, total, unknownFactor);
	// A title of several words must share two of them with a page: one common word ("folha",
	// "integração") is how unrelated articles creep in, and a two-word title whose other word the
	// index does not know is about something else ("férias do usuário"), unless that word only says
	// what happened ("horários de entrega sumiram").
	const minMatched = Math.min(2, weights.filter((weight, index) => weight > 0 && !terms[index]!.symptom).length);
	const titleWeight = weights.reduce((sum, weight) => sum + weight, 0);
	if (titleWeight === 0) return [];
	const pages = new Map<string, RankedPage>();
	terms.forEach((term, index) => {
		const best = Math.max(0, ...[...term.hits.values()].map((hit) => hit.score));
		if (best <= 0 || weights[index] === 0) return;
		for (const [id, hit] of term.hits) {
			const page = pages.get(id) ?? { id, score: 0, coverage: 0, matched: 0 };
			const worth = weights[index]! * term.closeness;
			page.score += worth * (hit.inSummary ? 1 : BODY_ONLY_SCORE) * (0.5 + 0.5 * (hit.score / best));
			page.coverage += (worth * (hit.inSummary ? 1 : bodyOnlyFactor)) / titleWeight;
			page.matched += 1;
			pages.set(id, page);
		}
	});
	const ranked = [...pages.values()].sort((a, b) => b.score - a.score || b.coverage - a.coverage || (a.id < b.id ? -1 : 1));
	const eligible = ranked.filter((page) => page.matched >= minMatched);
	const first = eligible[0];
	const floor = coverageFloor(terms.length, minCoverage);
	if (!first || first.coverage < floor) return [];
	return eligible.filter((page) => page.score >= first.score * relativeFloor && page.coverage >= floor).slice(0, limit);
}

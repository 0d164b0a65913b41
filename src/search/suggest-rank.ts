/**
 * How suggestions are ranked from per-term Pagefind searches. Pagefind joins the words of one
 * query with AND, so a long ticket title ("nao consigo emitir nota de devolucao rejeiçao 539
 * no pdv") often matches nothing as a whole. Each topic word is searched alone instead, and the
 * pages are scored by how many of the words they match, rare words counting more (IDF), the
 * way a search engine with OR semantics would. Pure functions: tested without a browser.
 */

/** One topic word of the title, or a group of alternatives (an abbreviation and its expansions). */
export interface QueryTerm {
	/** What the user typed, folded. */
	word: string;
	/** Strings sent to Pagefind; a page matching any of them matches the term. */
	alternatives: string[];
}

/** How one page matched one term. */
export interface TermHit {
	/** Pagefind's score for the page. */
	score: number;
	/** The term is in the page's title, description or id, not only somewhere in the body. */
	inSummary: boolean;
}

/** What Pagefind answered for one term: page id → hit. */
export type TermHits = Map<string, TermHit>;

export interface RankOptions {
	/** Number of pages that can be suggested (the FAQ articles in the index). */
	total: number;
	/** Minimum share of the title's weight a page must match to be suggested. */
	minCoverage?: number;
	/**
	 * The same for a sentence (SENTENCE_TERMS topic words or more): a customer telling what
	 * happened ("…voltou com rejeição 204 depois que caiu a internet") adds words no article has.
	 */
	minSentenceCoverage?: number;
	/** How many suggestions at most. */
	limit?: number;
	/**
	 * Below this best score a term's hits are Pagefind's fallback to a short prefix of an unknown
	 * word ("e-commerce" → "e…", "escritorio" → "es…"): they are ignored, as if the word had no hits.
	 */
	minTermScore?: number;
	/**
	 * How much a match found only in the body counts, against one in the title, description or
	 * id: a word of the title that the article merely mentions says less about what it answers.
	 */
	bodyOnlyFactor?: number;
}

export interface RankedPage {
	id: string;
	score: number;
	/** Share (0–1) of the title's IDF weight this page matches. */
	coverage: number;
	/** How many terms it matches. */
	matched: number;
}

export const BODY_ONLY_FACTOR = 0.7;
/** From this many topic words a title is read as a sentence (see minSentenceCoverage). */
export const SENTENCE_TERMS = 5;

/** Rarity of a term: words found on few pages say more about the topic than common ones. */
export function idf(documentFrequency: number, total: number): number {
	if (documentFrequency <= 0) return 0;
	return Math.log(1 + total / documentFrequency);
}

/**
 * Scores pages from the hits of each term. A term's contribution to a page is its IDF times the
 * page's Pagefind score for it relative to the best page for that term (so one term never
 * outweighs the rest through Pagefind's raw score scale). Terms with no hits still count in the
 * title's weight, so a title that is mostly about something the index does not cover stays silent.
 */
export function rankPages(
	termHits: TermHits[],
	{ total, minCoverage = 0.5, minSentenceCoverage = 0.4, limit = 5, minTermScore = 1, bodyOnlyFactor = BODY_ONLY_FACTOR }: RankOptions,
): RankedPage[] {
	const bestOf = (hits: TermHits) => Math.max(0, ...[...hits.values()].map((hit) => hit.score));
	const hitsPerTerm = termHits.map((hits) => (bestOf(hits) >= minTermScore && hits.size < total ? hits : new Map<string, TermHit>()));
	// A title of several topic words must be matched on at least two of them: one shared word
	// ("folha", "integração") is how unrelated articles creep in.
	const minMatched = Math.min(2, hitsPerTerm.length);
	const weights = hitsPerTerm.map((hits) => (hits.size > 0 ? idf(hits.size, total) : idf(1, total)));
	const titleWeight = weights.reduce((sum, weight) => sum + weight, 0);
	if (titleWeight === 0) return [];
	const pages = new Map<string, RankedPage>();
	hitsPerTerm.forEach((hits, index) => {
		const best = bestOf(hits);
		if (best <= 0) return;
		for (const [id, hit] of hits) {
			const page = pages.get(id) ?? { id, score: 0, coverage: 0, matched: 0 };
			const where = hit.inSummary ? 1 : bodyOnlyFactor;
			page.score += weights[index]! * where * (0.5 + 0.5 * (hit.score / best));
			page.coverage += (weights[index]! * where) / titleWeight;
			page.matched += 1;
			pages.set(id, page);
		}
	});
	return [...pages.values()]
		.filter((page) => page.coverage >= (termHits.length >= SENTENCE_TERMS ? minSentenceCoverage : minCoverage) && page.matched >= minMatched)
		.sort((a, b) => b.score - a.score || b.coverage - a.coverage)
		.slice(0, limit);
}

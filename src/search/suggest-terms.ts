import type { QueryTerm } from './suggest-rank';
import { significantTokens } from './text';

/**
 * The topic words of a ticket title, each with what is sent to Pagefind for it. Abbreviations
 * and synonyms are left to the articles' `keywords` (indexed with the body): an expansion table
 * here was measured and did not improve the evaluation (see the issue's closing note).
 */
export function queryTerms(title: string): QueryTerm[] {
	const seen = new Set<string>();
	return significantTokens(title)
		.filter((word) => word.length >= 2 || /\d/.test(word))
		.filter((word) => (seen.has(word) ? false : (seen.add(word), true)))
		.map((word) => ({ word, alternatives: [word] }));
}

/**
 * Suggested FAQ articles for a ticket title, as the customer types it (ticket-intake page).
 * Query strategy in suggest-terms.ts, ranking in suggest-rank.ts; this file talks to Pagefind.
 */
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind-client';
import { rankPages, type RankedPage, type TermHits } from './suggest-rank';
import { queryTerms } from './suggest-terms';

export interface Suggestion {
	/** FAQ id (`fiscal/rejeicao-539`). */
	id: string;
	url: string;
	title: string;
	description: string;
	module: string;
}

const FAQ_ONLY = { filters: { tipo: 'faq' } };
/** Metadata fields that say what an article is about (Pagefind reports which ones a term matched). */
const SUMMARY_FIELDS = new Set(['title', 'description', 'id', 'keywords', 'rotina']);
const hitsCache = new Map<string, Promise<TermHits>>();
/** Every result seen, to load the data of the pages that win. */
const resultsById = new Map<string, PagefindResult>();

/** Pages matching one string, cached: typing a title repeats most of its words. */
function hitsFor(pagefind: PagefindApi, text: string): Promise<TermHits> {
	let hits = hitsCache.get(text);
	if (!hits) {
		hits = pagefind.search(text, FAQ_ONLY).then((search) => {
			const results = search?.results ?? [];
			for (const result of results) resultsById.set(result.id, result);
			return new Map(results.map((result) => [result.id, { score: result.score, inSummary: (result.matchedMetaFields ?? []).some((field) => SUMMARY_FIELDS.has(field)) }]));
		});
		hitsCache.set(text, hits);
	}
	return hits;
}

/** A term matches a page through any of its alternatives; the best score counts. */
async function termHits(pagefind: PagefindApi, alternatives: string[]): Promise<TermHits> {
	const merged: TermHits = new Map();
	for (const hits of await Promise.all(alternatives.map((text) => hitsFor(pagefind, text)))) {
		for (const [id, hit] of hits) {
			const seen = merged.get(id);
			merged.set(id, seen ? { score: Math.max(seen.score, hit.score), inSummary: seen.inSummary || hit.inSummary } : hit);
		}
	}
	return merged;
}

let faqCount: Promise<number> | undefined;

/** The ranked pages for a title, with their coverage (what the evaluation inspects). */
export async function rankTitle(title: string, { limit = 5 }: { limit?: number } = {}): Promise<RankedPage[]> {
	const terms = queryTerms(title);
	if (terms.length === 0) return [];
	const pagefind = await loadPagefind();
	faqCount ??= pagefind.filters().then((filters) => filters.tipo?.faq ?? 0);
	const total = await faqCount;
	const hits = await Promise.all(terms.map((term) => termHits(pagefind, term.alternatives)));
	return rankPages(hits, { total, limit });
}

/** Up to `limit` articles that answer the title, best first; none when nothing relevant matches. */
export async function suggestArticles(title: string, { limit = 5 }: { limit?: number } = {}): Promise<Suggestion[]> {
	const ranked = await rankTitle(title, { limit });
	const pages = await Promise.all(ranked.map((page) => resultsById.get(page.id)?.data()));
	return pages.flatMap((data) =>
		data
			? [{ id: data.meta.id ?? '', url: data.url, title: data.meta.title ?? '', description: data.meta.description ?? '', module: data.meta.modulo ?? '' }]
			: [],
	);
}

/**
 * Suggested FAQ articles for a ticket title, as the customer types it (ticket-intake page).
 * Query understanding in understand.ts, term searches in term-search.ts, ranking in
 * suggest-rank.ts; this file ties them to one Pagefind instance.
 */
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind-client';
import { loadQueryAids } from './query-aids';
import { rankPages, type RankedPage } from './suggest-rank';
import { matchTerm, warmTerms, type TermMatch } from './term-search';
import { isVerbForm, understandQuery, type QueryAids } from './understand';
import type { Vocabulary } from './vocabulary';

export interface Suggestion {
	/** FAQ id (`fiscal/rejeicao-539`). */
	id: string;
	url: string;
	title: string;
	description: string;
	module: string;
}

/** The suggestions only ever show FAQ articles. */
export const FAQ_ONLY = { filters: { tipo: 'faq' } };

export interface SuggestContext {
	pagefind: PagefindApi;
	/** The query aids; `articles` is the number of FAQ articles the build counted (see faqCount). */
	aids?: QueryAids & { vocabulary?: Vocabulary; articles?: number };
}

/** What rankTitle found: the ranked pages, and how each term was matched (the evaluation prints it). */
export interface TitleRanking {
	pages: RankedPage[];
	terms: TermMatch[];
	results: Map<string, PagefindResult>;
}

const faqCounts = new WeakMap<PagefindApi, Promise<number>>();

/**
 * How many articles can be suggested (the ranking's rarity needs it): the build's count in the
 * query aids when they have it, else Pagefind's count of the FAQ filter. Pagefind's count loads
 * the chunks of every filter (product, module, version, all listing every page), work that grows
 * with the corpus and that the suggestions, which filter on the type alone, otherwise never need.
 */
function faqCount({ pagefind, aids }: SuggestContext): Promise<number> {
	if (aids?.articles) return Promise.resolve(aids.articles);
	let count = faqCounts.get(pagefind);
	if (!count) faqCounts.set(pagefind, (count = pagefind.filters().then((filters) => filters.tipo?.faq ?? 0)));
	return count;
}

export interface SuggestOptions {
	limit?: number;
	/**
	 * Aborted when the title is stale (the customer typed on): the search stops at its next step
	 * and rejects with the signal's reason, leaving the index to the newer title.
	 */
	signal?: AbortSignal;
}

/** The ranked pages for a title with the match of each of its terms. */
export async function rankTitle(context: SuggestContext, title: string, { limit = 5, signal }: SuggestOptions = {}): Promise<TitleRanking> {
	const { pagefind, aids = {} } = context;
	const terms = understandQuery(title, aids);
	if (terms.length === 0) return { pages: [], terms: [], results: new Map() };
	const [total, matches] = await Promise.all([
		faqCount(context),
		Promise.all(terms.map((term) => matchTerm(pagefind, term, { pagefind: FAQ_ONLY, vocabulary: aids.vocabulary, signal }))),
	]);
	const results = new Map<string, PagefindResult>();
	for (const match of matches) for (const result of match.results) if (!results.has(result.id)) results.set(result.id, result);
	// A word the index lacks that reads as a verb form only says what happened (RankTerm.symptom).
	const ranked = matches.map((match) => (match.kind === 'missing' && match.term.kind === 'word' && isVerbForm(match.term.word) ? { ...match, symptom: true } : match));
	return { pages: rankPages(ranked, { total, limit }), terms: matches, results };
}

/** Up to `limit` articles that answer the title, best first; none when nothing relevant matches. */
export async function suggestWith(context: SuggestContext, title: string, { limit = 5, signal }: SuggestOptions = {}): Promise<Suggestion[]> {
	const ranking = await rankTitle(context, title, { limit, signal });
	// The pages' fragments are fetched for the newest title only.
	signal?.throwIfAborted();
	const pages = await Promise.all(ranking.pages.map((page) => ranking.results.get(page.id)?.data()));
	return pages.flatMap((data) =>
		data
			? [{ id: data.meta.id ?? '', url: data.url, title: data.meta.title ?? '', description: data.meta.description ?? '', module: data.meta.modulo ?? '' }]
			: [],
	);
}

let contextLoading: Promise<SuggestContext> | undefined;

/**
 * The site's Pagefind and query aids, loaded once (call early to warm them), with the filter
 * chunk every suggestion search needs (FAQ_ONLY) already loaded, so that the first title does not
 * wait for it: only that chunk when the aids carry the count of FAQ articles, every filter chunk
 * when Pagefind has to count them (faqCount). Every key and every search asks for the context:
 * once loaded it is shared, so none of them sends the warm-up to Pagefind again. A failed load
 * (no index yet) is tried anew on the next call.
 */
export function loadSuggestContext(): Promise<SuggestContext> {
	contextLoading ??= (async () => {
		const [pagefind, aids] = await Promise.all([loadPagefind(), loadQueryAids()]);
		const context = { pagefind, aids };
		await (aids.articles ? pagefind.preload(null, FAQ_ONLY) : faqCount(context));
		return context;
	})().catch((error: unknown) => {
		contextLoading = undefined;
		throw error;
	});
	return contextLoading;
}

/** Suggestions on this site (the ticket-intake page). */
export async function suggestArticles(title: string, options: SuggestOptions = {}): Promise<Suggestion[]> {
	return suggestWith(await loadSuggestContext(), title, options);
}

/** Warms the suggestions while the customer types (see warmTerms). */
export async function warmCompletedWords(text: string): Promise<void> {
	await warmWith(await loadSuggestContext(), text);
}

/** warmCompletedWords on a given Pagefind and query aids. */
export function warmWith({ pagefind, aids = {} }: SuggestContext, text: string): Promise<void> {
	return warmTerms(pagefind, text, aids, { pagefind: FAQ_ONLY, vocabulary: aids.vocabulary });
}

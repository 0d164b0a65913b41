/**
 * One understood term against Pagefind: each alternative searched alone (cached per Pagefind
 * instance), Pagefind's fallback to a short prefix of an unknown word recognised and dropped,
 * and an unknown word corrected to the nearest vocabulary word. Shared by the suggestions
 * (suggest.ts) and the site search (query.ts).
 */
import type { PagefindApi, PagefindResult, PagefindSearchOptions } from './pagefind-client';
import { classifyTerm, cutPrefix, matchedWordsOf, typoPrefix } from './term-match';
import { searchForm } from './text';
import { understandQuery, type QueryAids, type QueryTerm } from './understand';
import { correctWord, type Vocabulary } from './vocabulary';

/** Metadata fields that say what an article is about (Pagefind reports which ones a term matched). */
const SUMMARY_FIELDS = new Set(['title', 'description', 'id', 'keywords', 'rotina']);

/** How one page matched one term. */
export interface PageHit {
	/** Pagefind's score for the page. */
	score: number;
	/** The term is in the page's title, description, keywords, routine or id, not only in the body. */
	inSummary: boolean;
}

/** How a term was found. */
export type MatchKind =
	/** As typed, or through a synonym or expansion. */
	| 'exact'
	/** Corrected to a vocabulary word ("cancelamneto" → "cancelamento"). */
	| 'corrected'
	/** A thing the FAQ never names, found as what articles call it ("azeite" → "produto"). */
	| 'broader'
	/** Only its first letters are in the index ("descotno" → "desco…"). */
	| 'prefix'
	/** Nothing in the index: the term is unknown. */
	| 'missing';

export interface TermMatch {
	term: QueryTerm;
	kind: MatchKind;
	/** What was searched in the end (the correction or prefix when there was one). */
	searched: string[];
	/** 0–1: how much a match of this term is worth (1 as typed; less when corrected). */
	closeness: number;
	/** page id → hit. */
	hits: Map<string, PageHit>;
	/** Pagefind's results, to load the data of the pages that win. */
	results: PagefindResult[];
}

interface AlternativeSearch {
	genuine: boolean;
	results: PagefindResult[];
}

/** Pagefind's score of a page found only through a synonym or expansion, against the word as typed. */
export const SYNONYM_FACTOR = 0.7;
/** How much a typo-prefix match counts: the word was not understood, only its start. */
const PREFIX_CLOSENESS = 0.5;
/**
 * How much a match of the general word counts for a thing the customer named ("azeite" →
 * "produto"): the named thing is a detail of the story, the general word is on many pages.
 */
export const BROADER_CLOSENESS = 0.5;

type Cache = Map<string, Promise<AlternativeSearch>>;
const caches = new WeakMap<PagefindApi, Map<string, Cache>>();
const CACHE_SIZE = 400;

function cacheFor(pagefind: PagefindApi, scope: string): Cache {
	let byScope = caches.get(pagefind);
	if (!byScope) caches.set(pagefind, (byScope = new Map()));
	let cache = byScope.get(scope);
	if (!cache) byScope.set(scope, (cache = new Map()));
	return cache;
}

/**
 * Whether the vocabulary vouches for a search string: a vocabulary word starts with its first
 * word, so Pagefind's prefix match is a real one and no page needs to be fetched to check it.
 */
function vouchedFor(text: string, vocabulary: Vocabulary | undefined): boolean {
	if (!vocabulary) return false;
	const first = searchForm(text.split(' ')[0] ?? '');
	if (first.length < 3) return false;
	if (vocabulary.has(first)) return true;
	for (const word of vocabulary.keys()) if (word.startsWith(first)) return true;
	return false;
}

/**
 * Whether the index has a word at all, without Pagefind's fallback: a quoted search matches the
 * word's stem exactly and finds nothing for a word the index lacks, in about a millisecond, where
 * the plain search of that word would score every page of its short fallback prefix ("encargos"
 * → every "e…": all 5,000 pages of a large site, a few hundred milliseconds).
 */
async function isIndexed(pagefind: PagefindApi, word: string, options: PagefindSearchOptions): Promise<boolean> {
	return ((await pagefind.search(`"${word}"`, options))?.results.length ?? 0) > 0;
}

/**
 * Whether the index has every word of an expression. Pagefind joins the words with AND, but a
 * word it lacks falls back to a short prefix ("folha salarial" → "folha" and every "sal…"), so
 * the expression would match pages that have neither it nor its meaning.
 */
async function everyWordIndexed(pagefind: PagefindApi, text: string, options: PagefindSearchOptions, vocabulary: Vocabulary | undefined): Promise<boolean> {
	const words = text.split(' ').filter(Boolean);
	const known = await Promise.all(words.map((word) => /\d/.test(word) || vocabulary?.has(searchForm(word)) || isIndexed(pagefind, word, options)));
	return known.every(Boolean);
}

/**
 * One string searched alone, with whether its matches are genuine (see classifyTerm). A `prefix`
 * (a word cut with a period, the start of a misspelt word) stands for the words it starts, so it
 * skips the probe for a whole word.
 */
function searchAlternative(pagefind: PagefindApi, text: string, options: PagefindSearchOptions, scope: string, vocabulary: Vocabulary | undefined, prefix: boolean): Promise<AlternativeSearch> {
	const cache = cacheFor(pagefind, scope);
	const key = prefix ? `${text}…` : text;
	let pending = cache.get(key);
	if (!pending) {
		pending = (async () => {
			const single = !text.includes(' ');
			const vouched = /\d/.test(text) || vouchedFor(text, vocabulary);
			// A single word the vocabulary does not know is searched only once the index is known to
			// have it: then every match is genuine (its stem, or words that start with it).
			if (!vouched && single && !prefix) {
				if (!(await isIndexed(pagefind, text, options))) return { genuine: false, results: [] };
				return { genuine: true, results: (await pagefind.search(text, options))?.results ?? [] };
			}
			// An expression is an AND of genuine words only when the index has each of them.
			if (!single && !prefix && !(await everyWordIndexed(pagefind, text, options, vocabulary))) return { genuine: false, results: [] };
			const results = (await pagefind.search(text, options))?.results ?? [];
			if (results.length === 0) return { genuine: false, results };
			if (vouched || !single) return { genuine: true, results };
			const best = results[0]!;
			const words = matchedWordsOf(best, await best.data());
			return { genuine: classifyTerm(text, results.length, words, { prefix }) === 'ok', results };
		})();
		pending.catch(() => cache.delete(key));
		if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
		cache.set(key, pending);
	}
	return pending;
}

function toHits(results: readonly PagefindResult[], into: Map<string, PageHit>): void {
	for (const result of results) {
		const hit = { score: result.score, inSummary: (result.matchedMetaFields ?? []).some((field) => SUMMARY_FIELDS.has(field)) };
		const seen = into.get(result.id);
		into.set(result.id, seen ? { score: Math.max(seen.score, hit.score), inSummary: seen.inSummary || hit.inSummary } : hit);
	}
}

export interface TermSearchOptions {
	/** Pagefind options of every search (the suggestions search FAQ articles only). */
	pagefind?: PagefindSearchOptions;
	/** The vocabulary, for corrections; without it unknown words are only tried by their start. */
	vocabulary?: Vocabulary;
	/** Search a term's synonyms only when the word as typed finds nothing (faster, less recall). */
	synonymsWhenMissing?: boolean;
	/**
	 * Aborted when the query is stale: the next step (synonyms, correction, first letters) is not
	 * searched and the match rejects with the signal's reason. Searches already asked finish and
	 * stay cached for the next query.
	 */
	signal?: AbortSignal;
}

/** The alternatives matchTerm searches before knowing whether the word as typed is found. */
function firstAlternatives(term: QueryTerm, options: TermSearchOptions): string[] {
	return options.synonymsWhenMissing && term.kind !== 'abbreviation' ? term.alternatives.slice(0, 1 + (term.forms ?? 0)) : term.alternatives;
}

/** Finds one term: its alternatives, else its correction, else its first letters. */
export async function matchTerm(pagefind: PagefindApi, term: QueryTerm, options: TermSearchOptions = {}): Promise<TermMatch> {
	const searchOptions = options.pagefind ?? {};
	const scope = JSON.stringify(searchOptions);
	const find = (text: string, prefix = false) => searchAlternative(pagefind, text, searchOptions, scope, options.vocabulary, prefix);
	// An abbreviation's alternatives start with the word as cut ("transf"), which stands for the words it starts.
	const findAlternative = (text: string) => find(text, term.kind === 'abbreviation');
	const signal = options.signal;
	signal?.throwIfAborted();
	// The word as typed first; its synonyms and expansions only when it finds nothing genuine
	// (options.synonymsWhenMissing), which saves index chunks on the common case.
	let found: AlternativeSearch[];
	const first = firstAlternatives(term, options);
	if (first.length < term.alternatives.length) {
		const typed = await Promise.all(first.map(findAlternative));
		signal?.throwIfAborted();
		found = typed.some((search) => search.genuine) ? typed : [...typed, ...(await Promise.all(term.alternatives.slice(first.length).map(findAlternative)))];
	} else found = await Promise.all(term.alternatives.map(findAlternative));
	// The word as typed, and in its other number, count in full.
	const sameWord = 1 + (term.forms ?? 0);
	const hits = new Map<string, PageHit>();
	const byId = new Map<string, PagefindResult>();
	found.forEach((search, index) => {
		if (!search.genuine) return;
		// A page with the customer's own word comes before one that only has a synonym of it.
		const scaled = index < sameWord ? search.results : search.results.map((result) => ({ ...result, score: result.score * SYNONYM_FACTOR }));
		toHits(scaled, hits);
		for (const result of scaled) if ((byId.get(result.id)?.score ?? -1) < result.score) byId.set(result.id, result);
	});
	const results = [...byId.values()].sort((a, b) => b.score - a.score);
	if (hits.size > 0) return { term, kind: 'exact', searched: term.alternatives, closeness: 1, hits, results };

	signal?.throwIfAborted();
	if (term.broader?.length) {
		const general = await Promise.all(term.broader.map((word) => find(word)));
		for (const search of general) if (search.genuine) toHits(search.results, hits);
		if (hits.size > 0) {
			const found = general.flatMap((search) => (search.genuine ? search.results : []));
			return { term, kind: 'broader', searched: term.broader, closeness: BROADER_CLOSENESS, hits, results: found };
		}
		signal?.throwIfAborted();
	}

	const byPrefix = async (prefix: string | undefined): Promise<TermMatch | undefined> => {
		if (!prefix) return undefined;
		const start = await find(prefix, true);
		if (!start.genuine) return undefined;
		toHits(start.results, hits);
		return { term, kind: 'prefix', searched: [prefix], closeness: PREFIX_CLOSENESS, hits, results: start.results };
	};
	// A word cut with a period stands for the words it starts ("corresp." → correspondente), even ones
	// only an article's body has; it may also be a misspelt word that ends a sentence ("no pinpd.").
	if (term.kind === 'word' && term.cut) {
		const started = await byPrefix(cutPrefix(term.word));
		if (started) return started;
		signal?.throwIfAborted();
	}
	if (term.kind === 'word' && options.vocabulary) {
		const correction = correctWord(term.word, options.vocabulary);
		if (correction) {
			const corrected = await find(correction.word);
			if (corrected.results.length > 0) {
				toHits(corrected.results, hits);
				return { term, kind: 'corrected', searched: [correction.word], closeness: correction.closeness, hits, results: corrected.results };
			}
			signal?.throwIfAborted();
		}
	}
	// A misspelt word is tried by most of its start.
	const started = term.kind === 'word' ? await byPrefix(typoPrefix(term.word)) : undefined;
	if (started) return started;
	return { term, kind: 'missing', searched: term.alternatives, closeness: 0, hits, results };
}

/** Letters of the word being typed from which its index chunk is worth loading ahead. */
const WARM_WORD_START = 3;

/**
 * Warms the search while the customer types: Pagefind preloads the index chunks of every word
 * already completed (followed by a space) and of the word being typed once it has a few letters
 * (the chunk of its start is the chunk of the whole word), and the completed words are matched
 * ahead with the options the search will use (cached), so that when the customer pauses only the
 * last word is left to search, in a chunk already loaded.
 */
export async function warmTerms(pagefind: PagefindApi, text: string, aids: QueryAids, options: TermSearchOptions = {}): Promise<void> {
	const searchOptions = options.pagefind ?? {};
	const cut = text.search(/\s+\S*$/);
	const completed = text.slice(0, Math.max(0, cut));
	const typing = (cut < 0 ? text : text.slice(cut)).trim();
	if (typing.length >= WARM_WORD_START) preloadWord(pagefind, typing, searchOptions);
	if (!completed.trim()) return;
	const terms = understandQuery(completed, aids);
	for (const term of terms) for (const alternative of firstAlternatives(term, options)) preloadWord(pagefind, alternative, searchOptions);
	await Promise.all(terms.map((term) => matchTerm(pagefind, term, options)));
}

/** Warms Pagefind for a word the customer finished typing (loads its index chunk ahead). */
function preloadWord(pagefind: PagefindApi, word: string, options: PagefindSearchOptions = {}): void {
	const form = searchForm(word);
	if (form.length >= 2) void pagefind.preload(form, options).catch(() => undefined);
}

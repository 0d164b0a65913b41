/**
 * How the site search (header and /busca/) turns what a customer typed into Pagefind searches,
 * and the results back into one ranked list. The suggestions share the first two steps and rank
 * with their own, stricter floors (suggest-rank.ts).
 *
 * What Pagefind 1.6 does on its own: it joins terms with AND, so a sentence rarely finds
 * anything; and it matches every term as a prefix of the (stemmed) indexed words, falling back,
 * for a term that matches nothing, to its longest prefix that is an indexed word, however short
 * ("descotno" finds every "de", "usario" finds "usar"). That is noise, and in an AND it silently
 * stops narrowing.
 *
 * The strategy:
 * 1. understand (understand.ts): fold case and accents, drop stopwords, keep codes and versions
 *    whole, read abbreviations, add lexicon synonyms;
 * 2. match each term alone (term-search.ts): Pagefind's fallback dropped, an unknown word
 *    corrected from the vocabulary or tried by its first letters, or left out and reported as
 *    ignored; the result counts give each term its weight (IDF);
 * 3. when the terms that were found carry under 30 % of the query's weight, answer nothing;
 * 4. up to 3 terms: search them together (AND); when that finds pages they are the answer (`all`);
 * 5. otherwise, and always for a sentence (4+ terms), merge the one-term searches: each page is
 *    scored by the sum of its term scores times the share of the query's weight it covers, and
 *    pages covering less than half of the best coverage are dropped (`ranked` when some page has
 *    every term, `partial` when none has).
 * Filters, facet counts, the date order and the release notes of a typed version are applied
 * here, from a catalogue of the filter values read once from Pagefind.
 */
import { buildExcerpt, sanitizeExcerpt } from './excerpt';
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-client';
import { isUsed, type TermStatus } from './term-match';
import { matchTerm, warmTerms, type TermMatch, type TermSearchOptions } from './term-search';
import { significantTokens, VERSION } from './text';
import { MAX_TERMS, understandQuery, type QueryAids, type QueryTerm } from './understand';

export { MAX_TERMS } from './understand';
import type { Vocabulary } from './vocabulary';

export { classifyTerm, commonPrefixLength, isGenuineMatch, isGenuinePrefixMatch, isUsed, cutPrefix, matchedWordsOf, requiredPrefix, typoPrefix, type TermStatus } from './term-match';


/**
 * From this many kept terms a query is read as a sentence: AND would demand every word of it, so
 * its pages are ranked by the relaxed merge straight away (pages with every word come first
 * when they also have the telling ones).
 */
export const SENTENCE_TERMS = 4;

/** Relaxed lists keep the pages that cover at least this share of the best coverage. */
export const MIN_COVERAGE_SHARE = 0.5;

/**
 * Below this share of the query's weight found (see SearchOutcome.matchedShare) the query is
 * answered with nothing rather than with pages that only have its weakest words
 * ("ORA-01653 unable to extend" would otherwise list every page with "to…").
 */
export const MIN_MATCHED_SHARE = 0.3;

/** The filters the pages carry (`data-pagefind-filter`), in the order the search page shows them. */
export const FILTER_KEYS = ['tipo', 'produto', 'modulo', 'versao'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
/** Selected values per filter: OR within a filter, AND across filters. */
export type FilterSelection = Partial<Record<FilterKey, string[]>>;
export type SortOrder = 'relevancia' | 'recentes';

export interface QueryPlan {
	/** The text as typed, trimmed. */
	text: string;
	/** Folded words that can narrow the search, in order, at most MAX_TERMS. */
	terms: string[];
}

/** The words of a query worth searching for. */
export function planQuery(text: string): QueryPlan {
	const trimmed = text.trim().replace(/\s+/g, ' ');
	return { text: trimmed, terms: trimmed ? significantTokens(trimmed).slice(0, MAX_TERMS) : [] };
}

/** Weight of a term found on `count` of `total` pages (BM25's IDF, never negative). */
export function inverseDocumentFrequency(count: number, total: number): number {
	return Math.log(1 + (Math.max(total, count) - count + 0.5) / (count + 0.5));
}

export interface TermHits {
	term: string;
	/** The term's weight (inverseDocumentFrequency). */
	idf: number;
	hits: readonly { id: string; score: number; words: readonly number[] }[];
}

export interface MergedHit {
	id: string;
	/** Sum of the term scores times `coverage`. */
	score: number;
	/** Share (0–1) of the query's term weight found on the page. */
	coverage: number;
	/** The terms found on the page. */
	terms: string[];
	/** Matched word locations over all the terms. */
	words: number[];
}

/**
 * The relaxed query: one list per term merged into one, OR-like, each page scored by the sum of
 * its term scores times the share of the total term weight it covers.
 */
export function mergeTermHits(lists: readonly TermHits[]): MergedHit[] {
	const totalWeight = lists.reduce((sum, list) => sum + list.idf, 0);
	const pages = new Map<string, { score: number; weight: number; terms: string[]; words: Set<number> }>();
	for (const list of lists) {
		for (const hit of list.hits) {
			let page = pages.get(hit.id);
			if (!page) pages.set(hit.id, (page = { score: 0, weight: 0, terms: [], words: new Set() }));
			page.score += hit.score;
			page.weight += list.idf;
			page.terms.push(list.term);
			for (const word of hit.words) page.words.add(word);
		}
	}
	return [...pages.entries()]
		.map(([id, page]) => {
			const coverage = totalWeight > 0 ? page.weight / totalWeight : page.terms.length / lists.length;
			return { id, score: page.score * coverage, coverage, terms: page.terms, words: [...page.words].sort((a, b) => a - b) };
		})
		.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Drops the tail of a relaxed list: pages covering less than half of what the best page covers. */
export function relaxedHits(merged: readonly MergedHit[], share = MIN_COVERAGE_SHARE): MergedHit[] {
	const best = merged.reduce((max, hit) => Math.max(max, hit.coverage), 0);
	return merged.filter((hit) => hit.coverage >= best * share);
}

/** What the filters of the whole site are: which pages carry each value, and the date order. */
export interface SiteCatalog {
	/** Number of indexed pages. */
	total: number;
	/** filter → value → page ids. */
	values: Record<string, Record<string, ReadonlySet<string>>>;
	/** page id → position in the newest-first order (pages without a date are absent). */
	dateRank: ReadonlyMap<string, number>;
}

/** Pages that pass the selection: any selected value of a filter, every filter with a selection. */
export function passesFilters(id: string, selection: FilterSelection, catalog: SiteCatalog, skip?: string): boolean {
	for (const [key, wanted] of Object.entries(selection)) {
		if (key === skip || !wanted?.length) continue;
		const byValue = catalog.values[key] ?? {};
		if (!wanted.some((value) => byValue[value]?.has(id))) return false;
	}
	return true;
}

/**
 * Facet counts for a result list: for each filter, how many of the results have each value once
 * the other filters are applied (so choosing a second value of the same filter shows how many
 * more results it brings). Values absent from the results are kept, with 0, when selected.
 */
export function facetCounts(ids: readonly string[], selection: FilterSelection, catalog: SiteCatalog): Record<string, Record<string, number>> {
	const facets: Record<string, Record<string, number>> = {};
	for (const [key, byValue] of Object.entries(catalog.values)) {
		const pool = ids.filter((id) => passesFilters(id, selection, catalog, key));
		const counts: Record<string, number> = {};
		for (const [value, pages] of Object.entries(byValue)) {
			const count = pool.reduce((sum, id) => sum + (pages.has(id) ? 1 : 0), 0);
			if (count > 0 || selection[key as FilterKey]?.includes(value)) counts[value] = count;
		}
		facets[key] = counts;
	}
	return facets;
}

/** Newest first by the `data` sort key; pages without a date keep their order, after the dated ones. */
export function sortByDate<T extends { id: string }>(hits: readonly T[], dateRank: ReadonlyMap<string, number>): T[] {
	return hits
		.map((hit, index) => ({ hit, index, rank: dateRank.get(hit.id) ?? Number.POSITIVE_INFINITY }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ hit }) => hit);
}

export interface SearchRequest {
	text: string;
	filters?: FilterSelection;
	sort?: SortOrder;
}

export interface SearchOptions {
	/** Compute facet counts (needs the catalogue; the search page wants them, suggestions do not). */
	facets?: boolean;
	/** Excerpt length in words for merged results (Pagefind's own excerpts follow its option). */
	excerptLength?: number;
	/** The lexicon and vocabulary (query-aids.ts): synonyms, abbreviations and corrections. */
	aids?: QueryAids & { vocabulary?: Vocabulary };
	/**
	 * Aborted when the query is stale (the customer typed on): the search stops at its next step
	 * and rejects with the signal's reason; the term searches already done stay cached.
	 */
	signal?: AbortSignal;
}

export interface HitData {
	url: string;
	title: string;
	/** Safe HTML: escaped text, matches in `<mark>`. */
	excerptHtml: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export interface SearchHit {
	id: string;
	score: number;
	/** Share (0–1) of the query's term weight found on the page (1 for every page of an AND search). */
	coverage: number;
	/** The query terms found on the page. */
	terms: string[];
	/** Loads the page's title, URL, metadata and excerpt (one small fetch per page, cached by Pagefind). */
	data(): Promise<HitData>;
}

export type SearchMode =
	/** No words and no filter: nothing to search. */
	| 'empty'
	/** No words, only filters: every page that passes them, newest first. */
	| 'browse'
	/** Pages with every kept term (a query of fewer than SENTENCE_TERMS terms). */
	| 'all'
	/** A sentence: pages with the most of its (weighted) terms first, some of them with all. */
	| 'ranked'
	/** No page has every term: pages with some of them, best first. */
	| 'partial'
	/** Nothing matched. */
	| 'none';

export interface TermReport {
	term: string;
	/** What was sent to Pagefind: the term, or its prefix (status `prefix`). */
	search: string;
	status: TermStatus;
	/** Pages the term alone finds on the whole site. */
	count: number;
	idf: number;
}

export interface SearchOutcome {
	plan: QueryPlan;
	mode: SearchMode;
	/** Every planned term with its status. */
	terms: TermReport[];
	/** Terms searched for (status `ok` or `prefix`). */
	used: string[];
	/** Terms left out: not in the index, or only found through Pagefind's short-prefix fallback. */
	ignored: string[];
	/**
	 * Share (0–1) of the query's weight carried by the used terms, an ignored term weighing as a
	 * word found nowhere. Low when the words that would tell the topic were not found.
	 */
	matchedShare: number;
	/** Results after filters, in order. */
	hits: SearchHit[];
	/** Facet counts (with `facets: true`), see facetCounts. */
	facets?: Record<string, Record<string, number>>;
}

interface TermSearch extends TermReport {
	results: PagefindResult[];
	/** What an AND search of the query sends for this term. */
	searchText: string;
}

interface InstanceCache {
	total?: Promise<number>;
	catalog?: Promise<SiteCatalog>;
}

const caches = new WeakMap<PagefindApi, InstanceCache>();

function cacheOf(pagefind: PagefindApi): InstanceCache {
	let cache = caches.get(pagefind);
	if (!cache) caches.set(pagefind, (cache = {}));
	return cache;
}

/** Number of indexed pages (one filter-less search, once). */
function totalPages(pagefind: PagefindApi): Promise<number> {
	const cache = cacheOf(pagefind);
	cache.total ??= pagefind.search(null).then((search) => search?.results.length ?? 0);
	return cache.total;
}

/** Reads the catalogue once: every filter value's pages, and the newest-first order. */
export function loadCatalog(pagefind: PagefindApi): Promise<SiteCatalog> {
	const cache = cacheOf(pagefind);
	cache.catalog ??= (async () => {
		const [all, byDate, filters] = await Promise.all([pagefind.search(null), pagefind.search(null, { sort: { data: 'desc' } }), pagefind.filters()]);
		const values: Record<string, Record<string, Set<string>>> = {};
		await Promise.all(
			Object.entries(filters).flatMap(([key, counts]) =>
				Object.keys(counts).map(async (value) => {
					const search = await pagefind.search(null, { filters: { [key]: value } });
					(values[key] ??= {})[value] = new Set(search?.results.map((result) => result.id) ?? []);
				}),
			),
		);
		const dateRank = new Map<string, number>();
		for (const result of byDate?.results ?? []) dateRank.set(result.id, dateRank.size);
		return { total: all?.results.length ?? 0, values, dateRank };
	})();
	cache.catalog.catch(() => (cache.catalog = undefined));
	return cache.catalog;
}

/**
 * How the site search matches a term. It answers at every pause and lists broadly: a word found
 * as typed is enough, its synonyms are searched only when it finds nothing.
 */
function siteTermOptions(vocabulary: Vocabulary | undefined, signal?: AbortSignal): TermSearchOptions {
	return { vocabulary, synonymsWhenMissing: true, signal };
}

/**
 * Warms the site search while the customer types (see warmTerms): the next search of the same
 * words finds them matched and their index chunks loaded.
 */
export function warmSiteSearch(pagefind: PagefindApi, text: string, aids: SearchOptions['aids'] = {}): Promise<void> {
	return warmTerms(pagefind, text, aids, siteTermOptions(aids.vocabulary));
}

/** How a matched term reads in the search outcome. */
function statusOf(match: TermMatch): TermStatus {
	if (match.kind === 'exact') return 'ok';
	if (match.kind === 'missing') return 'missing';
	return 'prefix';
}

/**
 * One understood term over the whole site (term-search.ts: alternatives, Pagefind's fallback
 * dropped, corrections from the vocabulary), with its weight; cached per term by term-search.
 */
async function searchTerm(pagefind: PagefindApi, term: QueryTerm, vocabulary: Vocabulary | undefined, signal?: AbortSignal): Promise<TermSearch> {
	const [match, total] = await Promise.all([matchTerm(pagefind, term, siteTermOptions(vocabulary, signal)), totalPages(pagefind)]);
	const results = match.results;
	return {
		term: term.word,
		search: match.searched.join(' | '),
		status: statusOf(match),
		count: results.length,
		idf: inverseDocumentFrequency(results.length, total),
		results,
		searchText: match.searched[0] ?? term.word,
	};
}

/** Share of the query's weight carried by the used terms (pure part of usedShare). */
export function weightShare(reports: readonly Pick<TermReport, 'status' | 'idf'>[], unknownWeight: number): number {
	let used = 0;
	let all = 0;
	for (const report of reports) {
		const weight = isUsed(report.status) ? report.idf : unknownWeight;
		all += weight;
		if (isUsed(report.status)) used += weight;
	}
	return all > 0 ? used / all : 0;
}

async function usedShare(pagefind: PagefindApi, reports: readonly TermReport[]): Promise<number> {
	if (reports.length === 0) return 0;
	return weightShare(reports, inverseDocumentFrequency(0, await totalPages(pagefind)));
}

function titleOf(data: PagefindResultData): string {
	return data.meta.title?.trim() || data.url;
}

/** A hit whose excerpt is Pagefind's own (the search that found it had every term). */
function pagefindHit(result: PagefindResult, terms: string[]): SearchHit {
	return {
		id: result.id,
		score: result.score,
		coverage: 1,
		terms,
		data: async () => {
			const data = await result.data();
			return { url: data.url, title: titleOf(data), excerptHtml: sanitizeExcerpt(data.excerpt), meta: data.meta, filters: data.filters };
		},
	};
}

/** A merged hit: its excerpt marks the matches of all its terms. */
function mergedHit(hit: MergedHit, result: PagefindResult, excerptLength: number): SearchHit {
	return {
		id: hit.id,
		score: hit.score,
		coverage: hit.coverage,
		terms: hit.terms,
		data: async () => {
			const data = await result.data();
			const excerptHtml = data.content ? buildExcerpt(data.content, hit.words, excerptLength) : sanitizeExcerpt(data.excerpt);
			return { url: data.url, title: titleOf(data), excerptHtml, meta: data.meta, filters: data.filters };
		},
	};
}

/** The pages whose `versao` filter is one of the typed versions first, in their order; then the rest. */
export function releasesFirst<T extends { id: string }>(hits: readonly T[], versions: readonly string[], catalog: SiteCatalog): T[] {
	const releases = new Set(versions.flatMap((version) => [...(catalog.values.versao?.[version] ?? [])]));
	return [...hits.filter((hit) => releases.has(hit.id)), ...hits.filter((hit) => !releases.has(hit.id))];
}

function hasSelection(filters: FilterSelection | undefined): boolean {
	return Object.values(filters ?? {}).some((values) => values && values.length > 0);
}

/**
 * Runs a query the way the site searches (see the top of this file). Never throws for a query
 * that matches nothing; rejects only when Pagefind itself fails.
 */
export async function searchSite(pagefind: PagefindApi, request: SearchRequest, options: SearchOptions = {}): Promise<SearchOutcome> {
	const plan = planQuery(request.text);
	const understood = understandQuery(plan.text, options.aids ?? {});
	const filters = request.filters ?? {};
	// A version number ("26.02.001") asks for that release note first: the catalogue knows which
	// pages carry it as their `versao` filter.
	const versions = understood.filter((term) => VERSION.test(term.word)).map((term) => term.word);
	const needCatalog = options.facets || hasSelection(filters) || request.sort === 'recentes' || versions.length > 0;
	const catalogPromise = needCatalog ? loadCatalog(pagefind) : undefined;
	const reports = await Promise.all(understood.map((term) => searchTerm(pagefind, term, options.aids?.vocabulary, options.signal)));
	const used = reports.filter((report) => isUsed(report.status));
	const matchedShare = await usedShare(pagefind, reports);

	let mode: SearchMode;
	let hits: SearchHit[];
	if (understood.length === 0) {
		if (hasSelection(filters)) {
			const all = (await pagefind.search(null))?.results ?? [];
			mode = 'browse';
			hits = all.map((result) => pagefindHit(result, []));
		} else {
			mode = 'empty';
			hits = [];
		}
	} else if (used.length === 0 || matchedShare < MIN_MATCHED_SHARE) {
		mode = 'none';
		hits = [];
	} else {
		const terms = used.map((report) => report.term);
		const searches = used.map((report) => report.searchText);
		const sentence = used.length >= SENTENCE_TERMS;
		options.signal?.throwIfAborted();
		const strict = used.length === 1 ? used[0]!.results : sentence ? [] : ((await pagefind.search(searches.join(' ')))?.results ?? []);
		if (strict.length > 0) {
			mode = 'all';
			hits = strict.map((result) => pagefindHit(result, terms));
		} else {
			const resultById = new Map<string, PagefindResult>();
			for (const report of used) for (const result of report.results) if (!resultById.has(result.id)) resultById.set(result.id, result);
			const merged = relaxedHits(mergeTermHits(used.map((report) => ({ term: report.term, idf: report.idf, hits: report.results }))));
			mode = merged.some((hit) => hit.terms.length === used.length) ? 'ranked' : 'partial';
			hits = merged.map((hit) => mergedHit(hit, resultById.get(hit.id)!, options.excerptLength ?? 24));
		}
	}

	let facets: SearchOutcome['facets'];
	if (catalogPromise) {
		const catalog = await catalogPromise;
		if (options.facets) facets = facetCounts(hits.map((hit) => hit.id), filters, catalog);
		if (hasSelection(filters)) hits = hits.filter((hit) => passesFilters(hit.id, filters, catalog));
		if (request.sort === 'recentes' || mode === 'browse') hits = sortByDate(hits, catalog.dateRank);
		else if (versions.length > 0) hits = releasesFirst(hits, versions, catalog);
	}
	if (mode !== 'empty' && mode !== 'browse' && hits.length === 0 && used.length > 0 && !hasSelection(filters)) mode = 'none';

	return {
		plan,
		mode,
		matchedShare,
		terms: reports.map(({ term, search, status, count, idf }) => ({ term, search, status, count, idf })),
		used: used.map((report) => report.term),
		ignored: reports.filter((report) => !isUsed(report.status)).map((report) => report.term),
		hits,
		facets,
	};
}

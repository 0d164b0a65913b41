/**
 * Loads the Pagefind bundle on first use (never with the page) and shares one instance
 * between the header search, the search page and the ticket-intake suggestions.
 */

/** The subset of Pagefind's browser API this site uses. */
export interface PagefindResultData {
	url: string;
	/** Page text around the matches, `<` and `>` escaped, matched words in `<mark>`: sanitise before use (excerpt.ts). */
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	word_count?: number;
	/** The indexed text, not escaped. */
	content?: string;
}
export interface PagefindResult {
	id: string;
	score: number;
	/** Locations (word indexes in `content`) of the matched words. */
	words: number[];
	/** Metadata fields (title, description…) the terms matched, Pagefind ≥ 1.5. */
	matchedMetaFields?: string[];
	data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindSearchOptions {
	filters?: Record<string, string | string[] | Record<string, unknown>>;
	sort?: Record<string, 'asc' | 'desc'>;
}
export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch | null>;
	debouncedSearch?(term: string, options?: PagefindSearchOptions, ms?: number): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
	/** Loads the chunks a search would need and stops there; a `null` term loads only the chunks of its filters. */
	preload(term: string | null, options?: PagefindSearchOptions): Promise<void>;
}

/** Thrown when the index is missing, as under `astro dev` before any build. */
export class SearchUnavailableError extends Error {
	constructor(cause?: unknown) {
		super('A busca ainda não está disponível: o índice é gerado pelo build do site (npm run build).', { cause });
		this.name = 'SearchUnavailableError';
	}
}

let loading: Promise<PagefindApi> | undefined;

/** The Pagefind instance, loaded once. Rejects with SearchUnavailableError when there is no index. */
export function loadPagefind(base = '/pagefind/'): Promise<PagefindApi> {
	loading ??= (async () => {
		try {
			const url = `${base}pagefind.js`;
			const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
			await pagefind.options({ baseUrl: '/', excerptLength: 24 });
			await pagefind.init();
			return pagefind;
		} catch (error) {
			loading = undefined;
			throw new SearchUnavailableError(error);
		}
	})();
	return loading;
}

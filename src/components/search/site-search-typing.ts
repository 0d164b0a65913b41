/**
 * How the site search (header dialog and /busca/) follows what the customer types: the ticket
 * page's query controller (suggestion-query.ts) with a fixed pause, the newest text searched from
 * the key on while the pause runs, and the words already typed matched ahead (warmSiteSearch).
 */
import { loadPagefind } from '../../search/pagefind-client';
import { warmSiteSearch, type SearchOptions } from '../../search/query';
import { SuggestionQuery } from '../intake/suggestion-query';

export interface SiteSearchTypingOptions<T> {
	/** Searches a text; stops at its next step when the signal aborts (the text went stale). */
	search: (text: string, signal?: AbortSignal) => Promise<T>;
	/** The answer to the newest text when the pause ends; none when the text became empty. */
	onAnswer: (answer: T | undefined, text: string) => void;
	onError: (error: unknown) => void;
	/** The query aids the search of the moment uses, for the warm-up. */
	aids: () => Promise<SearchOptions['aids']>;
}

/**
 * The pause after a key before the answer is shown, in the header dialog and on /busca/ alike.
 * The search starts at the key, so the pause is what the customer waits for once the search is
 * warm; short enough that results follow the typing, long enough that a fast typist's
 * intermediate words are not drawn (each drawing of /busca/ also rewrites the URL).
 */
export const SITE_SEARCH_PAUSE_MS = 100;

export function siteSearchTyping<T>({ search, onAnswer, onError, aids }: SiteSearchTypingOptions<T>): SuggestionQuery<T> {
	return new SuggestionQuery<T>({
		search: async (text, { signal }) => [await search(text, signal)],
		onResults: ([answer], text) => onAnswer(answer, text),
		onError,
		onTyping: (text) =>
			void Promise.all([loadPagefind(), aids()])
				.then(([pagefind, loaded]) => warmSiteSearch(pagefind, text, loaded))
				.catch(() => undefined),
		delayMs: SITE_SEARCH_PAUSE_MS,
		// A dialog or page of results is read while typing: every pause shows them, however slow the typist.
		adaptivePause: false,
		minChars: 1,
		limit: 1,
		searchAhead: true,
	});
}

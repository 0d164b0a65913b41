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
	/** The pause after a key before the answer is shown. */
	pauseMs: number;
}

export function siteSearchTyping<T>({ search, onAnswer, onError, aids, pauseMs }: SiteSearchTypingOptions<T>): SuggestionQuery<T> {
	return new SuggestionQuery<T>({
		search: async (text, { signal }) => [await search(text, signal)],
		onResults: ([answer], text) => onAnswer(answer, text),
		onError,
		onTyping: (text) =>
			void Promise.all([loadPagefind(), aids()])
				.then(([pagefind, loaded]) => warmSiteSearch(pagefind, text, loaded))
				.catch(() => undefined),
		delayMs: pauseMs,
		// A dialog or page of results is read while typing: every pause shows them, however slow the typist.
		adaptivePause: false,
		minChars: 1,
		limit: 1,
		searchAhead: true,
	});
}

/**
 * The state of the /busca/ page lives in its URL, so a search can be shared and Back returns to
 * the previous one: `?q=texto&tipo=faq&modulo=Fiscal&modulo=Estoque&ordem=recentes`.
 */
import { FILTER_KEYS, type FilterSelection, type SortOrder } from './query';

export const SEARCH_PAGE = '/busca/';

export interface SearchState {
	q: string;
	filters: FilterSelection;
	sort: SortOrder;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevancia' };

/** Reads the state from a query string (unknown parameters are ignored, repeated values kept once). */
export function readState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const filters: FilterSelection = {};
	for (const key of FILTER_KEYS) {
		const values = [...new Set(params.getAll(key).map((value) => value.trim()).filter(Boolean))];
		if (values.length) filters[key] = values;
	}
	return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('ordem') === 'recentes' ? 'recentes' : 'relevancia' };
}

/** The query string of a state, in a stable order; the default sort is left out. */
export function writeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.sort === 'recentes') params.set('ordem', 'recentes');
	const query = params.toString();
	return query ? `?${query}` : '';
}

/** Link to the search page for a state. */
export function searchPageUrl(state: Partial<SearchState>, page = SEARCH_PAGE): string {
	return `${page}${writeState({ ...EMPTY_STATE, ...state })}`;
}

/** Same search? (Used to decide whether a new history entry is needed.) */
export function sameState(a: SearchState, b: SearchState): boolean {
	return writeState(a) === writeState(b);
}

/** Toggles one filter value. */
export function toggleFilter(state: SearchState, key: keyof FilterSelection, value: string, on: boolean): SearchState {
	const current = state.filters[key] ?? [];
	const next = on ? [...new Set([...current, value])] : current.filter((entry) => entry !== value);
	const filters: FilterSelection = { ...state.filters };
	if (next.length) filters[key] = next;
	else delete filters[key];
	return { ...state, filters };
}

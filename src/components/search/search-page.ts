/**
 * <search-page>: the /busca/ page. Reads the query, filters and order from the URL, searches,
 * renders the results, the facets with their counts and the "no result" state, and writes every
 * change back to the URL (a new history entry per search, so Back returns to the previous one).
 */
import { loadPagefind, SearchUnavailableError } from '../../search/pagefind-client';
import { FILTER_LABELS, statusMessage, TYPE_LABELS, valueLabel } from '../../search/present';
import { FILTER_KEYS, loadCatalog, searchSite, type FilterKey, type SearchOutcome } from '../../search/query';
import { loadQueryAids } from '../../search/query-aids';
import { readState, sameState, SEARCH_PAGE, toggleFilter, writeState, type SearchState } from '../../search/url-state';
import { renderHit } from './render';
import { siteSearchTyping } from './site-search-typing';

const PAGE_SIZE = 10;

/** A typed text's outcome, with the state (as written in the URL) it was searched for. */
interface Typed {
	state: string;
	outcome: SearchOutcome;
}

function hasFilters(state: SearchState): boolean {
	return Object.values(state.filters).some((values) => values && values.length > 0);
}

function versionParts(version: string): number[] {
	return version.split('.').map((part) => Number.parseInt(part, 10) || 0);
}

/** Facet values in a stable order: types as listed, versions newest first, the rest alphabetically. */
function orderValues(key: FilterKey, values: string[]): string[] {
	if (key === 'tipo') {
		const known = Object.keys(TYPE_LABELS);
		return [...values].sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99) || a.localeCompare(b, 'pt-BR'));
	}
	if (key === 'versao') {
		return [...values].sort((a, b) => {
			const [x, y] = [versionParts(a), versionParts(b)];
			for (let index = 0; index < Math.max(x.length, y.length); index += 1) {
				const diff = (y[index] ?? 0) - (x[index] ?? 0);
				if (diff) return diff;
			}
			return 0;
		});
	}
	return [...values].sort((a, b) => a.localeCompare(b, 'pt-BR'));
}

class SearchPage extends HTMLElement {
	#state: SearchState = readState('');
	#outcome?: SearchOutcome;
	#shown = 0;
	/** A "Mostrar mais resultados" page is loading. */
	#loadingMore = false;
	#sequence = 0;
	#typing = false;
	#title = document.title;
	/** What the customer types (site-search-typing.ts): the URL and the page follow the answer when the pause ends. */
	#query = siteSearchTyping<Typed>({
		search: (text, signal) => this.#searchTyped(text, signal),
		onAnswer: (typed, text) => this.#showTyped(text, typed),
		// The page's own search shows what failed.
		onError: () => this.#showTyped(this.#input.value),
		aids: loadQueryAids,
	});

	#get<T extends HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	get #input() {
		return this.#get<HTMLInputElement>('#busca-q');
	}

	connectedCallback(): void {
		const form = this.#get<HTMLFormElement>('.search-page-form');
		const sort = this.#get<HTMLSelectElement>('#busca-ordem');
		const facets = this.#get<HTMLElement>('.search-page-facets');

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#query.cancel();
			this.#navigate({ ...this.#state, q: this.#input.value }, 'push', true);
		});
		this.#input.addEventListener('input', () => {
			if (this.#input.value.trim()) this.#query.update(this.#input.value);
			else {
				// An emptied field shows the empty page (or the filters alone) at once.
				this.#query.cancel();
				this.#showTyped('');
			}
		});
		// The customer is about to type: load Pagefind, the query aids and the filter catalogue the
		// counts need, so the first query waits for none of them.
		this.#input.addEventListener('focus', () => void Promise.all([loadPagefind().then(loadCatalog), loadQueryAids()]).catch(() => undefined), { once: true });
		sort.addEventListener('change', () => this.#navigate({ ...this.#state, sort: sort.value === 'recentes' ? 'recentes' : 'relevancia' }, 'push'));
		facets.addEventListener('change', (event) => {
			const box = event.target;
			if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox') return;
			this.#navigate(toggleFilter(this.#state, box.name as FilterKey, box.value, box.checked), 'push');
		});
		this.#get('.search-page-clear').addEventListener('click', () => {
			this.#navigate({ ...this.#state, filters: {} }, 'push');
			this.#input.focus();
		});
		this.#get('.search-page-more').addEventListener('click', () => void this.#renderMore(this.#sequence, true));
		window.addEventListener('popstate', () => {
			this.#typing = false;
			this.#query.cancel();
			this.#state = readState(location.search);
			this.#syncControls(true);
			void this.#search();
		});

		this.#state = readState(location.search);
		this.#syncControls();
		if (this.#state.q || hasFilters(this.#state)) void this.#search();
	}

	/**
	 * A typed text becomes the page's state, with its outcome when it was searched for the filters
	 * and order of the moment. The first keystroke of a query makes a history entry, the next ones
	 * update it.
	 */
	#showTyped(text: string, typed?: Typed): void {
		const next = { ...this.#state, q: text };
		this.#navigate(next, this.#typing ? 'replace' : 'push', false, typed?.state === writeState(next) ? typed.outcome : undefined);
		this.#typing = true;
	}

	/**
	 * Searches a typed text with the filters and order of the moment (see #query), and loads the
	 * first page's excerpts while the pause still runs, as the header dialog does: Pagefind keeps
	 * each fragment it loaded, so the page shown after the pause no longer waits for ten fetches.
	 */
	async #searchTyped(text: string, signal?: AbortSignal): Promise<Typed> {
		const state = { ...this.#state, q: text };
		const outcome = await this.#outcomeOf(state, signal);
		if (!signal?.aborted) await Promise.all(outcome.hits.slice(0, PAGE_SIZE).map((hit) => hit.data()));
		return { state: writeState(state), outcome };
	}

	#outcomeOf(state: SearchState, signal?: AbortSignal): Promise<SearchOutcome> {
		return Promise.all([loadPagefind(), loadQueryAids()]).then(([pagefind, aids]) =>
			searchSite(pagefind, { text: state.q, filters: state.filters, sort: state.sort }, { facets: true, aids, signal }),
		);
	}

	/** Applies a new state: URL (push or replace), controls, search (or the outcome already found for it). */
	#navigate(next: SearchState, how: 'push' | 'replace', force = false, found?: SearchOutcome): void {
		if (how === 'push') this.#typing = false;
		const changed = !sameState(next, this.#state);
		this.#state = next;
		if (changed) {
			const url = `${SEARCH_PAGE}${writeState(next)}`;
			if (how === 'push') history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		}
		if (changed || force) void this.#search(found);
	}

	/** Puts the state into the controls; the field keeps what is being typed unless `all` (Back/Forward). */
	#syncControls(all = false): void {
		if (all || document.activeElement !== this.#input) this.#input.value = this.#state.q;
		this.#get<HTMLSelectElement>('#busca-ordem').value = this.#state.sort;
		document.title = this.#state.q ? `“${this.#state.q}” – ${this.#title}` : this.#title;
	}

	async #search(found?: SearchOutcome): Promise<void> {
		const current = ++this.#sequence;
		const state = this.#state;
		this.#syncControls();
		const list = this.#get<HTMLOListElement>('.search-page-list');
		if (!state.q && !hasFilters(state)) {
			this.#outcome = undefined;
			this.#renderEmpty();
			list.dataset.state = writeState(state);
			return;
		}
		list.setAttribute('aria-busy', 'true');
		try {
			const outcome = found ?? (await this.#outcomeOf(state));
			if (current !== this.#sequence) return;
			this.#outcome = outcome;
			this.#shown = 0;
			const items = await this.#pageOfItems(current);
			if (!items) return;
			list.replaceChildren(...items);
			this.#renderFacets(outcome, state);
			this.#renderStatus(outcome, state);
		} catch (error) {
			if (current !== this.#sequence) return;
			this.#renderUnavailable(error);
		}
		list.removeAttribute('aria-busy');
		list.dataset.state = writeState(state);
	}

	/** The next page of results as list items (undefined when a newer search took over). */
	async #pageOfItems(current: number): Promise<HTMLLIElement[] | undefined> {
		const outcome = this.#outcome;
		if (!outcome) return [];
		const page = outcome.hits.slice(this.#shown, this.#shown + PAGE_SIZE);
		const data = await Promise.all(page.map((hit) => hit.data()));
		if (current !== this.#sequence) return undefined;
		this.#shown += page.length;
		this.#get('.search-page-more-wrap').hidden = this.#shown >= outcome.hits.length;
		return data.map(renderHit);
	}

	async #renderMore(current: number, focusFirst: boolean): Promise<void> {
		// A second click while the next page loads would load that same page again.
		if (this.#loadingMore) return;
		this.#loadingMore = true;
		const items = await this.#pageOfItems(current).finally(() => (this.#loadingMore = false));
		if (!items?.length) return;
		this.#get('.search-page-list').append(...items);
		if (focusFirst) items[0]!.querySelector('a')?.focus();
	}

	#renderStatus(outcome: SearchOutcome, state: SearchState): void {
		this.#get('.search-page-status').textContent = statusMessage(outcome);
		const ignored = this.#get('.search-page-ignored');
		const shown = outcome.ignored.length > 0 && outcome.used.length > 0;
		ignored.hidden = !shown;
		ignored.textContent = shown
			? `Sem correspondência para ${outcome.ignored.map((term) => `“${term}”`).join(', ')}: a busca usou ${outcome.used.length === 1 ? 'a outra palavra' : 'as outras palavras'}.`
			: '';
		const none = outcome.hits.length === 0;
		this.#get('.search-page-none').hidden = !none;
		this.#get('.search-page-none-filters').hidden = !hasFilters(state);
		this.#get('.search-page-sort').hidden = outcome.hits.length < 2 && state.sort === 'relevancia';
		this.#get('.search-page-unavailable').hidden = true;
	}

	#renderFacets(outcome: SearchOutcome, state: SearchState): void {
		const container = this.#get<HTMLElement>('.search-page-facets');
		const focused = document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement) ? document.activeElement : null;
		const fieldsets: HTMLFieldSetElement[] = [];
		for (const key of FILTER_KEYS) {
			const counts = outcome.facets?.[key] ?? {};
			const selected = state.filters[key] ?? [];
			const values = orderValues(key, [...new Set([...Object.keys(counts), ...selected])]);
			if (values.length < 2 && selected.length === 0) continue;
			const fieldset = document.createElement('fieldset');
			const legend = document.createElement('legend');
			legend.textContent = FILTER_LABELS[key];
			fieldset.append(legend);
			for (const value of values) {
				const label = document.createElement('label');
				const box = document.createElement('input');
				box.type = 'checkbox';
				box.name = key;
				box.value = value;
				box.checked = selected.includes(value);
				const text = document.createElement('span');
				const count = document.createElement('span');
				count.className = 'facet-count';
				count.textContent = `(${counts[value] ?? 0})`;
				text.append(`${valueLabel(key, value)} `, count);
				label.append(box, text);
				fieldset.append(label);
			}
			fieldsets.push(fieldset);
		}
		container.replaceChildren(...fieldsets);
		const section = this.#get<HTMLElement>('.search-page-filters');
		section.hidden = fieldsets.length === 0;
		this.#get('.search-page-clear').hidden = !hasFilters(state);
		if (focused) {
			const again = [...container.querySelectorAll<HTMLInputElement>('input')].find((box) => box.name === focused.name && box.value === focused.value);
			again?.focus();
		}
	}

	#renderEmpty(): void {
		this.#get('.search-page-list').replaceChildren();
		this.#get('.search-page-status').textContent = '';
		for (const selector of ['.search-page-filters', '.search-page-none', '.search-page-ignored', '.search-page-more-wrap', '.search-page-sort', '.search-page-unavailable']) {
			this.#get(selector).hidden = true;
		}
	}

	#renderUnavailable(error: unknown): void {
		this.#renderEmpty();
		const message = error instanceof SearchUnavailableError ? error.message : 'A busca falhou. Tente de novo em instantes.';
		const box = this.#get('.search-page-unavailable');
		box.textContent = message;
		box.hidden = false;
		this.#get('.search-page-status').textContent = message;
	}
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);

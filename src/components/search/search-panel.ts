/**
 * The header dialog's search, loaded on first use: searches as the customer types, shows the
 * first results and links to the full search page.
 */
import { loadPagefind, SearchUnavailableError } from '../../search/pagefind-client';
import { countLabel, statusMessage } from '../../search/present';
import { lexiconOnly, loadQueryAids, type LoadedQueryAids } from '../../search/query-aids';
import { searchSite } from '../../search/query';
import { searchPageUrl } from '../../search/url-state';
import { renderCompactHit } from './render';

/**
 * The header search keeps its first answer light: the shipped lexicon only. The vocabulary file
 * (corrections, and words it vouches for need no check in the index) is fetched after that first
 * answer, and the next queries use it.
 */
let headerAids: LoadedQueryAids = lexiconOnly();
let vocabularyRequested = false;
function loadVocabularyLater(): void {
	if (vocabularyRequested) return;
	vocabularyRequested = true;
	void loadQueryAids().then((aids) => (headerAids = aids));
}

/** Results shown in the dialog; the rest are on the search page. */
const SHOWN = 8;
/** Wait after a keystroke before searching. */
export const DEBOUNCE_MS = 100;
const TICKET_PAGE = '/abrir-ticket/';

export function attachPanel(dialog: HTMLDialogElement, searchPage: string): void {
	const input = dialog.querySelector<HTMLInputElement>('.site-search-input')!;
	const status = dialog.querySelector<HTMLElement>('.site-search-status')!;
	const list = dialog.querySelector<HTMLUListElement>('.site-search-results')!;
	const more = dialog.querySelector<HTMLElement>('.site-search-more')!;
	const moreLink = more.querySelector<HTMLAnchorElement>('a')!;
	let sequence = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const showMore = (href: string, text: string) => {
		moreLink.href = href;
		moreLink.textContent = text;
		more.hidden = false;
	};

	const run = async () => {
		const text = input.value;
		const current = ++sequence;
		if (!text.trim()) {
			list.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			list.dataset.query = '';
			return;
		}
		try {
			const pagefind = await loadPagefind();
			const outcome = await searchSite(pagefind, { text }, { aids: headerAids });
			const shown = await Promise.all(outcome.hits.slice(0, SHOWN).map((hit) => hit.data()));
			if (current !== sequence) return; // a newer search is running
			list.replaceChildren(...shown.map(renderCompactHit));
			status.textContent = statusMessage(outcome);
			if (outcome.hits.length === 0) showMore(TICKET_PAGE, 'Não encontrou? Abra um ticket');
			else showMore(searchPageUrl({ q: text }, searchPage), outcome.hits.length > SHOWN ? `Ver todos os ${countLabel(outcome.hits.length)} e filtrar` : 'Abrir na busca completa, com filtros');
			list.dataset.query = text;
			loadVocabularyLater();
		} catch (error) {
			if (current !== sequence) return;
			list.replaceChildren();
			more.hidden = true;
			status.textContent = error instanceof SearchUnavailableError ? error.message : 'A busca falhou. Tente de novo em instantes.';
			list.dataset.query = text;
		}
	};

	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(), DEBOUNCE_MS);
	});

	// Arrows move between the field and the result links; Esc always closes (even from a filled search field).
	dialog.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			dialog.close();
			return;
		}
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops: HTMLElement[] = [input, ...list.querySelectorAll<HTMLElement>('a')];
		const index = stops.indexOf(document.activeElement as HTMLElement);
		if (index < 0 || stops.length < 2) return;
		event.preventDefault();
		const next = event.key === 'ArrowDown' ? Math.min(index + 1, stops.length - 1) : Math.max(index - 1, 0);
		stops[next]!.focus();
	});

	// Start loading the index now: the customer is about to type.
	loadPagefind().catch((error: unknown) => {
		if (error instanceof SearchUnavailableError && !input.value.trim()) status.textContent = error.message;
	});
	if (input.value.trim()) void run();
}

/**
 * The header dialog's search, loaded on first use: searches as the customer types, shows the
 * first results and links to the full search page.
 */
import { loadPagefind, SearchUnavailableError } from '../../search/pagefind-client';
import { countLabel, statusMessage } from '../../search/present';
import { lexiconOnly, loadQueryAids, type LoadedQueryAids } from '../../search/query-aids';
import { searchSite, type HitData, type SearchOutcome } from '../../search/query';
import { searchPageUrl } from '../../search/url-state';
import { renderCompactHit } from './render';
import { siteSearchTyping } from './site-search-typing';

/**
 * The header search keeps its first answer light: the shipped lexicon only. The vocabulary file
 * (corrections, and words it vouches for need no check in the index) is fetched after that first
 * answer; the next queries use it, and a query answered without it that had a word the index
 * lacks is answered again once it is read.
 */
let headerAids: LoadedQueryAids = lexiconOnly();
/** The file has been read (or could not be: loadQueryAids then gives the lexicon alone). */
let vocabularyRead = false;
let vocabulary: Promise<void> | undefined;
function loadVocabularyLater(): Promise<void> {
	vocabulary ??= loadQueryAids().then((aids) => {
		headerAids = aids;
		vocabularyRead = true;
	});
	return vocabulary;
}

/** Results shown in the dialog; the rest are on the search page. */
const SHOWN = 8;
const TICKET_PAGE = '/abrir-ticket/';

/** What the dialog shows for a query: the outcome and the data of its first results. */
interface Answer {
	outcome: SearchOutcome;
	shown: HitData[];
	/** Answered once the vocabulary file was read. */
	withVocabulary: boolean;
}

/** Searches a query and loads what the dialog shows of it; stops early when the query is stale. */
async function answer(text: string, signal?: AbortSignal): Promise<Answer> {
	const pagefind = await loadPagefind();
	const withVocabulary = vocabularyRead;
	const outcome = await searchSite(pagefind, { text }, { aids: headerAids, signal });
	signal?.throwIfAborted();
	return { outcome, shown: await Promise.all(outcome.hits.slice(0, SHOWN).map((hit) => hit.data())), withVocabulary };
}

export function attachPanel(dialog: HTMLDialogElement, searchPage: string): void {
	const input = dialog.querySelector<HTMLInputElement>('.site-search-input')!;
	const status = dialog.querySelector<HTMLElement>('.site-search-status')!;
	const list = dialog.querySelector<HTMLUListElement>('.site-search-results')!;
	const more = dialog.querySelector<HTMLElement>('.site-search-more')!;
	const moreLink = more.querySelector<HTMLAnchorElement>('a')!;

	const showMore = (href: string, text: string) => {
		moreLink.href = href;
		moreLink.textContent = text;
		more.hidden = false;
	};
	const clear = () => {
		list.replaceChildren();
		status.textContent = '';
		more.hidden = true;
		list.dataset.query = '';
	};
	const show = ({ outcome, shown, withVocabulary }: Answer, text: string) => {
		list.replaceChildren(...shown.map(renderCompactHit));
		status.textContent = statusMessage(outcome);
		if (outcome.hits.length === 0) showMore(TICKET_PAGE, 'Não encontrou? Abra um ticket');
		else showMore(searchPageUrl({ q: text }, searchPage), outcome.hits.length > SHOWN ? `Ver todos os ${countLabel(outcome.hits.length)} e filtrar` : 'Abrir na busca completa, com filtros');
		list.dataset.query = text;
		// A word the index lacks may be a typo the vocabulary corrects: ask again once it is read.
		const correctable = !withVocabulary && outcome.terms.some((term) => term.status !== 'ok');
		void loadVocabularyLater().then(() => {
			if (correctable) void query.askAgain(text);
		});
	};

	const query = siteSearchTyping<Answer>({
		search: answer,
		onAnswer: (found, text) => (found ? show(found, text) : clear()),
		onError: (error) => {
			list.replaceChildren();
			more.hidden = true;
			status.textContent = error instanceof SearchUnavailableError ? error.message : 'A busca falhou. Tente de novo em instantes.';
			list.dataset.query = input.value.trim();
		},
		aids: async () => headerAids,
	});
	input.addEventListener('input', () => {
		// An emptied field clears at once, even after a failed search.
		if (!input.value.trim()) clear();
		query.update(input.value);
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
	if (input.value.trim()) void query.runNow(input.value);
}

/**
 * The "Artigos sugeridos" region under the subject: renders the suggested articles (a link named
 * by the title, the description, and "Isso resolveu meu problema") and reports what the customer
 * does with them. The region is hidden while it has nothing to show: no noise.
 */
import type { Suggestion } from '../../search/suggest';

export interface SuggestionsPanelHandlers {
	/** The customer followed the link to an article (click, middle click, Enter). */
	onOpen: (suggestion: Suggestion) => void;
	/** The customer says the article solved the problem. */
	onResolved: (suggestion: Suggestion) => void;
}

export class SuggestionsPanel {
	private shown: Suggestion[] = [];

	constructor(
		private readonly region: HTMLElement,
		private readonly list: HTMLElement,
		private readonly status: HTMLElement,
		private readonly handlers: SuggestionsPanelHandlers,
	) {
		list.addEventListener('click', (event) => this.onClick(event));
		// A middle click opens the article in a new tab: it counts as opened too.
		list.addEventListener('auxclick', (event) => {
			if (event.button === 1) this.onClick(event);
		});
	}

	get items(): readonly Suggestion[] {
		return this.shown;
	}

	/**
	 * Shows these suggestions (best first). The region appears with the first list and then keeps
	 * its place and never shrinks while the customer goes on typing (the fields below do not
	 * jump); with nothing to suggest it says so in that space. clear() gives the space back.
	 */
	show(suggestions: readonly Suggestion[]): void {
		const before = this.shown.map((entry) => entry.id).join('\n');
		this.shown = [...suggestions];
		this.list.replaceChildren(...this.shown.map((suggestion, index) => this.item(suggestion, index)));
		const wasShown = !this.region.hidden;
		this.region.hidden = this.shown.length === 0 && !wasShown;
		this.region.dataset.empty = String(this.shown.length === 0);
		if (!this.region.hidden) this.region.style.minHeight = `${Math.max(this.region.offsetHeight, parseFloat(this.region.style.minHeight) || 0)}px`;
		const now = this.shown.map((entry) => entry.id).join('\n');
		// Announce a changed list only; an empty answer stays silent.
		if (now !== before) {
			const count = this.shown.length;
			this.status.textContent =
				count === 0 ? '' : count === 1 ? '1 artigo sugerido para o assunto.' : `${count} artigos sugeridos para o assunto.`;
		}
	}

	/** Hides the region and gives its space back (the subject was emptied, or a new ticket). */
	clear(): void {
		this.region.hidden = true;
		this.region.style.minHeight = '';
		this.show([]);
	}

	private item(suggestion: Suggestion, index: number): HTMLLIElement {
		const titleId = `sugestao-${index}-titulo`;
		const item = document.createElement('li');
		item.className = 'suggestion';
		item.dataset.suggestionIndex = String(index);

		const link = document.createElement('a');
		link.href = suggestion.url;
		link.id = titleId;
		link.className = 'suggestion-title';
		link.textContent = suggestion.title;
		link.dataset.action = 'open';
		item.append(link);

		if (suggestion.module) {
			const module = document.createElement('span');
			module.className = 'badge suggestion-module';
			module.textContent = suggestion.module;
			item.append(' ', module);
		}
		if (suggestion.description) {
			const description = document.createElement('p');
			description.className = 'suggestion-description';
			description.textContent = suggestion.description;
			item.append(description);
		}

		const resolved = document.createElement('button');
		resolved.type = 'button';
		resolved.className = 'button secondary suggestion-resolved';
		resolved.textContent = 'Isso resolveu meu problema';
		resolved.dataset.action = 'resolved';
		// Same name on every item; the description says which article it is about.
		resolved.setAttribute('aria-describedby', titleId);
		item.append(resolved);
		return item;
	}

	private onClick(event: MouseEvent): void {
		const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
		const index = Number(target?.closest<HTMLElement>('[data-suggestion-index]')?.dataset.suggestionIndex);
		const suggestion = Number.isInteger(index) ? this.shown[index] : undefined;
		if (!target || !suggestion) return;
		if (target.dataset.action === 'open') this.handlers.onOpen(suggestion);
		else if (target.dataset.action === 'resolved') this.handlers.onResolved(suggestion);
	}
}

/**
 * <site-search>: the header search. This file ships on every page, so it only turns the link to
 * the search page into the button that opens the dialog, and wires the Ctrl/⌘K shortcut and the
 * dialog; the search itself (search-panel.ts, then Pagefind) is imported the first time the
 * dialog opens or its field gets focus.
 */
type Panel = typeof import('./search-panel');

class SiteSearch extends HTMLElement {
	#panel?: Promise<Panel>;
	#opener: HTMLElement | null = null;

	connectedCallback(): void {
		const link = this.querySelector<HTMLAnchorElement>('a.site-search-open');
		const dialog = this.querySelector<HTMLDialogElement>('dialog');
		const input = this.querySelector<HTMLInputElement>('.site-search-input');
		if (!link || !dialog || !input) return;
		const button = this.#upgrade(link);

		const kbd = this.querySelector<HTMLElement>('.site-search-kbd');
		if (kbd) kbd.hidden = false;
		if (/Mac|iPhone|iPad/.test(navigator.userAgent)) {
			const mod = this.querySelector('.site-search-mod');
			if (mod) mod.textContent = '⌘';
		}

		const open = () => {
			if (!dialog.open) {
				this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : button;
				dialog.showModal();
			}
			input.focus();
			input.select();
			void this.#load(dialog);
		};

		button.addEventListener('click', open);
		input.addEventListener('focus', () => void this.#load(dialog), { once: true });
		this.querySelector('.site-search-close')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop (outside the frame) closes.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		dialog.addEventListener('close', () => {
			const target = this.#opener?.isConnected ? this.#opener : button;
			target.focus();
			this.#opener = null;
		});
		window.addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				if (dialog.open && document.activeElement === input) dialog.close();
				else open();
			}
		});
	}

	/** The link to the search page becomes the button that opens the dialog, with the same look and label. */
	#upgrade(link: HTMLAnchorElement): HTMLButtonElement {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = link.className;
		button.setAttribute('aria-haspopup', 'dialog');
		button.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
		button.append(...link.childNodes);
		const focused = document.activeElement === link;
		link.replaceWith(button);
		if (focused) button.focus();
		return button;
	}

	/** Imports the panel and starts it (once); a failure lets the next open try again. */
	#load(dialog: HTMLDialogElement): Promise<Panel> {
		this.#panel ??= import('./search-panel').then(
			(panel) => {
				panel.attachPanel(dialog, this.dataset.searchPage ?? '/busca/');
				return panel;
			},
			(error: unknown) => {
				this.#panel = undefined;
				throw error;
			},
		);
		return this.#panel;
	}
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);

/**
 * <list-filter>: shows its form and hides the items of the target list that do not match every
 * chosen value. Items carry `data-filter-item` and space-separated tokens in
 * `data-filter-<name>`; a `data-filter-section` inside the target is hidden when none of its
 * items is shown. The choice is kept in the query string (replaceState) so a filtered
 * list can be shared; the count of items shown is announced in a live region.
 */
import { countOf } from '../../utils/plural';

class ListFilter extends HTMLElement {
	private form!: HTMLFormElement;
	private status!: HTMLElement;
	private items: HTMLElement[] = [];
	private sections: HTMLElement[] = [];
	private empty: HTMLElement | null = null;

	connectedCallback(): void {
		const form = this.querySelector('form');
		const status = this.querySelector<HTMLElement>('[data-filter-status]');
		const list = document.getElementById(this.dataset.target ?? '');
		if (!form || !status || !list) return;
		this.form = form;
		this.status = status;
		this.items = [...list.querySelectorAll<HTMLElement>('[data-filter-item]')];
		this.sections = [...list.querySelectorAll<HTMLElement>('[data-filter-section]')];
		this.empty = document.querySelector<HTMLElement>(`[data-filter-empty="${this.dataset.target}"]`);

		this.readQuery();
		form.hidden = false;
		form.addEventListener('change', () => this.update(true));
		form.addEventListener('submit', (event) => event.preventDefault());
		// The reset event fires before the fields are cleared.
		form.addEventListener('reset', () => setTimeout(() => this.update(true)));
		this.update(false);
	}

	private get selects(): HTMLSelectElement[] {
		return [...this.form.querySelectorAll('select')];
	}

	/** Sets the fields from the query string, ignoring values that are not options. */
	private readQuery(): void {
		const params = new URLSearchParams(location.search);
		for (const select of this.selects) {
			const value = params.get(select.name);
			if (value && [...select.options].some((option) => option.value === value)) select.value = value;
		}
	}

	/** Options of a dependent field that belong to another parent are disabled and hidden. */
	private restrictDependents(): void {
		for (const select of this.selects) {
			const parentName = select.dataset.dependsOn;
			if (!parentName) continue;
			const parent = this.form.elements.namedItem(parentName) as HTMLSelectElement | null;
			const parentValue = parent?.value ?? '';
			for (const option of select.options) {
				const foreign = Boolean(parentValue && option.dataset.parent && option.dataset.parent !== parentValue);
				option.disabled = foreign;
				option.hidden = foreign;
			}
			for (const group of select.querySelectorAll('optgroup')) {
				group.hidden = [...group.querySelectorAll('option')].every((option) => option.hidden);
			}
			if (select.selectedOptions[0]?.disabled) select.value = '';
		}
	}

	private update(writeUrl: boolean): void {
		this.restrictDependents();
		const chosen = this.selects.filter((select) => select.value).map((select) => [select.name, select.value] as const);
		let shown = 0;
		for (const item of this.items) {
			const match = chosen.every(([name, value]) => (item.getAttribute(`data-filter-${name}`) ?? '').split(/\s+/).includes(value));
			item.hidden = !match;
			if (match) shown++;
		}
		for (const section of this.sections) section.hidden = !section.querySelector('[data-filter-item]:not([hidden])');
		if (this.empty) this.empty.hidden = shown > 0;
		this.status.textContent = this.describe(shown, chosen.length > 0);
		if (writeUrl) this.writeQuery(chosen);
	}

	private describe(shown: number, filtered: boolean): string {
		const all = countOf(this.items.length, { one: this.dataset.nounOne ?? '', many: this.dataset.nounMany ?? '' });
		if (!filtered) return `Mostrando todos: ${all}.`;
		if (shown === 0) return `Nenhum resultado com esses filtros (de ${all}).`;
		return `Mostrando ${shown.toLocaleString('pt-BR')} de ${all}.`;
	}

	private writeQuery(chosen: (readonly [string, string])[]): void {
		const params = new URLSearchParams(location.search);
		for (const select of this.selects) params.delete(select.name);
		for (const [name, value] of chosen) params.set(name, value);
		const query = params.toString();
		history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
	}
}

if (!customElements.get('list-filter')) customElements.define('list-filter', ListFilter);

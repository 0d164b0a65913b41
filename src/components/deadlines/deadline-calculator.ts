/**
 * <deadline-calculator>: "entrou em Pendência do Cliente em …" → "responda até …", with the
 * explanation, from the holiday list generated at build. Without JavaScript the form stays
 * hidden and the table of the rules around it says the same in words.
 */
import { explainDeadline } from '../../lifecycle/deadline-explainer';
import type { CustomerStatus } from '../../lifecycle/rules';
import type { HolidayList } from './holiday-list';

class DeadlineCalculator extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLFormElement>('form');
		const data = this.querySelector('script[data-holidays]')?.textContent;
		if (!form || !data) return;
		const list = JSON.parse(data) as HolidayList;
		const status = form.querySelector<HTMLSelectElement>('select')!;
		const start = form.querySelector<HTMLInputElement>('input[type="date"]')!;
		const result = this.querySelector<HTMLElement>('[data-result]')!;
		const render = () => {
			const value = start.value;
			result.replaceChildren();
			if (!value) return;
			if (value < list.from || value > list.to) {
				result.append(paragraph(`A calculadora conhece os feriados de ${list.from.slice(0, 4)} a ${list.to.slice(0, 4)}: escolha uma data nesse período.`));
				return;
			}
			const explanation = explainDeadline(status.value as CustomerStatus, value, list.holidays);
			const headline = paragraph(explanation.headline);
			headline.className = 'deadline-headline';
			result.append(headline, ...explanation.details.map(paragraph));
		};
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			render();
		});
		status.addEventListener('change', render);
		start.addEventListener('change', render);
		form.hidden = false;
	}
}

function paragraph(text: string): HTMLParagraphElement {
	const element = document.createElement('p');
	element.textContent = text;
	return element;
}

customElements.define('deadline-calculator', DeadlineCalculator);

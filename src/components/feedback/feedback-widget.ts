/**
 * <feedback-widget>: "Isso foi útil?" answered inline. The form works alone (a plain post);
 * this only posts it as JSON to the same address and shows the outcome in place. "Não" first
 * opens the comment box, then "Enviar avaliação" sends. Nothing typed is lost on a failure.
 */
import { FEEDBACK_FIELDS } from './feedback-form';

const SENT = 'Obrigado pela avaliação! Ela ajuda a melhorar a Central de Ajuda.';
const FAILED = 'Não foi possível enviar a avaliação agora. Tente de novo em instantes.';
const LIMITED = 'Muitos envios em pouco tempo. Tente de novo daqui a um minuto.';

class FeedbackWidget extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLFormElement>('[data-feedback-form]');
		const comment = this.querySelector<HTMLElement>('[data-comment]');
		const send = this.querySelector<HTMLElement>('[data-send]');
		const choices = this.querySelector<HTMLElement>('[data-choices]');
		const status = this.querySelector<HTMLElement>('[data-status]');
		if (!form || !comment || !send || !choices || !status) return;
		comment.hidden = true;

		form.addEventListener('submit', async (event) => {
			event.preventDefault();
			const submitter = (event as SubmitEvent).submitter;
			if (submitter?.hasAttribute('data-no')) {
				choices.hidden = true;
				comment.hidden = false;
				send.hidden = false;
				comment.querySelector('textarea')?.focus();
				return;
			}
			const data = new FormData(form);
			const useful = submitter?.getAttribute('value') === 'sim';
			const text = String(data.get(FEEDBACK_FIELDS.comment) ?? '');
			const body = { page: String(data.get(FEEDBACK_FIELDS.page)), useful, ...(useful || !text.trim() ? {} : { comment: text }) };
			const buttons = [...form.querySelectorAll('button')];
			buttons.forEach((button) => (button.disabled = true));
			status.classList.remove('error');
			try {
				const response = await fetch(form.action, {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify(body),
				});
				if (!response.ok) throw response;
				status.textContent = SENT;
				// The focused button disappears with the form: focus goes to the thank-you note instead.
				status.tabIndex = -1;
				form.hidden = true;
				status.focus();
			} catch (failure) {
				buttons.forEach((button) => (button.disabled = false));
				status.classList.add('error');
				status.textContent = failure instanceof Response && failure.status === 429 ? LIMITED : FAILED;
			}
		});
	}
}

customElements.define('feedback-widget', FeedbackWidget);

/**
 * <ticket-intake>: the behaviour of the ticket-intake page. It keeps the draft in localStorage
 * on every change, suggests FAQ articles for the subject, checks the ticket with the service's
 * schema and hands it to the ticket API with one Idempotency-Key per draft, so a double click,
 * a retry or a lost answer never opens two tickets. Nothing typed is lost on any failure.
 */
import { loadSuggestContext, suggestArticles, warmCompletedWords, type Suggestion } from '../../search/suggest';
import { TICKET_LIMITS } from '../../schemas/ticket';
import { clearConfirmation, loadConfirmation, type SavedConfirmation, saveConfirmation } from './confirmation-store';
import {
	type Draft,
	type DraftStorage,
	type DraftValues,
	FIELD_NAMES,
	type FieldName,
	bodyToResend,
	clearDraft,
	hasContent,
	loadDraft,
	newDraft,
	saveDraft,
	withNewKey,
	withOpened,
	withoutSent,
	withSent,
	withSuggested,
} from './draft-store';
import { clearErrors, fieldsInError, groupFieldErrors, setFieldError, showErrors } from './field-errors';
import { buildTicketPayload, checkTicket, type IntakeCatalog, modulesOf, ticketBody } from './payload';
import { prefilledValues } from './prefill';
import { apiBase, isRetryable, outcomeMessage, recordDeflection, submitTicket, type SubmitOutcome, type TicketReceipt, trackingUrl } from './submit-ticket';
import { SUGGEST_MIN_CHARS, SuggestionQuery } from './suggestion-query';
import { SuggestionsPanel } from './suggestions-panel';
import { watchSubjectPaste } from './subject-paste';

const API = apiBase(import.meta.env.PUBLIC_TICKET_API_URL);

type Tone = 'info' | 'error' | 'ok';

/** localStorage when the browser lets the page use it (it may throw in private modes). */
function browserStorage(): DraftStorage | undefined {
	try {
		const storage = window.localStorage;
		const probe = '__abrir-ticket__';
		storage.setItem(probe, probe);
		storage.removeItem(probe);
		return storage;
	} catch {
		return undefined;
	}
}

function newKey(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	// Older browsers on plain http: an RFC 4122 version-4 UUID from getRandomValues.
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function part<T extends Element>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`ticket-intake: falta o elemento ${selector}`);
	return element;
}

class TicketIntake extends HTMLElement {
	private catalog!: IntakeCatalog;
	private storage: DraftStorage | undefined;
	private draft!: Draft;
	private form!: HTMLFormElement;
	private summary!: HTMLElement;
	private status!: HTMLElement;
	private submitButton!: HTMLButtonElement;
	private retryRow!: HTMLElement;
	private moduleSelect!: HTMLSelectElement;
	private confirmation!: HTMLElement;
	private thanks!: HTMLElement;
	private restoredNote!: HTMLElement;
	private panel!: SuggestionsPanel;
	private query!: SuggestionQuery<Suggestion>;
	private sending = false;
	private storageWarned = false;

	connectedCallback(): void {
		if (this.form) return;
		this.catalog = JSON.parse(this.dataset.catalog ?? '{"products":[],"modules":[]}') as IntakeCatalog;
		this.storage = browserStorage();
		this.form = part(this, 'form[data-intake-form]');
		this.summary = part(this, '[data-error-summary]');
		this.status = part(this, '[data-status]');
		this.submitButton = part(this, '[data-submit]');
		this.retryRow = part(this, '[data-retry-row]');
		this.moduleSelect = part(this.form, 'select[name="module"]');
		this.confirmation = part(this, '[data-confirmation]');
		this.thanks = part(this, '[data-thanks]');
		this.restoredNote = part(this, '[data-restored]');

		this.panel = new SuggestionsPanel(part(this, '[data-suggestions]'), part(this, '[data-suggestions-list]'), part(this, '[data-suggestions-status]'), {
			onOpen: (suggestion) => this.persist(withOpened(this.draft, suggestion.id)),
			onResolved: (suggestion) => void this.resolved(suggestion),
		});
		this.query = new SuggestionQuery<Suggestion>({
			search: (text, options) => suggestArticles(text, options),
			onResults: (results, text) => this.showSuggestions(results, text),
			// No index (astro dev) or a failed load: the form works without suggestions.
			onError: () => this.panel.clear(),
			onTyping: (text) => void warmCompletedWords(text).catch(() => undefined),
			// The search of the newest text runs during the pause, not after it.
			searchAhead: true,
		});
		// Pagefind, its filter chunks and the vocabulary start loading as soon as the form works (this
		// page exists for its suggestions; waiting for an idle moment or for the focus lost a few
		// hundred milliseconds to a customer who starts typing at once), and again on "Assunto" if
		// that first load failed: the first list then comes as fast as the next ones.
		const warm = () => void loadSuggestContext().catch(() => undefined);
		part<HTMLElement>(this.form, '[name="subject"]').addEventListener('focus', warm, { once: true });
		warm();

		// What the customer typed or chose before this script ran (a slow connection), or what the
		// browser put back in the fields, is kept: the form has no preset values, so any value is theirs.
		const early = this.readForm();
		this.draft = loadDraft(this.storage, newKey);
		if (hasContent(this.draft.values)) this.restoredNote.hidden = false;
		const prefilled = prefilledValues(this.draft.values, window.location.search, this.catalog);
		if (prefilled) this.draft = { ...this.draft, values: prefilled };
		const values = { ...this.draft.values };
		for (const name of FIELD_NAMES) if (early[name]) values[name] = early[name];
		this.draft = { ...this.draft, values };
		this.writeForm(values);
		if (hasContent(early)) this.persist(this.draft);
		void this.query.runNow(this.draft.values.subject);
		watchSubjectPaste(part(this.form, '[name="subject"]'), part(this.form, '[data-subject-note]'), TICKET_LIMITS.subject.max);
		// A ticket opened before a reload: its confirmation stays until "Abrir outro ticket".
		const confirmed = loadConfirmation(this.storage);
		if (confirmed) this.showConfirmation(confirmed);

		this.form.addEventListener('input', (event) => this.onEdit(event));
		this.form.addEventListener('change', (event) => this.onEdit(event));
		this.form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.send();
		});
		part<HTMLButtonElement>(this, '[data-retry]').addEventListener('click', () => void this.send());
		for (const button of this.querySelectorAll<HTMLElement>('[data-start-over]')) {
			button.addEventListener('click', () => this.startOver());
		}
		part<HTMLButtonElement>(this, '[data-back-to-form]').addEventListener('click', () => {
			this.showView('form');
			part<HTMLElement>(this.form, '[name="subject"]').focus();
		});
		// Back from an article through the browser's page cache: the page is as it was, but the
		// draft may have changed in another tab; the storage is the reference.
		window.addEventListener('pageshow', (event) => {
			if (event.persisted && this.storage && !this.sending && !this.form.hidden) {
				this.draft = loadDraft(this.storage, newKey);
				this.writeForm(this.draft.values);
			}
		});
	}

	// ---- form values -------------------------------------------------------------------------

	private controls(name: FieldName): (HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[] {
		return [...this.form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`)];
	}

	private readForm(): DraftValues {
		const values = {} as DraftValues;
		for (const name of FIELD_NAMES) {
			const controls = this.controls(name);
			const radios = controls.filter((control): control is HTMLInputElement => control instanceof HTMLInputElement && control.type === 'radio');
			values[name] = radios.length ? (radios.find((radio) => radio.checked)?.value ?? '') : (controls[0]?.value ?? '');
		}
		return values;
	}

	private writeForm(values: DraftValues): void {
		for (const name of FIELD_NAMES) {
			if (name === 'module') continue;
			for (const control of this.controls(name)) {
				if (control instanceof HTMLInputElement && control.type === 'radio') control.checked = control.value === values[name] && values[name] !== '';
				else control.value = values[name];
			}
		}
		this.fillModules(values.product, values.module);
	}

	/** The module list follows the product: only the chosen product's modules are offered. */
	private fillModules(product: string, selected: string): void {
		const modules = modulesOf(this.catalog, product);
		const placeholder = new Option(product ? 'Escolha o módulo' : 'Escolha primeiro o produto', '');
		this.moduleSelect.replaceChildren(placeholder, ...modules.map((module) => new Option(module.name, module.id)));
		this.moduleSelect.value = modules.some((module) => module.id === selected) ? selected : '';
	}

	private onEdit(event: Event): void {
		const target = event.target as HTMLInputElement | null;
		if (target?.name === 'product') this.fillModules(target.value, this.moduleSelect.value);
		this.persist({ ...this.draft, values: this.readForm() });
		if (target?.name === 'subject') this.query.update(target.value);
		this.recheckShownErrors();
	}

	/** Saves the draft; says once when the browser refuses to keep it. */
	private persist(draft: Draft): void {
		this.draft = draft;
		if (!saveDraft(this.storage, draft) && !this.storageWarned) {
			this.storageWarned = true;
			this.say('Este navegador não permite salvar o rascunho: não feche nem recarregue a página antes de enviar.', 'info');
		}
	}

	/** Fields already marked wrong are checked again as the customer fixes them. */
	private recheckShownErrors(): void {
		const shown = fieldsInError(this.form);
		if (shown.length === 0) return;
		const check = checkTicket(buildTicketPayload(this.draft.values, this.draft.deflection), this.catalog);
		const grouped = groupFieldErrors(check.ok ? [] : check.fields);
		for (const name of shown) setFieldError(this.form, name, grouped.byField.get(name) ?? []);
		if (fieldsInError(this.form).length === 0) this.summary.hidden = true;
	}

	// ---- suggestions ---------------------------------------------------------------------------

	private showSuggestions(results: Suggestion[], text: string): void {
		// An emptied subject gives the panel's space back; while typing it keeps its place.
		if (text.length < SUGGEST_MIN_CHARS) this.panel.clear();
		else this.panel.show(results);
		// Which subject the shown list answers (empty list included): what the suggestion evaluation waits for.
		this.dataset.suggestionsFor = text;
		if (results.length) this.persist(withSuggested(this.draft, results.map((result) => result.id)));
	}

	private async resolved(suggestion: Suggestion): Promise<void> {
		const subject = this.draft.values.subject.trim() || suggestion.title;
		part<HTMLElement>(this.thanks, '[data-thanks-article]').textContent = suggestion.title;
		this.showView('thanks');
		part<HTMLElement>(this.thanks, 'h2').focus();
		// Best effort: the customer is thanked whether or not the record goes through.
		await recordDeflection({ api: API, subject, article: suggestion.id });
	}

	// ---- sending -------------------------------------------------------------------------------

	private async send(): Promise<void> {
		if (this.sending) return;
		const values = this.readForm();
		// Nothing changed since a failed attempt: the very same body goes again with the same key.
		let body = bodyToResend(this.draft, values);
		if (body === undefined) {
			const check = checkTicket(buildTicketPayload(values, this.draft.deflection), this.catalog);
			if (!check.ok) {
				this.persist({ ...this.draft, values });
				this.showFieldErrors(check.fields, outcomeMessage({ kind: 'invalid', message: '', fields: check.fields }));
				return;
			}
			body = ticketBody(check.ticket);
		}
		this.persist(withSent(this.draft, values, body));
		clearErrors(this.form, this.summary);
		this.retryRow.hidden = true;
		this.setSending(true);
		this.say('Enviando o ticket…', 'info');
		const outcome = await submitTicket({ api: API, body, idempotencyKey: this.draft.idempotencyKey });
		this.setSending(false);
		this.handle(outcome);
	}

	private handle(outcome: SubmitOutcome): void {
		if (outcome.kind === 'created') {
			this.succeeded(outcome.receipt);
			return;
		}
		if (outcome.kind === 'invalid' || outcome.kind === 'rejected') {
			// Refused as it was: nothing was stored with the key, and the body must change.
			this.persist(withoutSent(this.draft));
		}
		if (outcome.kind === 'invalid' && outcome.fields.length) {
			this.showFieldErrors(outcome.fields, outcomeMessage(outcome));
			return;
		}
		if (outcome.kind === 'conflict') {
			// The key already holds another version of this draft: the next send is a new ticket.
			this.persist(withNewKey(this.draft, newKey));
		}
		this.say(outcomeMessage(outcome), 'error');
		const retry = isRetryable(outcome);
		this.retryRow.hidden = !retry;
		if (retry) part<HTMLButtonElement>(this.retryRow, '[data-retry]').focus();
		else this.submitButton.focus();
	}

	private showFieldErrors(fields: Parameters<typeof groupFieldErrors>[0], message: string): void {
		this.retryRow.hidden = true;
		const focus = showErrors(this.form, this.summary, groupFieldErrors(fields));
		this.say(message, 'error');
		focus?.focus();
	}

	private succeeded(receipt: TicketReceipt): void {
		const confirmation = { id: receipt.id, email: this.draft.values['requester.email'].trim() };
		this.resetDraft();
		saveConfirmation(this.storage, confirmation);
		this.say('', 'info');
		this.showConfirmation(confirmation, trackingUrl(API, receipt.trackingPath, window.location.href));
		part<HTMLElement>(this.confirmation, 'h2').focus();
	}

	/** The private link is shown only right after sending (it is not kept in the browser; the e-mail has it). */
	private showConfirmation({ id, email }: SavedConfirmation, tracking?: string): void {
		for (const holder of this.confirmation.querySelectorAll('[data-ticket-id]')) holder.textContent = id;
		for (const holder of this.confirmation.querySelectorAll('[data-ticket-email]')) holder.textContent = email;
		const row = part<HTMLElement>(this.confirmation, '[data-tracking]');
		row.hidden = !tracking;
		part<HTMLAnchorElement>(row, 'a').href = tracking ?? '#';
		this.showView('confirmation');
	}

	private setSending(sending: boolean): void {
		this.sending = sending;
		this.submitButton.disabled = sending;
		this.submitButton.setAttribute('aria-busy', String(sending));
		part<HTMLButtonElement>(this.retryRow, '[data-retry]').disabled = sending;
		this.form.setAttribute('aria-busy', String(sending));
		const label = part<HTMLElement>(this.submitButton, '[data-submit-label]');
		label.textContent = sending ? 'Enviando…' : 'Abrir ticket';
	}

	// ---- views and messages --------------------------------------------------------------------

	private showView(view: 'form' | 'confirmation' | 'thanks'): void {
		this.form.hidden = view !== 'form';
		this.confirmation.hidden = view !== 'confirmation';
		this.thanks.hidden = view !== 'thanks';
		if (view !== 'form') this.status.textContent = '';
	}

	/** A new, empty draft with a new key: the stored one, the fields, suggestions and messages go. */
	private resetDraft(): void {
		clearDraft(this.storage);
		this.query.cancel();
		this.panel.clear();
		this.draft = newDraft(newKey);
		this.form.reset();
		this.writeForm(this.draft.values);
		clearErrors(this.form, this.summary);
		this.restoredNote.hidden = true;
		this.retryRow.hidden = true;
	}

	/** Clears the form and the draft (after a suggestion solved the problem, or on request). */
	private startOver(): void {
		clearConfirmation(this.storage);
		this.resetDraft();
		this.showView('form');
		part<HTMLElement>(this.form, '[name="subject"]').focus();
		this.say('Formulário limpo.', 'info');
	}

	private say(message: string, tone: Tone): void {
		this.status.textContent = message;
		this.status.dataset.tone = tone;
	}
}

if (!customElements.get('ticket-intake')) customElements.define('ticket-intake', TicketIntake);

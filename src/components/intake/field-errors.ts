/**
 * Shows rule messages next to their fields (the page's own check and the API's 422 alike):
 * `aria-invalid`, the message joined to `aria-describedby`, and an error summary that links to
 * each field. The grouping of messages by field is pure and tested on its own.
 */
import type { FieldError } from '../../schemas/ticket';
import { FIELD_NAMES, type FieldName } from './draft-store';

export interface GroupedErrors {
	/** Messages per form field, in form order. */
	byField: Map<FieldName, string[]>;
	/** Messages that belong to no field the customer can change (deflection trail, unknown keys). */
	general: string[];
}

function isFieldName(path: string): path is FieldName {
	return (FIELD_NAMES as readonly string[]).includes(path);
}

/** Groups messages by form field; the same message for the same field appears once. */
export function groupFieldErrors(fields: readonly FieldError[]): GroupedErrors {
	const found = new Map<FieldName, string[]>();
	const general: string[] = [];
	for (const { path, message } of fields) {
		if (isFieldName(path)) {
			const list = found.get(path) ?? [];
			if (!list.includes(message)) list.push(message);
			found.set(path, list);
		} else if (!general.includes(message)) {
			general.push(message);
		}
	}
	const byField = new Map<FieldName, string[]>();
	for (const name of FIELD_NAMES) {
		const messages = found.get(name);
		if (messages) byField.set(name, messages);
	}
	return { byField, general };
}

/** The id of a field's control (the first radio of a group): `ticket-requester-email`. */
export function controlId(name: FieldName): string {
	return `ticket-${name.replace(/\./g, '-')}`;
}

export function errorId(name: FieldName): string {
	return `${controlId(name)}-erro`;
}

function controlsOf(form: HTMLFormElement, name: FieldName): HTMLElement[] {
	return [...form.querySelectorAll<HTMLElement>(`[name="${name}"]`)];
}

function setDescribedBy(control: HTMLElement, id: string, present: boolean): void {
	const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((entry) => entry && entry !== id);
	if (present) ids.unshift(id);
	if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
	else control.removeAttribute('aria-describedby');
}

/** Marks one field as wrong (messages) or right again (no messages). */
export function setFieldError(form: HTMLFormElement, name: FieldName, messages: readonly string[]): void {
	const holder = form.querySelector<HTMLElement>(`#${errorId(name)}`);
	const wrong = messages.length > 0;
	if (holder) {
		holder.textContent = messages.join(' ');
		holder.hidden = !wrong;
	}
	for (const control of controlsOf(form, name)) {
		if (wrong) control.setAttribute('aria-invalid', 'true');
		else control.removeAttribute('aria-invalid');
		setDescribedBy(control, errorId(name), wrong);
	}
	form.querySelector(`[data-field="${name}"]`)?.classList.toggle('has-error', wrong);
}

/** Field names currently shown as wrong. */
export function fieldsInError(form: HTMLFormElement): FieldName[] {
	return FIELD_NAMES.filter((name) => form.querySelector(`#${errorId(name)}:not([hidden])`));
}

/** The label people read for a field (its <label> or <legend>), for the error summary. */
function fieldLabel(form: HTMLFormElement, name: FieldName): string {
	const holder = form.querySelector<HTMLElement>(`[data-field="${name}"]`);
	if (holder?.dataset.summaryLabel) return holder.dataset.summaryLabel;
	const label = holder?.querySelector('[data-field-label]') ?? holder?.querySelector('label, legend');
	return (label?.textContent ?? name).replace(/\*/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Shows every message: next to its field and in the summary. Returns the control to focus (the
 * first wrong field in form order), or the summary itself when only general messages remain.
 */
export function showErrors(form: HTMLFormElement, summary: HTMLElement, grouped: GroupedErrors): HTMLElement | null {
	for (const name of FIELD_NAMES) setFieldError(form, name, grouped.byField.get(name) ?? []);
	const list = summary.querySelector('ul');
	if (list) {
		list.replaceChildren();
		for (const [name, messages] of grouped.byField) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = `#${controlId(name)}`;
			link.textContent = `${fieldLabel(form, name)}: ${messages.join(' ')}`;
			link.addEventListener('click', (event) => {
				event.preventDefault();
				document.getElementById(controlId(name))?.focus();
			});
			item.append(link);
			list.append(item);
		}
		for (const message of grouped.general) {
			const item = document.createElement('li');
			item.textContent = message;
			list.append(item);
		}
	}
	const count = grouped.byField.size + grouped.general.length;
	summary.hidden = count === 0;
	const first = grouped.byField.keys().next();
	if (!first.done) return document.getElementById(controlId(first.value));
	return count > 0 ? summary : null;
}

export function clearErrors(form: HTMLFormElement, summary: HTMLElement): void {
	showErrors(form, summary, { byField: new Map(), general: [] });
}

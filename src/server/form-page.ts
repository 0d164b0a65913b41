/**
 * The pages the ticket service renders for the plain HTML form (no JavaScript): the form again,
 * refilled with every value typed and each error next to its field, and the confirmation with
 * the ticket number. Same words, ids and classes as the intake page (IntakeForm.astro), so it
 * reads and looks the same. All text goes through `markup`, which escapes it.
 */
import { HOW_TO_FOLLOW, HOW_TO_REPLY, MY_TICKETS_LABEL, MY_TICKETS_PATH, NEW_LINK_AFTER, NEW_LINK_BEFORE, REPLIES_GO_TO } from '../components/intake/confirmation-text';
import type { DraftValues, FieldName } from '../components/intake/draft-store';
import { controlId, errorId, type GroupedErrors } from '../components/intake/field-errors';
import { FORM_KEY_FIELD } from '../components/intake/form-post';
import { CHOICES, FIELD_TEXT, FORM_TITLE, REQUESTER_LEGEND } from '../components/intake/form-text';
import type { IntakeCatalog } from '../components/intake/payload';
import { PRIVACY_LINK_TEXT, PRIVACY_URL, privacyNote } from '../components/intake/privacy-note';
import { TICKET_LIMITS } from '../schemas/ticket';
import { type Markup, markup } from './markup';
import type { PageShell } from './page-shell';

export interface FormPageInput {
	/** Where the form posts again (the route that answered). */
	action: string;
	/** TICKET_API_RETENTION_DAYS, for the privacy note next to the submit button. */
	retentionDays?: number;
	/** The idempotency key to post again with. */
	formKey: string;
	values: DraftValues;
	errors: GroupedErrors;
	/** A sentence above the summary (e.g. why the post was refused as a whole). */
	notice?: string;
}

const hintId = (name: FieldName) => `${controlId(name)}-dica`;

function describedBy(name: FieldName, errors: GroupedErrors): string | undefined {
	const ids = [errors.byField.has(name) ? errorId(name) : '', FIELD_TEXT[name].hint ? hintId(name) : ''].filter(Boolean);
	return ids.length ? ids.join(' ') : undefined;
}

function labelMarks(name: FieldName): Markup {
	return FIELD_TEXT[name].required
		? markup`<span class="required-mark" aria-hidden="true"> *</span>`
		: markup`<span class="optional-mark"> (opcional)</span>`;
}

function hintAndError(name: FieldName, errors: GroupedErrors): Markup {
	const { hint } = FIELD_TEXT[name];
	const messages = errors.byField.get(name);
	return markup`${hint ? markup`<p class="field-hint" id="${hintId(name)}">${hint}</p>` : ''}${
		messages ? markup`<p class="field-error" id="${errorId(name)}">${messages.join(' ')}</p>` : ''
	}`;
}

/** The attributes every control shares: id, name, described-by and the invalid mark. */
function controlAttributes(name: FieldName, errors: GroupedErrors): Markup {
	const described = describedBy(name, errors);
	return markup`id="${controlId(name)}" name="${name}"${described ? markup` aria-describedby="${described}"` : ''}${
		errors.byField.has(name) ? markup` aria-invalid="true"` : ''
	}`;
}

function field(name: FieldName, errors: GroupedErrors, control: Markup): Markup {
	return markup`<div class="field${errors.byField.has(name) ? ' has-error' : ''}" data-field="${name}">
	<label for="${controlId(name)}">${FIELD_TEXT[name].label}${labelMarks(name)}</label>
	${hintAndError(name, errors)}
	${control}
</div>`;
}

function textInput(name: FieldName, input: FormPageInput, type = 'text', extra: Markup = markup``): Markup {
	return field(
		name,
		input.errors,
		markup`<input type="${type}" ${controlAttributes(name, input.errors)} value="${input.values[name]}"${extra} />`,
	);
}

function option(value: string, label: string, selected: string): Markup {
	return markup`<option value="${value}"${value === selected ? ' selected' : ''}>${label}</option>`;
}

function choiceField(name: 'environment' | 'remoteAccess', input: FormPageInput): Markup {
	const text = FIELD_TEXT[name];
	const wrong = input.errors.byField.has(name);
	return markup`<fieldset class="field choice-field${wrong ? ' has-error' : ''}" data-field="${name}"${
		text.hint ? markup` aria-describedby="${hintId(name)}"` : ''
	}>
	<legend>${text.label}${labelMarks(name)}</legend>
	${hintAndError(name, input.errors)}
	<div class="choices">${CHOICES[name].map(
		(choice, index) => markup`<label class="choice"><input type="radio" name="${name}" value="${choice.value}" id="${
			index === 0 ? controlId(name) : `${controlId(name)}-${choice.value}`
		}"${choice.value === input.values[name] ? ' checked' : ''}${
			wrong ? markup` aria-invalid="true" aria-describedby="${errorId(name)}"` : ''
		} /> <span>${choice.label}</span></label>`,
	)}</div>
</fieldset>`;
}

function errorSummary(errors: GroupedErrors): Markup {
	return markup`<div class="error-summary" tabindex="-1" autofocus aria-labelledby="resumo-erros-titulo">
	<h3 id="resumo-erros-titulo">Confira os campos abaixo</h3>
	<ul>${[...errors.byField].map(
		([name, messages]) =>
			markup`<li><a href="#${controlId(name)}">${FIELD_TEXT[name].summaryLabel ?? FIELD_TEXT[name].label}: ${messages.join(' ')}</a></li>`,
	)}${errors.general.map((message) => markup`<li>${message}</li>`)}</ul>
</div>`;
}

function countSentence(errors: GroupedErrors): string {
	const count = errors.byField.size + errors.general.length;
	return count === 1 ? 'Um campo precisa de correção' : `${count} campos precisam de correção`;
}

/** The form again, as the customer left it, with every error: nothing typed is lost. */
export function formPage(shell: PageShell, catalog: IntakeCatalog, input: FormPageInput): Markup {
	const { values, errors } = input;
	const modules = catalog.products.map((product) => ({
		product,
		modules: catalog.modules.filter((module) => module.product === product.id),
	}));
	const content = markup`<nav class="breadcrumbs" aria-label="Trilha de navegação"><ol><li><a href="/">Início</a></li><li><a href="/abrir-ticket/">Abrir ticket</a></li><li><span aria-current="page">Corrigir o ticket</span></li></ol></nav>
<h1>Corrija o ticket antes de enviar</h1>
<p class="lead">${input.notice ?? `${countSentence(errors)}. O ticket ainda não foi aberto.`} Tudo o que você escreveu está abaixo: corrija o que está indicado e envie de novo.</p>
<form class="intake-form" method="post" action="${input.action}" novalidate aria-labelledby="formulario-titulo">
<h2 id="formulario-titulo" class="visually-hidden">${FORM_TITLE}</h2>
<input type="hidden" name="${FORM_KEY_FIELD}" value="${input.formKey}" />
${errors.byField.size + errors.general.length > 0 ? errorSummary(errors) : ''}
${field(
	'subject',
	errors,
	markup`<input type="text" ${controlAttributes('subject', errors)} value="${values.subject}" maxlength="${TICKET_LIMITS.subject.max}" autocomplete="off" spellcheck="true" />`,
)}
${field(
	'description',
	errors,
	markup`<textarea ${controlAttributes('description', errors)} rows="8" maxlength="${TICKET_LIMITS.description.max}">\n${values.description}</textarea>`,
)}
<div class="field-row">
${field(
	'product',
	errors,
	markup`<select ${controlAttributes('product', errors)}>${option('', 'Escolha o produto', values.product)}${catalog.products.map((product) =>
		option(product.id, product.name, values.product),
	)}</select>`,
)}
${field(
	'module',
	errors,
	markup`<select ${controlAttributes('module', errors)}>${option('', 'Escolha o módulo', values.module)}${modules.map(
		(group) =>
			markup`<optgroup label="${group.product.name}">${group.modules.map((module) => option(module.id, module.name, values.module))}</optgroup>`,
	)}</select>`,
)}
</div>
<div class="field-row">
${textInput('routine', input, 'text', markup` maxlength="${TICKET_LIMITS.routine.max}" autocomplete="off"`)}
${textInput('version', input, 'text', markup` maxlength="${TICKET_LIMITS.version.max}" inputmode="decimal" autocomplete="off" spellcheck="false"`)}
</div>
${choiceField('environment', input)}
<fieldset class="group">
<legend>${REQUESTER_LEGEND}</legend>
<div class="field-row">
${textInput('requester.name', input, 'text', markup` maxlength="${TICKET_LIMITS.requesterName.max}" autocomplete="name"`)}
${textInput('requester.email', input, 'email', markup` maxlength="${TICKET_LIMITS.email.max}" autocomplete="email" spellcheck="false"`)}
</div>
<div class="field-row">
${textInput('requester.company', input, 'text', markup` maxlength="${TICKET_LIMITS.requesterCompany.max}" autocomplete="organization"`)}
${textInput('requester.phone', input, 'tel', markup` maxlength="${TICKET_LIMITS.phone.max}" autocomplete="tel" inputmode="tel"`)}
</div>
</fieldset>
${choiceField('remoteAccess', input)}
<p class="privacy-note">${privacyNote(input.retentionDays)} <a href="${PRIVACY_URL}">${PRIVACY_LINK_TEXT}</a>.</p>
<p class="form-actions"><button type="submit" class="button">Abrir ticket</button></p>
</form>`;
	return shell('Corrija o ticket', content);
}

/** The confirmation after a form post: the number, where replies arrive, how to follow and reply. */
export function confirmationPage(shell: PageShell, ticket: { id: string; email: string; trackingPath?: string }): Markup {
	const content = markup`<nav class="breadcrumbs" aria-label="Trilha de navegação"><ol><li><a href="/">Início</a></li><li><a href="/abrir-ticket/">Abrir ticket</a></li><li><span aria-current="page">Ticket aberto</span></li></ol></nav>
<h1>Ticket aberto: ${ticket.id}</h1>
<p>Recebemos o seu ticket número <strong>${ticket.id}</strong>, com o status <strong>Novo</strong>. Guarde este número: é com ele que você acompanha o atendimento.</p>
<p>${REPLIES_GO_TO} <strong>${ticket.email}</strong>.</p>
${ticket.trackingPath ? markup`<p><a href="${ticket.trackingPath}">Acompanhar este ticket</a>: o seu link privado para ver o status, o histórico e responder (também enviado por e-mail; não o repasse).</p>` : ''}
<p>${HOW_TO_FOLLOW}</p>
<p>${NEW_LINK_BEFORE} <a href="${MY_TICKETS_PATH}">${MY_TICKETS_LABEL}</a>${NEW_LINK_AFTER}</p>
<p>${HOW_TO_REPLY}</p>
<p>Os prazos de cada status estão em <a href="/suporte/status-e-prazos/">Status e prazos do ticket</a>.</p>
<p><a class="button secondary" href="/abrir-ticket/">Abrir outro ticket</a></p>`;
	return shell(`Ticket ${ticket.id} aberto`, content);
}

/** A short page for a post the service cannot take at all (wrong format, too large, unknown confirmation). */
export function messagePage(shell: PageShell, title: string, message: string): Markup {
	return shell(
		title,
		markup`<h1>${title}</h1>
<p>${message}</p>
<p><a class="button secondary" href="/abrir-ticket/">Voltar para Abrir ticket</a></p>`,
	);
}

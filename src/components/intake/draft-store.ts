/**
 * The ticket draft kept in the browser (localStorage) while the customer writes it: every field
 * as typed, the Idempotency-Key made once for this draft, and the suggested and opened articles.
 * Nothing here touches the DOM; the storage is passed in so tests can use a map.
 */

/** Form control names, as the ticket API names the fields (dotted paths). */
export const FIELD_NAMES = [
	'subject',
	'description',
	'product',
	'module',
	'routine',
	'version',
	'environment',
	'requester.name',
	'requester.email',
	'requester.company',
	'requester.phone',
	'remoteAccess',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

/** Every field as the form holds it: text. Radios hold their value or "" when none is chosen. */
export type DraftValues = Record<FieldName, string>;

/** The suggested articles shown for this draft and the ones the customer opened (FAQ ids). */
export interface DeflectionTrail {
	suggested: string[];
	opened: string[];
}

/** The body last sent with the draft's key, and the values it was built from. */
export interface SentAttempt {
	values: DraftValues;
	body: string;
}

export interface Draft {
	values: DraftValues;
	/** Sent as `Idempotency-Key`: the same for every attempt of this draft, so retries never duplicate. */
	idempotencyKey: string;
	deflection: DeflectionTrail;
	/**
	 * The last attempt whose answer did not open the ticket (failure, lost answer). A retry with
	 * the same values resends this very body: the trail may have grown meanwhile (a late
	 * suggestion), and the same key with another body would be refused as a conflict.
	 */
	sent?: SentAttempt;
}

/** The subset of the Web Storage API the draft needs (localStorage, or a map in tests). */
export interface DraftStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export const DRAFT_STORAGE_KEY = 'central-de-ajuda:abrir-ticket:rascunho';
const DRAFT_FORMAT = 1;
/** Ids kept in the trail, so a long session cannot grow the ticket body without bound. */
export const MAX_TRAIL_IDS = 50;
/** A draft untouched this long is dropped: it holds personal data (see /suporte/privacidade/). */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export function emptyValues(): DraftValues {
	return Object.fromEntries(FIELD_NAMES.map((name) => [name, ''])) as DraftValues;
}

export function newDraft(newKey: () => string): Draft {
	return { values: emptyValues(), idempotencyKey: newKey(), deflection: { suggested: [], opened: [] } };
}

function stringList(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, MAX_TRAIL_IDS) : [];
}

/**
 * The saved draft, or a new one when there is none or it cannot be read (another format, a
 * broken value, storage blocked by the browser). Unknown fields are ignored, missing ones empty.
 */
export function loadDraft(storage: DraftStorage | undefined, newKey: () => string, now: () => number = Date.now): Draft {
	let raw: string | null = null;
	try {
		raw = storage?.getItem(DRAFT_STORAGE_KEY) ?? null;
	} catch {
		raw = null;
	}
	if (!raw) return newDraft(newKey);
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return newDraft(newKey);
	}
	if (typeof data !== 'object' || data === null) return newDraft(newKey);
	const saved = data as { format?: unknown; values?: unknown; idempotencyKey?: unknown; deflection?: unknown; savedAt?: unknown };
	if (saved.format !== DRAFT_FORMAT) return newDraft(newKey);
	if (typeof saved.savedAt === 'number' && now() - saved.savedAt > DRAFT_MAX_AGE_MS) {
		clearDraft(storage);
		return newDraft(newKey);
	}

	const values = emptyValues();
	if (typeof saved.values === 'object' && saved.values !== null) {
		for (const name of FIELD_NAMES) {
			const value = (saved.values as Record<string, unknown>)[name];
			if (typeof value === 'string') values[name] = value;
		}
	}
	const trail = (typeof saved.deflection === 'object' && saved.deflection !== null ? saved.deflection : {}) as Record<string, unknown>;
	const key = typeof saved.idempotencyKey === 'string' && saved.idempotencyKey ? saved.idempotencyKey : newKey();
	const draft: Draft = { values, idempotencyKey: key, deflection: { suggested: stringList(trail.suggested), opened: stringList(trail.opened) } };
	const sent = readSent(saved as { sent?: unknown });
	return sent ? { ...draft, sent } : draft;
}

function readSent({ sent }: { sent?: unknown }): SentAttempt | undefined {
	if (typeof sent !== 'object' || sent === null) return undefined;
	const { values, body } = sent as { values?: unknown; body?: unknown };
	if (typeof body !== 'string' || typeof values !== 'object' || values === null) return undefined;
	const read = emptyValues();
	for (const name of FIELD_NAMES) {
		const value = (values as Record<string, unknown>)[name];
		if (typeof value !== 'string') return undefined;
		read[name] = value;
	}
	return { values: read, body };
}

/** Saves the draft; false when the browser refuses (quota, private mode), so the page can say so. */
export function saveDraft(storage: DraftStorage | undefined, draft: Draft, now: () => number = Date.now): boolean {
	if (!storage) return false;
	try {
		storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ format: DRAFT_FORMAT, savedAt: now(), ...draft }));
		return true;
	} catch {
		return false;
	}
}

export function clearDraft(storage: DraftStorage | undefined): void {
	try {
		storage?.removeItem(DRAFT_STORAGE_KEY);
	} catch {
		// Nothing to do: a storage that cannot be read holds no draft either.
	}
}

export function sameValues(a: DraftValues, b: DraftValues): boolean {
	return FIELD_NAMES.every((name) => a[name] === b[name]);
}

/** The body to send again: the last attempt's, when the customer changed nothing since. */
export function bodyToResend(draft: Draft, values: DraftValues): string | undefined {
	return draft.sent && sameValues(draft.sent.values, values) ? draft.sent.body : undefined;
}

/** Remembers what is about to be sent with the draft's key. */
export function withSent(draft: Draft, values: DraftValues, body: string): Draft {
	return { ...draft, values, sent: { values, body } };
}

/** A new key for the next send (after a conflict): nothing has been sent with it yet. */
export function withNewKey(draft: Draft, newKey: () => string): Draft {
	const { sent: _sent, ...rest } = draft;
	return { ...rest, idempotencyKey: newKey() };
}

/** Forgets the last attempt (the API refused it: nothing was stored with the key). */
export function withoutSent(draft: Draft): Draft {
	const { sent: _sent, ...rest } = draft;
	return rest;
}

/** True when the customer has typed or chosen anything. */
export function hasContent(values: DraftValues): boolean {
	return FIELD_NAMES.some((name) => values[name].trim() !== '');
}

function appendUnique(list: readonly string[], ids: readonly string[]): string[] {
	const next = [...list];
	for (const id of ids) if (id && !next.includes(id)) next.push(id);
	return next.slice(0, MAX_TRAIL_IDS);
}

/** Remembers the articles just shown (in the order shown, each once). */
export function withSuggested(draft: Draft, ids: readonly string[]): Draft {
	return { ...draft, deflection: { ...draft.deflection, suggested: appendUnique(draft.deflection.suggested, ids) } };
}

/** Remembers an article the customer opened; it counts as suggested too. */
export function withOpened(draft: Draft, id: string): Draft {
	return {
		...draft,
		deflection: { suggested: appendUnique(draft.deflection.suggested, [id]), opened: appendUnique(draft.deflection.opened, [id]) },
	};
}

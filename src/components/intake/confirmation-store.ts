/**
 * The last confirmation (ticket number and the e-mail where replies arrive), kept in the browser
 * so that a reload still shows it until the customer starts a new ticket. Same storage as the
 * draft (draft-store.ts); nothing here touches the DOM.
 */
import type { DraftStorage } from './draft-store';

export interface SavedConfirmation {
	id: string;
	email: string;
}

export const CONFIRMATION_STORAGE_KEY = 'central-de-ajuda:abrir-ticket:confirmacao';

/** Remembers the confirmation; false when the browser refuses (it then lasts until a reload). */
export function saveConfirmation(storage: DraftStorage | undefined, confirmation: SavedConfirmation): boolean {
	if (!storage) return false;
	try {
		storage.setItem(CONFIRMATION_STORAGE_KEY, JSON.stringify(confirmation));
		return true;
	} catch {
		return false;
	}
}

/** The saved confirmation, or undefined when there is none or it cannot be read. */
export function loadConfirmation(storage: DraftStorage | undefined): SavedConfirmation | undefined {
	try {
		const raw = storage?.getItem(CONFIRMATION_STORAGE_KEY);
		if (!raw) return undefined;
		const data = JSON.parse(raw) as Partial<Record<keyof SavedConfirmation, unknown>>;
		if (typeof data.id !== 'string' || !data.id || typeof data.email !== 'string') return undefined;
		return { id: data.id, email: data.email };
	} catch {
		return undefined;
	}
}

export function clearConfirmation(storage: DraftStorage | undefined): void {
	try {
		storage?.removeItem(CONFIRMATION_STORAGE_KEY);
	} catch {
		// A storage that cannot be read holds no confirmation either.
	}
}

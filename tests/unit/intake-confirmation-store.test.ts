import { describe, expect, it } from 'vitest';
import {
	CONFIRMATION_STORAGE_KEY,
	clearConfirmation,
	loadConfirmation,
	saveConfirmation,
} from '../../src/components/intake/confirmation-store';
import type { DraftStorage } from '../../src/components/intake/draft-store';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key),
	};
}

describe('confirmation kept in the browser', () => {
	it('is read back until cleared', () => {
		const storage = memoryStorage();
		expect(saveConfirmation(storage, { id: 'LC-000042', email: 'ana@mercado.com.br' })).toBe(true);
		expect(loadConfirmation(storage)).toEqual({ id: 'LC-000042', email: 'ana@mercado.com.br' });
		clearConfirmation(storage);
		expect(loadConfirmation(storage)).toBeUndefined();
	});

	it('ignores a broken value and works without storage', () => {
		const storage = memoryStorage();
		storage.setItem(CONFIRMATION_STORAGE_KEY, '{"id": 42}');
		expect(loadConfirmation(storage)).toBeUndefined();
		storage.setItem(CONFIRMATION_STORAGE_KEY, 'não é JSON');
		expect(loadConfirmation(storage)).toBeUndefined();
		expect(saveConfirmation(undefined, { id: 'LC-000001', email: 'a@b.com' })).toBe(false);
		expect(loadConfirmation(undefined)).toBeUndefined();
	});

	it('says so when the browser refuses to keep it', () => {
		const storage = memoryStorage();
		storage.setItem = () => {
			throw new Error('QuotaExceededError');
		};
		expect(saveConfirmation(storage, { id: 'LC-000001', email: 'a@b.com' })).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import {
	clearDraft,
	DRAFT_STORAGE_KEY,
	type DraftStorage,
	emptyValues,
	hasContent,
	loadDraft,
	MAX_TRAIL_IDS,
	newDraft,
	saveDraft,
	bodyToResend,
	withNewKey,
	withOpened,
	withoutSent,
	withSent,
	withSuggested,
} from '../../src/components/intake/draft-store';

function memoryStorage(initial: Record<string, string> = {}): DraftStorage & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key) => data.get(key) ?? null,
		setItem: (key, value) => void data.set(key, value),
		removeItem: (key) => void data.delete(key),
	};
}

function keys(...list: string[]): () => string {
	let index = 0;
	return () => list[index++] ?? `chave-${index}`;
}

describe('intake draft store', () => {
	it('starts an empty draft with a fresh key when nothing is saved', () => {
		const draft = loadDraft(memoryStorage(), keys('k1'));
		expect(draft).toEqual({ values: emptyValues(), idempotencyKey: 'k1', deflection: { suggested: [], opened: [] } });
		expect(hasContent(draft.values)).toBe(false);
	});

	it('saves every field, the key and the trail, and restores them as they were', () => {
		const storage = memoryStorage();
		let draft = newDraft(keys('k1'));
		draft = { ...draft, values: { ...draft.values, subject: 'Rejeição 204', 'requester.email': 'a@b.com.br', remoteAccess: 'nao' } };
		draft = withOpened(withSuggested(draft, ['fiscal/a', 'fiscal/b']), 'fiscal/b');
		expect(saveDraft(storage, draft)).toBe(true);
		const restored = loadDraft(storage, keys('outra'));
		expect(restored).toEqual(draft);
		expect(restored.idempotencyKey).toBe('k1');
		expect(hasContent(restored.values)).toBe(true);
	});

	it('drops a draft left untouched for more than 7 days, and keeps a younger one', () => {
		const day = 24 * 60 * 60 * 1000;
		const storage = memoryStorage();
		let draft = newDraft(keys('k1'));
		draft = { ...draft, values: { ...draft.values, subject: 'Rejeição 204', 'requester.email': 'a@b.com.br' } };
		const savedAt = 1_000 * day;
		expect(saveDraft(storage, draft, () => savedAt)).toBe(true);
		expect(loadDraft(storage, keys('k2'), () => savedAt + 7 * day).values.subject).toBe('Rejeição 204');
		const expired = loadDraft(storage, keys('k3'), () => savedAt + 7 * day + 1);
		expect(expired).toEqual(newDraft(keys('k3')));
		// The expired draft is gone from the browser, not merely hidden.
		expect(storage.data.has(DRAFT_STORAGE_KEY)).toBe(false);
	});

	it('keeps the same key across loads: one key per draft', () => {
		const storage = memoryStorage();
		saveDraft(storage, newDraft(keys('k1')));
		expect(loadDraft(storage, keys('k2')).idempotencyKey).toBe('k1');
		expect(loadDraft(storage, keys('k3')).idempotencyKey).toBe('k1');
	});

	it('starts over on a broken, foreign or older saved value', () => {
		for (const raw of ['{não é json', 'null', '"texto"', JSON.stringify({ format: 99, values: { subject: 'x' } })]) {
			const draft = loadDraft(memoryStorage({ [DRAFT_STORAGE_KEY]: raw }), keys('nova'));
			expect(draft.idempotencyKey).toBe('nova');
			expect(draft.values.subject).toBe('');
		}
	});

	it('ignores unknown and mistyped fields, fills missing ones and makes a key when it is missing', () => {
		const raw = JSON.stringify({ format: 1, values: { subject: 'Assunto', senha: 'x', version: 24 }, deflection: { suggested: ['fiscal/a', 3] } });
		const draft = loadDraft(memoryStorage({ [DRAFT_STORAGE_KEY]: raw }), keys('nova'));
		expect(draft.values.subject).toBe('Assunto');
		expect(draft.values.version).toBe('');
		expect(draft.values).not.toHaveProperty('senha');
		expect(draft.deflection).toEqual({ suggested: ['fiscal/a'], opened: [] });
		expect(draft.idempotencyKey).toBe('nova');
	});

	it('survives a storage that throws (private mode, quota) and says the draft was not saved', () => {
		const hostile: DraftStorage = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			},
		};
		expect(loadDraft(hostile, keys('k')).idempotencyKey).toBe('k');
		expect(saveDraft(hostile, newDraft(keys('k')))).toBe(false);
		expect(saveDraft(undefined, newDraft(keys('k')))).toBe(false);
		expect(() => clearDraft(hostile)).not.toThrow();
	});

	it('clears the saved draft', () => {
		const storage = memoryStorage();
		saveDraft(storage, newDraft(keys('k')));
		clearDraft(storage);
		expect(storage.data.has(DRAFT_STORAGE_KEY)).toBe(false);
	});

	it('remembers suggested ids once, in order, and an opened article counts as suggested', () => {
		let draft = newDraft(keys('k'));
		draft = withSuggested(draft, ['fiscal/a', 'fiscal/b']);
		draft = withSuggested(draft, ['fiscal/b', 'fiscal/c', '']);
		draft = withOpened(draft, 'fiscal/b');
		draft = withOpened(draft, 'fiscal/b');
		draft = withOpened(draft, 'estoque/d');
		expect(draft.deflection).toEqual({ suggested: ['fiscal/a', 'fiscal/b', 'fiscal/c', 'estoque/d'], opened: ['fiscal/b', 'estoque/d'] });
	});

	it('bounds the trail', () => {
		const ids = Array.from({ length: MAX_TRAIL_IDS + 10 }, (_, index) => `fiscal/artigo-${index}`);
		expect(withSuggested(newDraft(keys('k')), ids).deflection.suggested).toHaveLength(MAX_TRAIL_IDS);
	});

	it('a retry with unchanged values resends the very same body, even if the trail grew meanwhile', () => {
		const storage = memoryStorage();
		let draft = newDraft(keys('k1'));
		const values = { ...draft.values, subject: 'Rejeição 204 ao transmitir' };
		draft = withSent(draft, values, '{"subject":"Rejeição 204 ao transmitir"}');
		draft = withSuggested(draft, ['fiscal/chegou-depois']);
		saveDraft(storage, draft);
		const restored = loadDraft(storage, keys('k2'));
		expect(bodyToResend(restored, values)).toBe('{"subject":"Rejeição 204 ao transmitir"}');
		expect(bodyToResend(restored, { ...values, routine: 'FIS0210' })).toBeUndefined();
		expect(restored.idempotencyKey).toBe('k1');
	});

	it('a new key (after a conflict) or a refused body forgets the last attempt', () => {
		const values = { ...emptyValues(), subject: 'Assunto' };
		const sent = withSent(newDraft(keys('k1')), values, '{}');
		const renewed = withNewKey(sent, keys('k2'));
		expect(renewed.idempotencyKey).toBe('k2');
		expect(bodyToResend(renewed, values)).toBeUndefined();
		expect(renewed.values).toEqual(values);
		const refused = withoutSent(sent);
		expect(refused.idempotencyKey).toBe('k1');
		expect(bodyToResend(refused, values)).toBeUndefined();
	});

	it('ignores a broken saved attempt', () => {
		const raw = JSON.stringify({ format: 1, values: {}, idempotencyKey: 'k1', sent: { values: { subject: 1 }, body: '{}' } });
		expect(loadDraft(memoryStorage({ [DRAFT_STORAGE_KEY]: raw }), keys('k2')).sent).toBeUndefined();
	});
});

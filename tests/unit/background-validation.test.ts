import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearValidationOutcome, contentValidated, loadWhileValidating, shareValidationOutcome, validateInBackground } from '../../src/validation/background-validation';
import { validateContentDir } from '../../src/validation/validate';

afterEach(() => clearValidationOutcome());

describe('validateInBackground', () => {
	it('gives the very lines of validateContentDir, computed on a worker thread', async () => {
		const expected = validateContentDir('tests/fixtures/broken-corpus');
		expect(expected.length).toBeGreaterThan(3);
		expect(await validateInBackground('tests/fixtures/broken-corpus')).toEqual(expected);
	}, 30_000);

	it('gives no line for a valid corpus', async () => {
		expect(await validateInBackground('tests/fixtures/faq-corpus')).toEqual([]);
	}, 30_000);

	it('rejects with the reason when the worker cannot validate', async () => {
		await expect(validateInBackground('tests/fixtures/pasta-que-nao-existe')).rejects.toThrow(/não existe/);
	}, 30_000);
});

describe('the shared outcome the content loaders wait for', () => {
	it('lets the loaders through when there is none or the corpus is valid', async () => {
		await expect(contentValidated()).resolves.toBeUndefined();
		shareValidationOutcome(Promise.resolve());
		await expect(contentValidated()).resolves.toBeUndefined();
	});

	it('stops every loader that waits when the validation found problems', async () => {
		let fail: (error: Error) => void = () => undefined;
		shareValidationOutcome(new Promise<void>((_, reject) => (fail = reject)));
		const waiters = [contentValidated(), contentValidated()];
		fail(new Error('O conteúdo em x tem 2 problema(s)'));
		for (const waiter of waiters) await expect(waiter).rejects.toThrow('2 problema(s)');
	});
});

describe('loadWhileValidating', () => {
	function pendingValidation() {
		let settle = { pass: () => undefined as void, fail: (_error: Error) => undefined as void };
		shareValidationOutcome(new Promise<void>((resolve, reject) => (settle = { pass: resolve, fail: reject })));
		return settle;
	}

	it('loads at once, without waiting for the validation, and ends only with it', async () => {
		const validation = pendingValidation();
		let loaded = false;
		let ended = false;
		const loading = loadWhileValidating(async () => {
			loaded = true;
		}).then(() => (ended = true));
		await vi.waitFor(() => expect(loaded).toBe(true));
		expect(ended).toBe(false);
		validation.pass();
		await loading;
		expect(ended).toBe(true);
	});

	it("fails with the validation's error when the corpus has problems, even if the files loaded", async () => {
		const validation = pendingValidation();
		const loading = loadWhileValidating(async () => undefined);
		validation.fail(new Error('O conteúdo em x tem 1 problema(s)'));
		await expect(loading).rejects.toThrow('1 problema(s)');
	});

	it("puts the validation's error before Astro's when a broken entry stops the loader", async () => {
		const validation = pendingValidation();
		const loading = loadWhileValidating(async () => {
			throw new Error('InvalidContentEntryDataError');
		});
		validation.fail(new Error('O conteúdo em x tem 3 problema(s)'));
		await expect(loading).rejects.toThrow('3 problema(s)');
	});

	it("gives the loader's own error when the validation passed", async () => {
		shareValidationOutcome(Promise.resolve());
		await expect(
			loadWhileValidating(async () => {
				throw new Error('disco cheio');
			}),
		).rejects.toThrow('disco cheio');
	});
});

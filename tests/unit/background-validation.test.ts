import { afterEach, describe, expect, it } from 'vitest';
import { clearValidationOutcome, contentValidated, shareValidationOutcome, validateInBackground } from '../../src/validation/background-validation';
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

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_PAUSE_MS, MAX_SUGGESTIONS, MIN_PAUSE_MS, pauseFor, SUGGEST_DEBOUNCE_MS, SuggestionQuery } from '../../src/components/intake/suggestion-query';

interface Pending {
	text: string;
	signal?: AbortSignal;
	resolve: (results: string[]) => void;
	reject: (error: unknown) => void;
}

function harness(options: { searchAhead?: boolean; adaptivePause?: boolean; delayMs?: number } = {}) {
	const pending: Pending[] = [];
	const shown: { results: string[]; text: string }[] = [];
	const errors: unknown[] = [];
	// Like suggestArticles: a search whose signal aborts stops at its next step and rejects.
	const search = vi.fn(
		(text: string, { signal }: { limit: number; signal?: AbortSignal }) =>
			new Promise<string[]>((resolve, reject) => {
				pending.push({ text, signal, resolve, reject });
				signal?.addEventListener('abort', () => reject(signal.reason));
			}),
	);
	const query = new SuggestionQuery<string>({
		search,
		onResults: (results, text) => shown.push({ results, text }),
		onError: (error) => errors.push(error),
		...options,
	});
	return { pending, shown, errors, search, query };
}

/**
 * A text typed with searches ahead: the search ahead answers it with nothing during the pause,
 * and that answer is shown when the pause ends.
 */
async function answeredAhead(text: string) {
	const test = harness({ searchAhead: true });
	test.query.update(text);
	test.pending[0]!.resolve([]);
	vi.advanceTimersByTime(test.query.pause);
	await vi.runAllTicks();
	await Promise.resolve();
	expect(test.shown).toEqual([{ results: [], text }]);
	return test;
}

describe('intake suggestion query', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('waits for a pause in typing, then asks once for the latest text', async () => {
		const { query, search } = harness();
		query.update('Rej');
		vi.advanceTimersByTime(100);
		query.update('Rejei');
		vi.advanceTimersByTime(100);
		query.update('Rejeição 204');
		expect(search).not.toHaveBeenCalled();
		vi.advanceTimersByTime(query.pause);
		expect(search).toHaveBeenCalledTimes(1);
		expect(search).toHaveBeenCalledWith('Rejeição 204', { limit: MAX_SUGGESTIONS });
	});

	it('adapts the pause to the typing speed: a slow typist sees no list between keys', () => {
		const { query, search } = harness();
		const title = 'Maquininha do caixa 3 sem sinal';
		for (let length = 1; length <= title.length; length += 1) {
			query.update(title.slice(0, length));
			vi.advanceTimersByTime(200);
		}
		// 200 ms between keys (a phone): no query went out while typing.
		expect(search).not.toHaveBeenCalled();
		expect(query.pause).toBe(500);
		vi.advanceTimersByTime(query.pause);
		expect(search).toHaveBeenCalledTimes(1);
		expect(search).toHaveBeenCalledWith(title, { limit: MAX_SUGGESTIONS });
	});

	it('with a fixed pause (the header search) a slow typist sees the results at each pause of that length', () => {
		const { query, search } = harness({ adaptivePause: false, delayMs: 100 });
		for (const text of ['pin', 'pinp', 'pinpa', 'pinpad']) {
			query.update(text);
			vi.advanceTimersByTime(200);
		}
		expect(query.pause).toBe(100);
		// Every key was followed by 200 ms: each text was asked when its pause ended.
		expect(search.mock.calls.map(([text]) => text)).toEqual(['pin', 'pinp', 'pinpa', 'pinpad']);
	});

	it('answers a fast typist sooner than the first-key pause', () => {
		const { query, search } = harness();
		for (const text of ['Rej', 'Reje', 'Rejei', 'Rejeic']) {
			query.update(text);
			vi.advanceTimersByTime(35);
		}
		expect(query.pause).toBeLessThan(SUGGEST_DEBOUNCE_MS);
		vi.advanceTimersByTime(query.pause - 35);
		expect(search).toHaveBeenCalledWith('Rejeic', { limit: MAX_SUGGESTIONS });
	});

	it('searches ahead during the pause: the list comes when both the pause and the search are over, with one search for the final text', async () => {
		const { query, search, pending, shown } = harness({ searchAhead: true });
		query.update('pinpad');
		expect(search).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(35);
		// A search is running: newer texts wait until it stops, and only the newest is kept.
		query.update('pinpad s');
		vi.advanceTimersByTime(35);
		query.update('pinpad sem');
		expect(search).toHaveBeenCalledTimes(1);
		pending[0]!.resolve(['old']);
		await vi.runAllTicks();
		await Promise.resolve();
		expect(search).toHaveBeenCalledTimes(2);
		expect(search).toHaveBeenLastCalledWith('pinpad sem', expect.objectContaining({ limit: MAX_SUGGESTIONS }));
		// The search answers before the pause ends: nothing shown until the customer pauses.
		pending[1]!.resolve(['pinpad-nao-comunica']);
		await Promise.resolve();
		expect(shown).toEqual([]);
		vi.advanceTimersByTime(query.pause);
		await vi.waitFor(() => expect(shown).toEqual([{ results: ['pinpad-nao-comunica'], text: 'pinpad sem' }]));
		// The pause reused the search ahead instead of asking again.
		expect(search).toHaveBeenCalledTimes(2);
	});

	it('a newer text aborts the stale search ahead and starts as soon as it stops, without waiting for its answer', async () => {
		const { query, search, pending, shown, errors } = harness({ searchAhead: true });
		query.update('transmitir cup');
		expect(pending[0]!.signal?.aborted).toBe(false);
		vi.advanceTimersByTime(35);
		query.update('transmitir cupo');
		// The stale text is told to stop (it then fetches no article of its own)…
		expect(pending[0]!.signal?.aborted).toBe(true);
		vi.advanceTimersByTime(35);
		query.update('transmitir cupom');
		await vi.waitFor(() => expect(search).toHaveBeenCalledTimes(2));
		// …and the newest text, not the one in between, is searched next, with a live signal.
		expect(pending[1]!.text).toBe('transmitir cupom');
		expect(pending[1]!.signal?.aborted).toBe(false);
		pending[1]!.resolve(['cupom-nao-transmite']);
		vi.advanceTimersByTime(query.pause);
		await vi.waitFor(() => expect(shown).toEqual([{ results: ['cupom-nao-transmite'], text: 'transmitir cupom' }]));
		// The pause did not abort the final text's search nor ask again; nothing was reported as an error.
		expect(search).toHaveBeenCalledTimes(2);
		expect(errors).toEqual([]);
	});

	it('a text typed again after its search ahead was aborted (a key erased) is searched anew and shown', async () => {
		const { query, search, pending, shown, errors } = harness({ searchAhead: true });
		query.update('nota rejeitada');
		vi.advanceTimersByTime(35);
		query.update('nota rejeitadas');
		vi.advanceTimersByTime(35);
		query.update('nota rejeitada');
		await vi.waitFor(() => expect(search).toHaveBeenCalledTimes(2));
		expect(pending.map((entry) => [entry.text, entry.signal?.aborted])).toEqual([
			['nota rejeitada', true],
			['nota rejeitada', false],
		]);
		pending[1]!.resolve(['fiscal/rejeicao']);
		vi.advanceTimersByTime(query.pause);
		await vi.waitFor(() => expect(shown).toEqual([{ results: ['fiscal/rejeicao'], text: 'nota rejeitada' }]));
		expect(errors).toEqual([]);
	});

	it('a text too short aborts the search ahead still running', () => {
		const { query, pending } = harness({ searchAhead: true });
		query.update('sangria');
		query.update('sa');
		expect(pending[0]!.signal?.aborted).toBe(true);
	});

	it('does not search ahead a word of one or two letters being typed, but asks when the customer pauses on it', async () => {
		const { query, search, pending, shown } = harness({ searchAhead: true });
		query.update('notas fica');
		expect(search).toHaveBeenCalledTimes(1);
		pending[0]!.resolve(['notas-pendentes']);
		await Promise.resolve();
		vi.advanceTimersByTime(35);
		query.update('notas fica p');
		vi.advanceTimersByTime(35);
		query.update('notas fica pe');
		await Promise.resolve();
		expect(search).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(35);
		query.update('notas fica pen');
		await vi.waitFor(() => expect(search).toHaveBeenCalledTimes(2));
		expect(pending[1]!.text).toBe('notas fica pen');
		// A title that ends on a short word (a code, an abbreviation) is still asked after the pause.
		query.update('nota de NF');
		vi.advanceTimersByTime(query.pause);
		await vi.waitFor(() => expect(pending.at(-1)!.text).toBe('nota de NF'));
		pending.at(-1)!.resolve(['nf']);
		await vi.waitFor(() => expect(shown.at(-1)).toEqual({ results: ['nf'], text: 'nota de NF' }));
	});

	it('without searchAhead asks only after the pause', () => {
		const { query, search } = harness();
		query.update('pinpad sem');
		expect(search).not.toHaveBeenCalled();
	});

	it('pauseFor: a few typing gaps, bounded; long gaps are pauses, not typing speed', () => {
		expect(pauseFor([])).toBe(SUGGEST_DEBOUNCE_MS);
		expect(pauseFor([35, 40, 30])).toBe(MIN_PAUSE_MS);
		expect(pauseFor([120, 100, 110])).toBe(275);
		expect(pauseFor([900, 950, 990])).toBe(MAX_PAUSE_MS);
	});

	it('asks nothing below 3 characters', () => {
		const { query, search } = harness();
		query.update('Re');
		query.update('  R ');
		vi.advanceTimersByTime(1_000);
		expect(search).not.toHaveBeenCalled();
	});

	it('an older answer never replaces a newer one', async () => {
		const { query, pending, shown } = harness();
		query.update('nota');
		vi.advanceTimersByTime(query.pause);
		query.update('nota rejeitada');
		vi.advanceTimersByTime(query.pause);
		expect(pending.map((entry) => entry.text)).toEqual(['nota', 'nota rejeitada']);
		pending[1]!.resolve(['nova']);
		await vi.runAllTimersAsync();
		pending[0]!.resolve(['velha']);
		await vi.runAllTimersAsync();
		expect(shown).toEqual([{ results: ['nova'], text: 'nota rejeitada' }]);
	});

	it('clears at once when the text gets too short, and drops the answer still in flight', async () => {
		const { query, pending, shown } = harness();
		query.update('rejeição');
		vi.advanceTimersByTime(query.pause);
		query.update('re');
		expect(shown).toEqual([{ results: [], text: 're' }]);
		pending[0]!.resolve(['tarde demais']);
		await vi.runAllTimersAsync();
		expect(shown).toHaveLength(1);
	});

	it('shows at most five, best first as the search returns them', async () => {
		const { query, pending, shown } = harness();
		query.update('estoque negativo');
		vi.advanceTimersByTime(query.pause);
		pending[0]!.resolve(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
		await vi.runAllTimersAsync();
		expect(shown[0]!.results).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('does not ask twice for the same text in a row (spaces do not count)', () => {
		const { query, search } = harness();
		query.update('caixa não bate');
		vi.advanceTimersByTime(query.pause);
		query.update('caixa  não bate ');
		vi.advanceTimersByTime(query.pause);
		expect(search).toHaveBeenCalledTimes(1);
	});

	it('reports a failed search (no index under astro dev) and tries again on the next change', async () => {
		const { query, pending, errors, search } = harness();
		query.update('sangria');
		vi.advanceTimersByTime(query.pause);
		pending[0]!.reject(new Error('sem índice'));
		await vi.runAllTimersAsync();
		expect(errors).toHaveLength(1);
		query.update('sangria');
		vi.advanceTimersByTime(query.pause);
		expect(search).toHaveBeenCalledTimes(2);
	});

	it('cancel() drops what is pending and in flight', async () => {
		const { query, pending, shown, search } = harness();
		query.update('balança');
		vi.advanceTimersByTime(query.pause);
		query.update('balança do pdv');
		query.cancel();
		vi.advanceTimersByTime(query.pause);
		expect(search).toHaveBeenCalledTimes(1);
		pending[0]!.resolve(['x']);
		await vi.runAllTimersAsync();
		expect(shown).toEqual([]);
	});

	it('askAgain searches anew even when a search ahead answered the same text (the header search asks again with its vocabulary)', async () => {
		const { query, search, pending, shown } = await answeredAhead('cnacelamento');
		const again = query.askAgain('cnacelamento');
		expect(search).toHaveBeenCalledTimes(2);
		pending[1]!.resolve(['fiscal/cancelamento']);
		await again;
		expect(shown.at(-1)).toEqual({ results: ['fiscal/cancelamento'], text: 'cnacelamento' });
	});

	it('askAgain leaves an older text alone once the customer typed on: the newest text is the one shown', async () => {
		const { query, search, pending, shown } = await answeredAhead('xylofo');
		// The vocabulary arrives while the pause of the next text runs…
		query.update('xylofone quadridimensional');
		void query.askAgain('xylofo');
		// …and once that text was asked, too.
		vi.advanceTimersByTime(query.pause);
		void query.askAgain('xylofo');
		expect(search.mock.calls.map(([text]) => text)).toEqual(['xylofo', 'xylofone quadridimensional']);
		pending[1]!.resolve(['nada']);
		await vi.runAllTimersAsync();
		expect(shown.at(-1)).toEqual({ results: ['nada'], text: 'xylofone quadridimensional' });
	});

	it('runNow asks at once (a subject restored from the draft)', async () => {
		const { query, search, pending, shown } = harness();
		const done = query.runNow('Rejeição 204');
		expect(search).toHaveBeenCalledTimes(1);
		pending[0]!.resolve(['fiscal/rejeicao-204']);
		await done;
		expect(shown).toEqual([{ results: ['fiscal/rejeicao-204'], text: 'Rejeição 204' }]);
	});
});

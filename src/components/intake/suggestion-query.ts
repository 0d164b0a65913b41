/**
 * When to ask for suggestions while the customer types the subject: from 3 characters, after a
 * short pause (debounce), and only the answer to the newest question counts — an older query
 * that answers late never replaces a newer one (sequence counter). No DOM here.
 */

export const SUGGEST_MIN_CHARS = 3;
export const SUGGEST_DEBOUNCE_MS = 150;
export const MAX_SUGGESTIONS = 5;

export interface SuggestionQueryOptions<T> {
	/** The search itself (suggestArticles). */
	search: (text: string, options: { limit: number }) => Promise<T[]>;
	/** The newest answer, or [] when the text became too short. */
	onResults: (results: T[], text: string) => void;
	/** A failed search (e.g. no index under `astro dev`); the page shows nothing then. */
	onError?: (error: unknown) => void;
	delayMs?: number;
	minChars?: number;
	limit?: number;
	setTimer?: (callback: () => void, ms: number) => unknown;
	clearTimer?: (timer: unknown) => void;
}

export class SuggestionQuery<T> {
	private readonly options: Required<Omit<SuggestionQueryOptions<T>, 'onError'>> & Pick<SuggestionQueryOptions<T>, 'onError'>;
	private timer: unknown;
	/** Number of the newest query asked (or of the newest reset); answers to older ones are dropped. */
	private sequence = 0;
	/** The text of the newest query asked, to skip asking the same thing twice in a row. */
	private lastText: string | undefined;

	constructor(options: SuggestionQueryOptions<T>) {
		this.options = {
			delayMs: SUGGEST_DEBOUNCE_MS,
			minChars: SUGGEST_MIN_CHARS,
			limit: MAX_SUGGESTIONS,
			setTimer: (callback, ms) => setTimeout(callback, ms),
			clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
			...options,
		};
	}

	/** The subject changed: ask again after the pause, or clear at once when it is too short. */
	update(rawText: string): void {
		const text = rawText.trim().replace(/\s+/g, ' ');
		this.cancelTimer();
		if (text.length < this.options.minChars) {
			// Too short: forget any query in flight and show nothing.
			this.sequence++;
			const hadQuery = this.lastText !== undefined;
			this.lastText = undefined;
			if (hadQuery) this.options.onResults([], text);
			return;
		}
		if (text === this.lastText) return;
		this.timer = this.options.setTimer(() => {
			this.timer = undefined;
			void this.run(text);
		}, this.options.delayMs);
	}

	/** Stops any pending query and ignores answers still to come. */
	cancel(): void {
		this.cancelTimer();
		this.sequence++;
		this.lastText = undefined;
	}

	/** Asks now (e.g. for a subject restored from the draft). */
	async runNow(rawText: string): Promise<void> {
		this.cancelTimer();
		const text = rawText.trim().replace(/\s+/g, ' ');
		if (text.length < this.options.minChars) return;
		await this.run(text);
	}

	private cancelTimer(): void {
		if (this.timer !== undefined) this.options.clearTimer(this.timer);
		this.timer = undefined;
	}

	private async run(text: string): Promise<void> {
		const mine = ++this.sequence;
		this.lastText = text;
		try {
			const results = await this.options.search(text, { limit: this.options.limit });
			if (mine !== this.sequence) return;
			this.options.onResults(results.slice(0, this.options.limit), text);
		} catch (error) {
			if (mine !== this.sequence) return;
			// Let the next keystroke try again.
			this.lastText = undefined;
			this.options.onError?.(error);
		}
	}
}

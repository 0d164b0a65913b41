/**
 * When to ask for suggestions while the customer types the subject: from 3 characters, when the
 * customer pauses, and only the answer to the newest question counts — an older query that
 * answers late never replaces a newer one (sequence counter). The pause adapts to the typing
 * speed: a few times the customer's usual gap between keys, so a fast typist sees the list at
 * once and a slow one (a phone) does not see it change at every key. No DOM here.
 */

export const SUGGEST_MIN_CHARS = 3;
/** The pause before the first keys tell how fast the customer types. */
export const SUGGEST_DEBOUNCE_MS = 150;
export const MAX_SUGGESTIONS = 5;
/** The pause is this many times the median gap between the last keys… */
export const PAUSE_PER_GAP = 2.5;
/** …within these bounds. */
export const MIN_PAUSE_MS = 90;
export const MAX_PAUSE_MS = 700;
/** A text is searched ahead once its last word has this many characters (see searchAhead). */
export const AHEAD_MIN_LAST_WORD = 3;
/** A gap longer than this is a pause, not typing, and does not count. */
const MAX_TYPING_GAP_MS = 1_000;
const GAPS_KEPT = 6;

/** The pause to wait after a key, from the recent gaps between keys (adaptive debounce). */
export function pauseFor(gaps: readonly number[], fallback = SUGGEST_DEBOUNCE_MS): number {
	if (gaps.length === 0) return fallback;
	const sorted = [...gaps].sort((a, b) => a - b);
	const median = sorted[Math.floor(sorted.length / 2)]!;
	return Math.round(Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, median * PAUSE_PER_GAP)));
}

export interface SuggestionQueryOptions<T> {
	/**
	 * The search itself (suggestArticles). A search ahead gets a signal that aborts when the text
	 * changes before it is over: the search may then stop early (reject with the signal's reason).
	 */
	search: (text: string, options: { limit: number; signal?: AbortSignal }) => Promise<T[]>;
	/** The newest answer, or [] when the text became too short. */
	onResults: (results: T[], text: string) => void;
	/** A failed search (e.g. no index under `astro dev`); the page shows nothing then. */
	onError?: (error: unknown) => void;
	/** The pause before the first keys tell the typing speed, or always when `adaptivePause` is false. */
	delayMs?: number;
	/**
	 * Adapt the pause to the typing speed (default). The header search turns it off: its results
	 * replace one another in a dialog the customer reads while typing, so every pause shows them.
	 */
	adaptivePause?: boolean;
	minChars?: number;
	limit?: number;
	setTimer?: (callback: () => void, ms: number) => unknown;
	clearTimer?: (timer: unknown) => void;
	/** The clock, in milliseconds (tests pass their own). */
	now?: () => number;
	/** Called at every change with the text, to warm the search while the customer types. */
	onTyping?: (text: string) => void;
	/**
	 * Start searching the text at once, while the pause runs, and show the answer when the pause
	 * ends: the list then comes after max(pause, search) instead of pause + search. At most one
	 * such search runs at a time; a newer text aborts it (its signal) and waits for it to stop
	 * (only the newest waits), so a stale text does not hold the index while the customer types on.
	 */
	searchAhead?: boolean;
}

export class SuggestionQuery<T> {
	private readonly options: Required<Omit<SuggestionQueryOptions<T>, 'onError' | 'onTyping' | 'searchAhead'>> & Pick<SuggestionQueryOptions<T>, 'onError' | 'onTyping' | 'searchAhead'>;
	/** Recent gaps between changes, and the time of the last one. */
	private gaps: number[] = [];
	private lastChange: number | undefined;
	private timer: unknown;
	/** Number of the newest query asked (or of the newest reset); answers to older ones are dropped. */
	private sequence = 0;
	/** The text of the newest query asked, to skip asking the same thing twice in a row. */
	private lastText: string | undefined;
	/** Searches started ahead of the pause (searchAhead), by text; the newest text waiting for one. */
	private readonly ahead = new Map<string, Promise<T[]>>();
	private aheadRunning: { text: string; controller: AbortController } | undefined;
	private aheadWaiting: string | undefined;

	constructor(options: SuggestionQueryOptions<T>) {
		this.options = {
			delayMs: SUGGEST_DEBOUNCE_MS,
			adaptivePause: true,
			minChars: SUGGEST_MIN_CHARS,
			limit: MAX_SUGGESTIONS,
			setTimer: (callback, ms) => setTimeout(callback, ms),
			clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
			now: () => Date.now(),
			...options,
		};
	}

	/** The subject changed: ask again after the pause, or clear at once when it is too short. */
	update(rawText: string): void {
		const text = normalized(rawText);
		this.cancelTimer();
		this.noteGap();
		this.options.onTyping?.(rawText);
		if (text.length < this.options.minChars) {
			// Too short: forget any query in flight and show nothing.
			this.sequence++;
			const hadQuery = this.lastText !== undefined;
			this.lastText = undefined;
			this.aheadWaiting = undefined;
			this.abortAhead();
			if (hadQuery) this.options.onResults([], text);
			return;
		}
		if (text === this.lastText) return;
		if (this.options.searchAhead) {
			if (this.aheadRunning?.text !== text) this.abortAhead();
			// A last word of one or two letters is a word being typed, and its search (every page
			// with a word that starts so) would hold the index: it waits for the pause.
			if (lastWordLength(text) >= AHEAD_MIN_LAST_WORD) this.searchAhead(text);
			else this.aheadWaiting = undefined;
		}
		this.timer = this.options.setTimer(() => {
			this.timer = undefined;
			void this.run(text);
		}, this.pause);
	}

	/** The pause the next query waits for (see pauseFor). */
	get pause(): number {
		return this.options.adaptivePause ? pauseFor(this.gaps, this.options.delayMs) : this.options.delayMs;
	}

	private noteGap(): void {
		const now = this.options.now();
		if (this.lastChange !== undefined) {
			const gap = now - this.lastChange;
			if (gap <= MAX_TYPING_GAP_MS) this.gaps = [...this.gaps, gap].slice(-GAPS_KEPT);
		}
		this.lastChange = now;
	}

	/** Stops any pending query and ignores answers still to come. */
	cancel(): void {
		this.cancelTimer();
		this.sequence++;
		this.lastText = undefined;
		this.aheadWaiting = undefined;
		this.abortAhead();
	}

	/**
	 * Asks now (a subject restored from the draft): a fresh search, never the answer of a search
	 * ahead of the same text.
	 */
	async runNow(rawText: string): Promise<void> {
		this.cancelTimer();
		const text = normalized(rawText);
		if (text.length < this.options.minChars) return;
		this.ahead.delete(text);
		await this.run(text);
	}

	/**
	 * Asks the newest text again, as a fresh search (the header search, once its vocabulary is read,
	 * for a text it answered without it). Does nothing once the customer has typed on: the pause of
	 * a newer text runs, or a newer text was asked. An older text asked again would cancel that
	 * pause and then stay on screen in place of what the customer typed.
	 */
	async askAgain(rawText: string): Promise<void> {
		const text = normalized(rawText);
		if (text !== this.lastText || this.timer !== undefined) return;
		this.ahead.delete(text);
		await this.run(text);
	}

	private cancelTimer(): void {
		if (this.timer !== undefined) this.options.clearTimer(this.timer);
		this.timer = undefined;
	}

	/**
	 * Tells the search ahead still running that its text is stale, and forgets it: a text typed
	 * again later (a key erased) is searched anew rather than waiting on an aborted search.
	 */
	private abortAhead(): void {
		const running = this.aheadRunning;
		if (!running || running.controller.signal.aborted) return;
		running.controller.abort();
		this.ahead.delete(running.text);
	}

	/** Starts the search of a text now, or queues it behind the one running (see searchAhead). */
	private searchAhead(text: string): void {
		if (this.ahead.has(text)) return;
		if (this.aheadRunning) {
			this.aheadWaiting = text;
			return;
		}
		const controller = new AbortController();
		this.aheadRunning = { text, controller };
		const search = this.options.search(text, { limit: this.options.limit, signal: controller.signal });
		// Only the texts of the last few keys are worth keeping.
		this.ahead.set(text, search);
		for (const key of [...this.ahead.keys()].slice(0, -3)) this.ahead.delete(key);
		const next = () => {
			this.aheadRunning = undefined;
			const waiting = this.aheadWaiting;
			this.aheadWaiting = undefined;
			if (waiting !== undefined) this.searchAhead(waiting);
		};
		search.then(next, () => {
			// A failed or aborted search ahead is asked again, for real, when the pause ends.
			if (this.ahead.get(text) === search) this.ahead.delete(text);
			next();
		});
	}

	private async run(text: string): Promise<void> {
		const mine = ++this.sequence;
		this.lastText = text;
		if (this.aheadWaiting === text) this.aheadWaiting = undefined;
		try {
			// (An aborted search ahead has already left `ahead`: see abortAhead.)
			const results = await (this.ahead.get(text) ?? this.options.search(text, { limit: this.options.limit }));
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

/** The text as asked: spaces at the ends and between words do not count. */
function normalized(rawText: string): string {
	return rawText.trim().replace(/\s+/g, ' ');
}

function lastWordLength(text: string): number {
	return text.length - text.lastIndexOf(' ') - 1;
}

/** The windows kept at most; past it the oldest client is forgotten (a flood cannot grow memory). */
export const DEFAULT_MAX_CLIENTS = 10_000;

interface Window {
	count: number;
	resetAt: number;
}

/**
 * Counts events per client in fixed windows, in memory, with a bounded number of clients: finished
 * windows are swept now and then, and when the map is full the oldest client is dropped.
 */
export class FixedWindowCounter {
	private readonly windows = new Map<string, Window>();
	private nextSweep: number;

	constructor(
		private readonly windowMs: number,
		private readonly maxClients = DEFAULT_MAX_CLIENTS,
		private readonly now: () => number = Date.now,
	) {
		this.nextSweep = now() + windowMs;
	}

	get size(): number {
		return this.windows.size;
	}

	private sweep(at: number, force = false): void {
		if (!force && at < this.nextSweep) return;
		for (const [client, window] of this.windows) if (window.resetAt <= at) this.windows.delete(client);
		this.nextSweep = at + this.windowMs;
	}

	/** The client's current window, without counting. */
	peek(client: string): { count: number; resetAt: number } | undefined {
		const window = this.windows.get(client);
		return window && window.resetAt > this.now() ? { ...window } : undefined;
	}

	/** Counts one event and returns the count in the client's window and when it ends. */
	hit(client: string): { count: number; resetAt: number } {
		const at = this.now();
		this.sweep(at);
		let window = this.windows.get(client);
		if (!window || window.resetAt <= at) {
			if (window) this.windows.delete(client);
			if (this.windows.size >= this.maxClients) {
				this.sweep(at, true);
				const oldest = this.windows.keys().next();
				if (this.windows.size >= this.maxClients && !oldest.done) this.windows.delete(oldest.value);
			}
			window = { count: 0, resetAt: at + this.windowMs };
			this.windows.set(client, window);
		}
		window.count++;
		return { ...window };
	}
}

/** Seconds until a window ends, at least 1 (the Retry-After header). */
export function secondsUntil(resetAt: number, now: number): number {
	return Math.max(1, Math.ceil((resetAt - now) / 1000));
}

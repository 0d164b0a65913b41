/** Nearest-rank percentile of numbers sorted ascending (p in 0–100). */
export function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Ascending copy. */
export function ascending(values: number[]): number[] {
	return [...values].sort((a, b) => a - b);
}

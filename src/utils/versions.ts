/**
 * Numeric comparison segment by segment: 24.10 comes after 24.9 and 24.01.012 after 24.01.9.
 * A shorter version that is a prefix of a longer one comes first (24.01 < 24.01.1).
 */
export function compareVersions(a: string, b: string): number {
	const left = a.split('.').map(Number);
	const right = b.split('.').map(Number);
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		const diff = (left[i] ?? -1) - (right[i] ?? -1);
		if (diff !== 0) return diff < 0 ? -1 : 1;
	}
	return 0;
}

import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted, so that two bodies that differ only in key order or spacing
 * count as the same body for an idempotent replay.
 */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value);
}

/** The fingerprint stored with an idempotency key (sha-256, hex) of a parsed JSON body. */
export function bodyHash(body: unknown): string {
	return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

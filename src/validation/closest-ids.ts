import { distance } from 'fastest-levenshtein';

/**
 * The existing ids nearest to a mistyped one (edit distance), best first: the ones at the
 * smallest distance, at most `limit`, and only when the distance is small enough for the id to
 * be a typo of them (a third of the longer id, at least 2 edits).
 */
export function closestIds(wanted: string, known: Iterable<string>, limit = 3): string[] {
	const scored = [...new Set(known)].map((id) => ({ id, edits: distance(wanted, id) })).filter(({ id, edits }) => edits <= Math.max(2, Math.ceil(Math.max(id.length, wanted.length) / 3)));
	if (scored.length === 0) return [];
	const best = Math.min(...scored.map(({ edits }) => edits));
	return scored
		.filter(({ edits }) => edits === best)
		.map(({ id }) => id)
		.sort()
		.slice(0, limit);
}

/** `; você quis dizer "a" ou "b"?`, or nothing when no id is close. */
export function didYouMean(wanted: string, known: Iterable<string>): string {
	const ids = closestIds(wanted, known);
	return ids.length ? `; você quis dizer ${ids.map((id) => `"${id}"`).join(' ou ')}?` : '';
}

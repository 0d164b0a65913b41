/** For files whose name changes with their content: kept a year, never revalidated. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For the rest (pages, Pagefind's entry files): kept, but revalidated with ETag/Last-Modified. */
export const REVALIDATE = 'no-cache';

/**
 * True for the files whose names carry a content hash: everything under /_astro/ (Astro), and
 * Pagefind's chunks (index/, fragment/, filter/ and the `…_<hash>.pf_meta` file). Pagefind's
 * entry files (pagefind.js, pagefind-entry.json, wasm.<lang>.pagefind…) keep their names across
 * builds, so they are not.
 */
export function isHashedAsset(path: string): boolean {
	if (path.startsWith('/_astro/')) return true;
	if (!path.startsWith('/pagefind/')) return false;
	const rest = path.slice('/pagefind/'.length);
	if (/^(index|fragment|filter)\//.test(rest)) return true;
	return /_[0-9a-z]{10,}\.pf_meta$/i.test(rest);
}

export function cacheControlFor(path: string): string {
	return isHashedAsset(path) ? IMMUTABLE : REVALIDATE;
}

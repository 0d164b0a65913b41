/**
 * How hard the build compresses each file of the site. Brotli's top quality (11) is about 40
 * times slower than quality 5 and saves about 10% more on a page of 8 KB: worth it for the few
 * files every visitor downloads (scripts, styles, Pagefind's files, the search vocabulary), not
 * for the one page per article that a visitor reads once, whose cost grows with the corpus (at
 * quality 11 it took half the build of 2,000 articles). Both decode to the same bytes.
 */

/** Brotli quality of the per-URL documents: pages, feeds and sitemaps. */
export const PAGE_BROTLI_QUALITY = 5;
/** Brotli quality of the shared files (everything else): the smallest transfer. */
export const SHARED_BROTLI_QUALITY = 11;
/** gzip level of every file (level 9 costs little more than the default). */
export const GZIP_LEVEL = 9;
/** Files under this size get no compressed copies: the saving does not pay for the extra files. */
export const MIN_BYTES = 1024;

/** Extensions of the documents the site has one of per URL (their number grows with the corpus). */
const PER_URL = /\.(html|xml)$/i;

/** The Brotli quality for a file of the built site (a path relative to it, or absolute). */
export function brotliQuality(path: string): number {
	return PER_URL.test(path) ? PAGE_BROTLI_QUALITY : SHARED_BROTLI_QUALITY;
}

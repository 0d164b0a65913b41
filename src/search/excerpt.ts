/**
 * Excerpts are the only search text put into the page as HTML. Everything that comes from the
 * index is escaped; the one markup kept is `<mark>` around the matched words.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text: `& < > " '` escaped. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * A Pagefind excerpt → safe HTML. Pagefind builds excerpts from the page text, escaping only
 * `<` and `>`, and wraps matched words in `<mark>…</mark>`. Its escapes are undone, everything
 * is escaped again, and only balanced `<mark>` pairs come back (a stray or nested one is dropped,
 * an unclosed one is closed). Any other tag, attribute or entity ends up as visible text.
 */
export function sanitizeExcerpt(excerpt: string): string {
	let html = '';
	let open = false;
	for (const part of excerpt.split(/(<\/?mark>)/)) {
		if (part === '<mark>') {
			if (!open) html += '<mark>';
			open = true;
		} else if (part === '</mark>') {
			if (open) html += '</mark>';
			open = false;
		} else if (part) {
			html += escapeHtml(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
		}
	}
	return open ? `${html}</mark>` : html;
}

/** Splits page text into words the way Pagefind counts word locations. */
export function contentWords(content: string): string[] {
	return content.split(/[^\S\uFEFF]+/);
}

/**
 * An excerpt built from the page text and the word locations matched by several searches (the
 * relaxed query merges one search per word, so no single Pagefind excerpt highlights them all):
 * the window of `length` words holding the most matches, escaped, matches in `<mark>`.
 */
export function buildExcerpt(content: string, locations: readonly number[], length = 24): string {
	const words = contentWords(content.trim());
	if (words.length === 0 || (words.length === 1 && words[0] === '')) return '';
	const marked = new Set(locations.filter((location) => location >= 0 && location < words.length));
	const size = Math.min(length, words.length);
	let start = 0;
	if (marked.size > 0) {
		const sorted = [...marked].sort((a, b) => a - b);
		let best = -1;
		for (const first of sorted) {
			const from = Math.max(0, Math.min(first - 2, words.length - size));
			const count = sorted.filter((location) => location >= from && location < from + size).length;
			if (count > best) {
				best = count;
				start = from;
			}
		}
	}
	const window = words.slice(start, start + size).map((word, index) => (marked.has(start + index) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)));
	return `${start > 0 ? '… ' : ''}${window.join(' ')}${start + size < words.length ? ' …' : ''}`;
}

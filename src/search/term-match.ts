/**
 * Whether Pagefind really matched a word: Pagefind matches every term as a prefix of the
 * (stemmed) indexed words, and a term that matches nothing falls back to its longest prefix that
 * is itself an indexed word, however short ("descotno" finds every "de", "usario" finds "usar").
 * These pure helpers tell a genuine match from that fallback. Shared by term-search.ts and query.ts.
 */
import { contentWords } from './excerpt';
import type { PagefindResult, PagefindResultData } from './pagefind-client';
import { searchForm } from './text';

/** Length of the prefix two words share. */
export function commonPrefixLength(a: string, b: string): number {
	let index = 0;
	while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
	return index;
}

/**
 * How many leading characters a word found by Pagefind must share with the term for it to count
 * as a match of that term: all of a short term; of a longer one, at least 4 and 60 % — enough
 * for inflections ("cancelar" → "cancelamento", "emitir" → "emite") and for typos late in a word
 * ("cancelamneto", "pinpag"), not for Pagefind's short-prefix fallback ("usario" → "usar").
 */
export function requiredPrefix(term: string): number {
	const length = searchForm(term).length;
	return length <= 4 ? length : Math.max(4, Math.ceil(length * 0.5));
}

/** Whether a word Pagefind matched for a term really is that term (see requiredPrefix). */
export function isGenuineMatch(term: string, word: string): boolean {
	const wanted = searchForm(term);
	const found = searchForm(word);
	return wanted.length > 0 && found.length > 0 && commonPrefixLength(wanted, found) >= requiredPrefix(wanted);
}

/**
 * Whether a word Pagefind matched for a prefix search (a word cut with a period, the first
 * letters of a misspelt word) is a word that starts so. Stricter than isGenuineMatch, because
 * Pagefind's fallback depends on which index chunks the page has already loaded: once "est…"
 * words are loaded, "estor" finds "estoque", which shares four letters with it. Pagefind stems
 * the prefix too, which can drop its final vowel ("cancela" searches "cancel…"): that vowel is
 * not required.
 */
export function isGenuinePrefixMatch(prefix: string, word: string): boolean {
	const stem = searchForm(prefix).replace(/(?<=.{3})[aeio]$/, '');
	return stem.length > 0 && searchForm(word).startsWith(stem);
}

/**
 * `ok`: Pagefind matched the term (or an inflection of it); `prefix`: the term is not in the
 * index but its first letters are (a typo late in the word, "descotno" → "desco…"); `fallback`:
 * Pagefind only matched a short prefix of it; `missing`: no page at all.
 */
export type TermStatus = 'ok' | 'prefix' | 'fallback' | 'missing';

/** Whether a term with this status is searched for. */
export function isUsed(status: TermStatus): boolean {
	return status === 'ok' || status === 'prefix';
}

/**
 * The prefix tried for a long term Pagefind did not match ("descotno" → "desco",
 * "impresora" → "impres"): 60 % of it, at least 5 letters; none for terms under 7 letters or codes.
 */
export function typoPrefix(term: string): string | undefined {
	const form = searchForm(term);
	if (form.length < 7 || /\d/.test(form)) return undefined;
	return form.slice(0, Math.max(5, Math.ceil(form.length * 0.6)));
}

/**
 * The prefix tried for a word cut with a period that nothing completes ("encom." → "encom"): the
 * word as cut, which stands for the words it starts; none under 5 letters (such a start matches
 * too many words) or for codes.
 */
export function cutPrefix(term: string): string | undefined {
	const form = searchForm(term);
	if (form.length < 5 || /\d/.test(form)) return undefined;
	return form;
}

/**
 * Classifies a term from the words its best result matched: `missing` without results,
 * `fallback` when none of the words is a genuine match. Without words to look at (a match in
 * metadata only), the term is given the benefit of the doubt.
 */
export function classifyTerm(term: string, resultCount: number, matchedWords: readonly string[], { prefix = false } = {}): TermStatus {
	if (resultCount === 0) return 'missing';
	if (matchedWords.length === 0) return 'ok';
	const genuine = prefix ? isGenuinePrefixMatch : isGenuineMatch;
	return matchedWords.some((word) => genuine(term, word)) ? 'ok' : 'fallback';
}

/** The words of a result's text at the matched locations, plus the matched metadata values. */
export function matchedWordsOf(result: Pick<PagefindResult, 'words' | 'matchedMetaFields'>, data: Pick<PagefindResultData, 'content' | 'meta'>): string[] {
	const words = data.content ? contentWords(data.content) : [];
	const found = result.words.map((location) => words[location]).filter((word): word is string => Boolean(word));
	for (const field of result.matchedMetaFields ?? []) {
		const value = data.meta[field];
		if (value) found.push(...value.split(/\s+/));
	}
	return found;
}

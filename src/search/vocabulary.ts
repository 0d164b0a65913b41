/**
 * The words the FAQ articles are about (titles, descriptions, keywords, routines), with how many
 * articles use each: built once per build into a small file that the suggestions and the search
 * page load with Pagefind. A query word Pagefind does not know is corrected to the nearest of
 * these words (edit distance), preferring the closest, then the most used; an abbreviation cut
 * with a period ("transf.") is completed from them. Pure functions, tested without a browser.
 */
import { distance } from 'fastest-levenshtein';
import type { Lexicon } from './synonyms';
import { fold, isSignificant } from './text';

/** Folded word → number of articles whose summary uses it. */
export type Vocabulary = Map<string, number>;

/** What the build writes for the browser (`/busca/vocabulario.json`). */
export interface QueryAidsFile {
	/** Format version: bump when the shape changes. */
	version: 1;
	/** Published FAQ articles the vocabulary was read from. */
	articles: number;
	/** Word → articles using it, most used first. */
	words: Record<string, number>;
	/** The domain lexicon merged with the content folder's sinonimos.yml. */
	lexicon: Lexicon;
}

/** The words of a text the vocabulary keeps: folded, letters (codes keep their digits), no stopwords. */
export function vocabularyWords(text: string): string[] {
	return fold(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word.length >= 3 && !/^\d+$/.test(word) && isSignificant(word));
}

/** Counts, for each word, how many of the summaries use it. */
export function buildVocabulary(summaries: readonly string[][]): Vocabulary {
	const counts: Vocabulary = new Map();
	for (const fields of summaries) {
		for (const word of new Set(fields.flatMap(vocabularyWords))) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return counts;
}

/** The vocabulary as JSON: most used words first (gzip likes the order stable). */
export function vocabularyJson(vocabulary: Vocabulary): Record<string, number> {
	return Object.fromEntries([...vocabulary].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** How many edits a word of this length may need to be corrected: none under 4 letters. */
export function maxEdits(length: number): number {
	if (length < 4) return 0;
	return length < 7 ? 1 : 2;
}

export interface Correction {
	/** The vocabulary word. */
	word: string;
	/** Edits from the typed word (two neighbouring letters swapped count as one). */
	edits: number;
	/** 0–1: how sure the correction is (1 − edits over the typed word's length, squared). */
	closeness: number;
}

/**
 * The vocabulary word closest to a word nobody indexed ("cancelamneto" → "cancelamento",
 * "pinpag" → "pinpad"): fewest edits, then the most used word, then the longest shared start.
 * None when nothing is close enough (see maxEdits) or for codes, which are not misspelt words.
 * Two neighbouring letters typed in swapped order ("esgtoado") count as one edit, as a slip of
 * one key: plain edit distance makes them two, and a more used word two edits away would win.
 */
export function correctWord(word: string, vocabulary: Vocabulary): Correction | undefined {
	const typed = fold(word);
	if (typed.includes('-')) return correctParts(typed.split('-').filter(Boolean), vocabulary);
	const limit = maxEdits(typed.length);
	if (limit === 0 || /\d/.test(typed) || vocabulary.has(typed)) return undefined;
	let best: { word: string; edits: number; count: number; prefix: number } | undefined;
	for (const [candidate, count] of vocabulary) {
		if (Math.abs(candidate.length - typed.length) > limit) continue;
		const edits = swappedOnce(typed, candidate) ? 1 : distance(typed, candidate);
		if (edits > limit) continue;
		const prefix = sharedStart(typed, candidate);
		if (!best || edits < best.edits || (edits === best.edits && (count > best.count || (count === best.count && prefix > best.prefix)))) {
			best = { word: candidate, edits, count, prefix };
		}
	}
	if (!best) return undefined;
	const closeness = (1 - best.edits / typed.length) ** 2;
	return { word: best.word, edits: best.edits, closeness };
}

/**
 * A hyphenated word corrected part by part ("efd-cnotribuicoes" → "efd contribuicoes"): the
 * vocabulary keeps the parts as words of their own, so the whole is never within reach of one.
 * Short parts and codes stay as typed; every other part must be a vocabulary word or correctable,
 * and at least one must change. The parts become an expression, searched as all of its words.
 */
function correctParts(parts: readonly string[], vocabulary: Vocabulary): Correction | undefined {
	if (parts.length < 2) return parts.length === 1 ? correctWord(parts[0]!, vocabulary) : undefined;
	let edits = 0;
	const words: string[] = [];
	for (const part of parts) {
		const asTyped = maxEdits(part.length) === 0 || /\d/.test(part) || vocabulary.has(part);
		const correction = asTyped ? undefined : correctWord(part, vocabulary);
		if (!asTyped && !correction) return undefined;
		edits += correction?.edits ?? 0;
		words.push(correction?.word ?? part);
	}
	if (edits === 0) return undefined;
	const letters = parts.reduce((sum, part) => sum + part.length, 0);
	return { word: words.join(' '), edits, closeness: (1 - edits / letters) ** 2 };
}

/** Vocabulary words that start with a cut word ("transf" → transferencia…), most used first. */
export function completions(prefix: string, vocabulary: Vocabulary, limit = 3): string[] {
	const start = fold(prefix);
	if (start.length < 2) return [];
	return [...vocabulary]
		.filter(([word]) => word.startsWith(start) && word !== start)
		.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)
		.slice(0, limit)
		.map(([word]) => word);
}

/** Whether b is a with one pair of neighbouring letters swapped (and nothing else changed). */
function swappedOnce(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	const first = sharedStart(a, b);
	return first + 1 < a.length && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}

function sharedStart(a: string, b: string): number {
	let index = 0;
	while (index < a.length && index < b.length && a[index] === b[index]) index += 1;
	return index;
}

/** Reads the file the build wrote back into lookups. */
export function readQueryAids(file: QueryAidsFile): { vocabulary: Vocabulary; lexicon: Lexicon; articles: number } {
	return { vocabulary: new Map(Object.entries(file.words)), lexicon: file.lexicon, articles: file.articles };
}

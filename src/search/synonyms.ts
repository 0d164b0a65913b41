/**
 * Synonyms and abbreviations at query time: the shipped domain lexicon (lexicon.ts) merged with
 * the content folder's optional `sinonimos.yml`, compiled into lookups by folded phrase. Pure
 * and browser-safe: the build writes the merged lexicon into the query aids file
 * (vocabulary.ts), the browser compiles it once.
 */
import { fold } from './text';

/** Words and expressions that mean the same, and abbreviation expansions. */
export interface Lexicon {
	/** Each group: words or expressions a customer may use for one thing. */
	groups: string[][];
	/** Abbreviation (without its period) → what it stands for. */
	abbreviations: Record<string, string[]>;
	/**
	 * A specific thing a customer names → the general words articles use for it ("azeite" →
	 * produto): one way, and only for words the FAQ itself never uses. Shipped lexicon only.
	 */
	broader?: Record<string, string[]>;
}

/** A phrase as it is matched: folded, punctuation between words removed, single spaces. */
export function phraseKey(text: string): string {
	return fold(text)
		.replace(/[^\p{L}\p{N}\s/-]+/gu, ' ')
		.trim()
		.split(/\s+/)
		.join(' ');
}

/**
 * The lexicon an editor's file gives on top of the shipped one. A group of the file that shares
 * a word with shipped groups replaces them (the editor's meaning wins); an abbreviation of the
 * file replaces the shipped expansions of the same abbreviation.
 */
export function mergeLexicons(base: Lexicon, extra: Lexicon | undefined): Lexicon {
	if (!extra) return { groups: base.groups.map((group) => [...group]), abbreviations: { ...base.abbreviations }, broader: { ...base.broader } };
	const overridden = new Set(extra.groups.flat().map(phraseKey));
	const groups = base.groups.filter((group) => !group.some((member) => overridden.has(phraseKey(member))));
	const abbreviations: Record<string, string[]> = { ...base.abbreviations };
	for (const [abbreviation, expansions] of Object.entries(extra.abbreviations)) abbreviations[phraseKey(abbreviation)] = expansions;
	return { groups: [...groups, ...extra.groups], abbreviations, broader: { ...base.broader, ...extra.broader } };
}

/** The lexicon ready for lookups: every phrase with what else it may be searched as. */
export interface CompiledLexicon {
	/** Folded phrase → the other phrases of its groups. */
	synonyms: Map<string, string[]>;
	/** Folded abbreviation → its expansions, folded. */
	abbreviations: Map<string, string[]>;
	/** Folded specific word → the general words for it (see Lexicon.broader). */
	broader: Map<string, string[]>;
	/** Longest phrase, in words: how far to look ahead when matching expressions. */
	longest: number;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
	const synonyms = new Map<string, string[]>();
	let longest = 1;
	for (const group of lexicon.groups) {
		const members = [...new Set(group.map(phraseKey).filter(Boolean))];
		for (const member of members) {
			longest = Math.max(longest, member.split(' ').length);
			const others = members.filter((other) => other !== member);
			synonyms.set(member, [...new Set([...(synonyms.get(member) ?? []), ...others])]);
		}
	}
	const abbreviations = new Map<string, string[]>();
	for (const [abbreviation, expansions] of Object.entries(lexicon.abbreviations)) {
		abbreviations.set(phraseKey(abbreviation), [...new Set(expansions.map(phraseKey).filter(Boolean))]);
	}
	const broader = new Map<string, string[]>();
	for (const [specific, general] of Object.entries(lexicon.broader ?? {})) {
		broader.set(phraseKey(specific), [...new Set(general.map(phraseKey).filter(Boolean))]);
	}
	return { synonyms, abbreviations, broader, longest };
}

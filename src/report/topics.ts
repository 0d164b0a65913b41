/**
 * Groups ticket subjects by their topic words, with the tokenizer of the article suggestions
 * (src/search/text.ts, singular() of src/search/understand.ts): "Rejeição 539 na NF-e" and
 * "rejeicoes 539 ao transmitir" share "539" and "rejeicao".
 */
import { singular } from '../search/understand';
import { significantTokens } from '../search/text';

export interface TopicGroup {
	/** The words that name the group, most shared first. */
	words: string[];
	/** How many subjects fell in the group. */
	count: number;
	/** Subjects of the group, in the order given (newest first when the caller sorts so). */
	subjects: string[];
}

/** A subject's topic words: folded, significant, in the singular, without repeats. */
export function topicWords(subject: string): string[] {
	return [...new Set(significantTokens(subject).map(singular))];
}

/**
 * Each subject joins the group of its most frequent topic word across all subjects (ties: the
 * word first in alphabetical order); `wordSource` gives the text whose words count (default: the subject). A group is named by that word and by the other words that
 * at least half of its subjects share. Groups come most frequent first.
 */
export function groupByTopic(subjects: readonly string[], wordSource: (subject: string) => string = (subject) => subject): TopicGroup[] {
	const wordsOf = subjects.map((subject) => topicWords(wordSource(subject)));
	const frequency = new Map<string, number>();
	for (const words of wordsOf) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const rank = (a: string, b: string) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || a.localeCompare(b);

	const groups = new Map<string, { subjects: string[]; words: string[][] }>();
	subjects.forEach((subject, index) => {
		const words = wordsOf[index]!;
		const key = [...words].sort(rank)[0] ?? '';
		const group = groups.get(key) ?? { subjects: [], words: [] };
		group.subjects.push(subject);
		group.words.push(words);
		groups.set(key, group);
	});

	return [...groups.entries()]
		.map(([key, group]) => {
			const shared = new Map<string, number>();
			for (const words of group.words) for (const word of words) if (word !== key) shared.set(word, (shared.get(word) ?? 0) + 1);
			const companions = [...shared.entries()]
				.filter(([, count]) => group.subjects.length > 1 && count * 2 >= group.subjects.length)
				.sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
				.map(([word]) => word);
			return { words: key ? [key, ...companions] : [], count: group.subjects.length, subjects: group.subjects };
		})
		.sort((a, b) => b.count - a.count || (a.words[0] ?? '').localeCompare(b.words[0] ?? ''));
}

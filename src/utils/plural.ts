/** A noun in its singular and plural forms, e.g. `{ one: 'artigo', many: 'artigos' }`. */
export interface Noun {
	one: string;
	many: string;
}

/** The noun form that goes with a count: the singular for exactly one, the plural otherwise ("0 artigos"). */
export function nounFor(count: number, noun: Noun): string {
	return count === 1 ? noun.one : noun.many;
}

/** A count with its noun, as a reader expects it: "1 artigo", "6 artigos", "1.250 versões". */
export function countOf(count: number, noun: Noun): string {
	return `${count.toLocaleString('pt-BR')} ${nounFor(count, noun)}`;
}

/** The nouns the site counts, so every page says them alike. */
export const NOUNS = {
	article: { one: 'artigo', many: 'artigos' },
	version: { one: 'versão', many: 'versões' },
	change: { one: 'mudança', many: 'mudanças' },
	bulletin: { one: 'informativo', many: 'informativos' },
} as const satisfies Record<string, Noun>;

/**
 * Text helpers shared by the search page and the ticket-intake suggestions: how a customer's
 * words are cleaned before they reach Pagefind.
 */

/** Lower case, accents removed: "Emissão" → "emissao". */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Portuguese function words and ticket filler that carry no topic ("não consigo", "erro ao"),
 * with the verbs of a story told at second hand ("o cliente diz que", "consta como") and the
 * indefinite pronouns ("nada", "nenhum", "todos", "outra"), which say how much, not what: in a title
 * they are rare words, and an index that lacks them (or has them in one article's body) would
 * weigh them as the most telling. Pagefind joins terms with AND, so each would only narrow the results.
 */
export const STOPWORDS = new Set(
	(
		'a o as os um uma uns umas de da do das dos em na no nas nos num numa por pela pelo pelas pelos para pra pro ' +
		'com sem sob sobre ate apos entre e ou mas que se ja nao sim mais menos muito muita muitos muitas pouco ' +
		'ao aos à às como quando onde qual quais quem porque pois entao tambem so esta estao esta estava estou ' +
		'e é era foi ser sao sera tem tenho tinha ter ha houve fica ficou esta isto isso aquilo este esse essa ' +
		'esta meu minha meus minhas seu sua seus suas nosso nossa eu voce voces ele ela eles elas nos lhe me te ' +
		'dele dela deles delas nele nela neles nelas aqui ali la ' +
		'consigo consegue conseguimos conseguir preciso precisamos gostaria queria quero favor ajuda ajudar ' +
		'tento tentei tentou tentamos tentando ' +
		'problema problemas erro erros duvida duvidas ocorre ocorrendo acontece aconteceu aparece apareceu ' +
		'consta constam constava constando diz dizem disse disseram dizendo fala falou falaram falando ' +
		'informa informou informando relata relatou relatando reclama reclamou reclamando reclamam ' +
		'dando deu da sistema hoje ontem agora sempre ainda depois antes desde vez vezes ' +
		'todo toda todos todas tudo nada ninguem nenhum nenhuma nenhuns nenhumas algum alguma alguns algumas alguem ' +
		'outro outra outros outras cada qualquer quaisquer'
	).split(/\s+/),
);

/**
 * Words of a query, folded, without punctuation; codes such as "FIS0210", "539" or "NF-e" are
 * kept, and so are version numbers ("26.02.001"): a dot stays only between two digits.
 */
export function tokens(text: string): string[] {
	return fold(text)
		.replace(/(?<!\d)\.|\.(?!\d)|[^\p{L}\p{N}\s.-]+/gu, ' ')
		.split(/\s+/)
		.map((word) => word.replace(/^-+|-+$/g, ''))
		.filter(Boolean);
}

/** A version number as release notes write it: "26.02", "26.01.010". */
export const VERSION = /^\d+(?:\.\d+)+$/;

/**
 * Whether a word can narrow a search: not a stopword, not a lone letter and not a short number
 * ("caixa 3", "loja 05", "1%"), which Pagefind would match as the prefix of every longer number.
 * Codes keep their digits: "204", "5910", "FIS0230", "ORA-28000".
 */
export function isSignificant(word: string): boolean {
	if (STOPWORDS.has(word)) return false;
	if (VERSION.test(word)) return true;
	if (/^\d+$/.test(word)) return word.length >= 3;
	return word.length > 1;
}

/** The words of a query that carry its topic, in order, without repeats. Never empty when the query had words. */
export function significantTokens(text: string): string[] {
	const all = [...new Set(tokens(text))];
	const kept = all.filter(isSignificant);
	return kept.length > 0 ? kept : all;
}

/**
 * A word the way Pagefind compares it: folded and without punctuation, so "NF-e" → "nfe",
 * "ORA-28000" → "ora28000", "emissão," → "emissao".
 */
export function searchForm(word: string): string {
	return fold(word).replace(/[^\p{L}\p{N}]+/gu, '');
}

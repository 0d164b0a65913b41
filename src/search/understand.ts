/**
 * What a customer's words mean before any search: the one query understanding shared by the
 * ticket-intake suggestions, the header search and the /busca/ page. It folds case and accents,
 * drops stopwords, keeps codes and version numbers whole, reads a word cut with a period
 * ("transf.", "ped.") as an abbreviation, and gives each word (or expression of the lexicon) the
 * other words it may be searched as. Typos are corrected later, when Pagefind says a word is
 * unknown (vocabulary.ts). Pure: tested without a browser.
 */
import type { CompiledLexicon } from './synonyms';
import { completions, type Vocabulary } from './vocabulary';
import { fold, isSignificant, searchForm, tokens, VERSION } from './text';

/** How a term came from the query. */
export type TermKind =
	/** An ordinary word. */
	| 'word'
	/** A code or number ("539", "FIS0210", "ORA-12154", "26.02.001"): never corrected. */
	| 'code'
	/** A word cut with a period, or a known abbreviation ("ped.", "NF"). */
	| 'abbreviation'
	/** An expression of the lexicon found in the query ("devolução do dinheiro"). */
	| 'phrase';

/** One topic of the query and what is sent to Pagefind for it. */
export interface QueryTerm {
	/** The word or expression as typed, folded. */
	word: string;
	/**
	 * Strings searched for it: the word itself first, then its other grammatical number (`forms`
	 * of them, see numberForms), then synonyms and expansions.
	 */
	alternatives: string[];
	/** How many alternatives after the first are the word itself in the other number: they count in full. */
	forms?: number;
	kind: TermKind;
	/** General words searched when the word finds nothing ("azeite" → produto): see Lexicon.broader. */
	broader?: string[];
	/**
	 * Typed with a period but not read as an abbreviation: nothing completes it ("corresp."), or it
	 * is a known word that ends a sentence. Searched by its start when the word itself finds nothing.
	 */
	cut?: true;
}

/** What understanding may use: the lexicon, and the vocabulary to complete abbreviations. */
export interface QueryAids {
	lexicon?: CompiledLexicon;
	vocabulary?: Vocabulary;
}

/** Most terms taken from one query (a long ticket text is cut). */
export const MAX_TERMS = 10;
/** Alternatives kept per term: each is one more Pagefind search. */
const MAX_ALTERNATIVES = 5;

interface RawWord {
	/** Folded, punctuation removed (dots kept inside numbers). */
	word: string;
	/** Typed with a trailing period ("transf."). */
	cut: boolean;
}

/** The query's words in order, each marked when it was cut with a period. */
export function rawWords(text: string): RawWord[] {
	return text
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((chunk) => {
			const parts = tokens(chunk);
			const cut = /\p{L}\.$/u.test(chunk.trim());
			return parts.map((word, index) => ({ word, cut: cut && index === parts.length - 1 }));
		});
}

/** A string Pagefind searches for a phrase: its words that narrow a search. */
function searchText(phrase: string): string {
	const words = phrase.split(' ').filter(isSignificant);
	return (words.length ? words : phrase.split(' ')).join(' ');
}

/**
 * The singular of a folded Portuguese plural ("maquininhas" → "maquininha", "promocoes" →
 * "promocao", "fornecedores" → "fornecedor"), so a lexicon entry written in the singular also
 * answers the plural. Returns the word when it does not look plural.
 */
export function singular(word: string): string {
	if (word.length < 4 || !word.endsWith('s')) return word;
	if (/(oes|aes)$/.test(word)) return `${word.slice(0, -3)}ao`;
	if (/ais$/.test(word)) return `${word.slice(0, -2)}l`;
	if (/eis$/.test(word)) return `${word.slice(0, -3)}el`;
	if (/(r|z)es$/.test(word)) return word.slice(0, -2);
	return word.slice(0, -1);
}

/**
 * The folded word in the other grammatical number, for the plurals Pagefind's Portuguese stemmer
 * keeps apart from their singular: "cartao"/"cartoes", "promocao"/"promocoes", "fiscal"/"fiscais",
 * "papel"/"papeis", "cupom"/"cupons", "item"/"itens" (the regular "nota"/"notas" share a stem and
 * need nothing). Candidates only: a word may have several ("pao" → "paes", "cartao" → "cartoes"), so
 * understandQuery keeps those the vocabulary knows.
 */
export function numberForms(word: string): string[] {
	if (word.length < 3 || !/^\p{L}+$/u.test(word)) return [];
	const stem = (suffix: string) => word.slice(0, -suffix.length);
	if (/(oes|aes|aos)$/.test(word)) return [`${stem('oes')}ao`];
	if (word.endsWith('ais')) return [`${stem('ais')}al`];
	if (word.endsWith('eis')) return [`${stem('eis')}el`, `${stem('eis')}il`];
	if (word.endsWith('ois')) return [`${stem('ois')}ol`];
	if (word.endsWith('uis')) return [`${stem('uis')}ul`];
	if (word.endsWith('ns')) return [`${stem('ns')}m`];
	if (word.endsWith('is')) return [`${stem('is')}il`];
	if (word.endsWith('ao')) return [`${stem('ao')}oes`, `${stem('ao')}aes`, `${word}s`];
	if (word.endsWith('il')) return [`${stem('il')}is`, `${stem('il')}eis`];
	if (/[aeou]l$/.test(word)) return [`${stem('l')}is`];
	if (word.endsWith('m')) return [`${stem('m')}ns`];
	return [];
}

/**
 * Endings of Portuguese verb forms that few nouns have: the past ("sumiram", "travou", "caiu"), the
 * third person plural ("bipam") and the gerund ("soltando", "sumindo"). The participles
 * ("apagado") are left out: they are also the adjectives that name a state.
 */
const VERB_FORM = /(aram|eram|iram|ando|endo|indo|ou|iu|am)$/;

/** Whether a folded word reads as a verb form (see VERB_FORM): what happened, not to what. */
export function isVerbForm(word: string): boolean {
	return word.length >= 4 && /^\p{L}+$/u.test(word) && VERB_FORM.test(word);
}

/** The lexicon's entry for a phrase, as written or in the singular. */
function lookup<T>(table: Map<string, T>, phrase: string): T | undefined {
	return table.get(phrase) ?? table.get(phrase.split(' ').map(singular).join(' '));
}

function isCode(word: string): boolean {
	return /\d/.test(word) || VERSION.test(word);
}

/**
 * The terms of a query. An expression of the lexicon (longest first) becomes one term whose
 * alternatives are its synonyms; a cut word becomes an abbreviation whose alternatives are its
 * expansions and the vocabulary words it starts; other words get their lexicon synonyms.
 */
export function understandQuery(text: string, aids: QueryAids = {}): QueryTerm[] {
	const words = rawWords(text);
	const lexicon = aids.lexicon;
	const terms: QueryTerm[] = [];
	const seen = new Set<string>();
	const push = (term: QueryTerm) => {
		const key = searchForm(term.word);
		// A word already searched, or a synonym of an earlier term ("loja virtual e-commerce"),
		// would count the same topic twice.
		if (!key || seen.has(key)) return;
		const alternatives = [...new Set(term.alternatives.map(searchText).filter(Boolean))].slice(0, MAX_ALTERNATIVES);
		for (const alternative of [term.word, ...alternatives]) seen.add(searchForm(alternative));
		terms.push({ ...term, alternatives });
	};

	for (let index = 0; index < words.length; index += 1) {
		// The longest expression of the lexicon starting here ("nota fiscal", "devolucao do dinheiro").
		let matched = false;
		if (lexicon) {
			for (let size = Math.min(lexicon.longest, words.length - index); size >= 2; size -= 1) {
				const phrase = words
					.slice(index, index + size)
					.map((entry) => entry.word)
					.join(' ');
				const synonyms = lookup(lexicon.synonyms, phrase);
				if (synonyms) {
					push({ word: phrase, alternatives: [phrase, ...synonyms], kind: 'phrase' });
					index += size - 1;
					matched = true;
					break;
				}
			}
		}
		if (matched) continue;

		const { word, cut } = words[index]!;
		const expansions = lexicon ? lookup(lexicon.abbreviations, word) : undefined;
		const isKnownWord = aids.vocabulary?.has(word) ?? false;
		if ((cut && !isKnownWord && !isCode(word)) || (expansions && !isKnownWord)) {
			// "ped." → pedido; "transf." → the vocabulary's transferencia…; kept even when short.
			const fromVocabulary = cut && aids.vocabulary ? completions(word, aids.vocabulary) : [];
			const alternatives = [...(expansions ?? []), ...fromVocabulary];
			if (word.length >= 2 && alternatives.length > 0) {
				push({ word, alternatives: cut ? [word, ...alternatives] : [...alternatives, word], kind: 'abbreviation' });
				continue;
			}
		}
		if (!isSignificant(word)) continue;
		if (word.length < 2 && !/\d/.test(word)) continue;
		if (isCode(word)) {
			push({ word, alternatives: [word], kind: 'code' });
			continue;
		}
		// A thing the FAQ never names ("azeite") is looked for as what articles call it ("produto").
		const broader = lexicon && !isKnownWord ? lookup(lexicon.broader, word) : undefined;
		// "cupons fiscais" also finds the article on the "cupom fiscal": only forms the articles use.
		const forms = aids.vocabulary ? numberForms(word).filter((form) => aids.vocabulary!.has(form)) : [];
		push({
			word,
			alternatives: [word, ...forms, ...((lexicon && lookup(lexicon.synonyms, word)) ?? [])],
			kind: 'word',
			...(forms.length ? { forms: forms.length } : {}),
			...(broader ? { broader } : {}),
			...(cut ? { cut: true as const } : {}),
		});
	}
	return terms.slice(0, MAX_TERMS);
}

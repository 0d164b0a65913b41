import { z } from 'zod';

const phrase = z
	.string({ invalid_type_error: 'deve ser um texto (uma palavra ou expressão)' })
	.trim()
	.min(1, 'não pode ficar vazio');

/**
 * The content folder's optional `sinonimos.yml`: the words of this content's customers, on top of
 * the domain lexicon the product ships (src/search/lexicon.ts). Used by the suggestions and the
 * site search at query time.
 */
export const synonymsFileSchema = z
	.object({
		/**
		 * Groups of words or expressions that mean the same thing, e.g. `[gôndola, prateleira]`.
		 * A group that shares a word with a group of the shipped lexicon replaces it.
		 */
		grupos: z
			.array(z.array(phrase, { invalid_type_error: 'cada grupo deve ser uma lista, como [gôndola, prateleira]' }).min(2, 'um grupo precisa de pelo menos duas palavras ou expressões'), {
				invalid_type_error: 'deve ser uma lista de grupos, como - [gôndola, prateleira]',
			})
			.default([]),
		/**
		 * Abbreviations (without the period) and what they stand for, e.g. `ped: pedido` or
		 * `nf: [nota fiscal, nf-e]`. Replaces the shipped expansions of the same abbreviation.
		 */
		abreviacoes: z
			.record(z.union([phrase, z.array(phrase).min(1, 'diga pelo menos uma expansão')]), { invalid_type_error: 'deve ser um mapa, como "ped: pedido"' })
			.default({}),
	})
	.strict();

export type SynonymsFile = z.infer<typeof synonymsFileSchema>;

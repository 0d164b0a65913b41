import { z } from 'zod';
import { boundedText, dateSchema, faqIdSchema, idSchema, optionalBoolean } from './common';

/** A knowledge-base article (`faq/<module>/<slug>.md[x]`). */
export const faqSchema = z
	.object({
		/** The question or the symptom as a customer says it. */
		title: boundedText(10, 140),
		/** One-sentence answer or summary, shown under the title and in suggestions. */
		description: boundedText(20, 300),
		/** The module the article belongs to (an id from modules.yml). */
		module: idSchema,
		/** Words customers use that the text may not: synonyms, codes, abbreviations. */
		keywords: z.array(z.string({ invalid_type_error: 'deve ser uma lista de textos' }), { invalid_type_error: 'deve ser uma lista de textos, como ["NF", "nota fiscal"]' }).default([]),
		/** The screen, program or routine concerned (e.g. a program code). */
		routine: z.string({ invalid_type_error: 'deve ser um texto' }).trim().min(1, 'não pode ficar vazio').optional(),
		/** Versions the article applies to, free text (e.g. "a partir de 24.01"). */
		versions: z.string({ invalid_type_error: 'deve ser um texto' }).trim().min(1, 'não pode ficar vazio').optional(),
		/** Date of the last review of the content. */
		updated: dateSchema,
		/** Ids of related FAQ articles; each must exist. */
		related: z.array(faqIdSchema, { invalid_type_error: 'deve ser uma lista de ids de artigos' }).default([]),
		/** Drafts are validated but not published. */
		draft: optionalBoolean,
	})
	.strict();

export type FaqData = z.infer<typeof faqSchema>;

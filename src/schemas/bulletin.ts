import { z } from 'zod';
import { boundedText, dateSchema, idSchema, optionalBoolean, requiredText } from './common';

/** Bulletin categories, as the content model lists them. */
export const BULLETIN_CATEGORIES = [
	'legislacao',
	'manutencao',
	'seguranca',
	'comunicado',
	'evento',
	'liberacao-versao',
] as const;
export type BulletinCategory = (typeof BULLETIN_CATEGORIES)[number];

/** A bulletin (informativo) (`bulletins/<yyyy>/<slug>.md[x]`). */
export const bulletinSchema = z
	.object({
		/** Headline. */
		title: requiredText,
		/** Publication date. */
		date: dateSchema,
		/** What kind of news this is. */
		category: z.enum(BULLETIN_CATEGORIES, {
			errorMap: () => ({ message: `deve ser um destes: ${BULLETIN_CATEGORIES.join(', ')}` }),
		}),
		/** One or two sentences shown on listings. */
		summary: boundedText(20, 300),
		/** Products concerned (ids from products.yml). */
		products: z.array(idSchema, { invalid_type_error: 'deve ser uma lista de ids de produtos' }).default([]),
		/** Modules concerned (ids from modules.yml). */
		modules: z.array(idSchema, { invalid_type_error: 'deve ser uma lista de ids de módulos' }).default([]),
		/** Pinned bulletins come first on the home page and the listing. */
		pinned: optionalBoolean,
		/** After this date the bulletin leaves the home page and listings; its page stays. */
		expires: dateSchema.optional(),
	})
	.strict();

export type BulletinData = z.infer<typeof bulletinSchema>;

import { z } from 'zod';
import { boundedText, dateSchema, idSchema, optionalBoolean, requiredText, versionSchema } from './common';

/** The kinds of change a release note lists, in the order readers see them. */
export const CHANGE_TYPES = [
	'novidade',
	'melhoria',
	'correcao',
	'legal',
	'seguranca',
	'descontinuado',
	'problema-conhecido',
] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** One change delivered by a version. */
export const changeSchema = z
	.object({
		/** What kind of change this is. */
		type: z.enum(CHANGE_TYPES, {
			errorMap: () => ({ message: `deve ser um destes: ${CHANGE_TYPES.join(', ')}` }),
		}),
		/** The module the change touches; it must belong to the release's product. */
		module: idSchema,
		/** One line that says what changed. */
		title: requiredText,
		/** Details in Markdown. */
		description: z.string({ invalid_type_error: 'deve ser um texto' }).optional(),
		/** The internal issue key (e.g. "DMANCONSINCO-1234"). */
		ticket: z.string({ invalid_type_error: 'deve ser um texto' }).optional(),
		/** The customer must act when upgrading. */
		breaking: optionalBoolean,
	})
	.strict();

/** A release note (`releases/<product>/<version>.md[x]`): one released version of one product. */
export const releaseSchema = z
	.object({
		/** The product released (an id from products.yml). */
		product: idSchema,
		/** Numeric version; versions sort segment by segment. */
		version: versionSchema,
		/** Release date. */
		date: dateSchema,
		/** What the version brings, in one or two sentences. */
		summary: boundedText(20, 300),
		/** The changes, at least one. */
		changes: z.array(changeSchema, { required_error: 'é obrigatório', invalid_type_error: 'deve ser uma lista de mudanças' }).min(1, 'deve ter pelo menos uma mudança'),
	})
	.strict();

export type ReleaseData = z.infer<typeof releaseSchema>;
export type Change = z.infer<typeof changeSchema>;

import { z } from 'zod';

/** Kebab-case ASCII id, as every id in the content model. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A FAQ id: kebab-case segments joined by `/` (`fiscal/rejeicao-539`). */
export const PATH_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
/** A version: 2 to 4 numeric segments (`24.01.012`). */
export const VERSION_PATTERN = /^\d+(\.\d+){1,3}$/;

export const idSchema = z
	.string({ required_error: 'é obrigatório', invalid_type_error: 'deve ser um texto' })
	.regex(ID_PATTERN, 'deve estar em kebab-case ASCII (letras minúsculas, números e hífens, como "frente-de-loja")');

export const faqIdSchema = z
	.string({ invalid_type_error: 'deve ser um texto' })
	.regex(PATH_ID_PATTERN, 'deve ser o id de um artigo, como "fiscal/rejeicao-539"');

export const versionSchema = z
	.string({ required_error: 'é obrigatório', invalid_type_error: 'deve ser um texto entre aspas, como "24.01.012"' })
	.regex(VERSION_PATTERN, 'deve ter de 2 a 4 segmentos numéricos separados por ponto, como "24.01.012"');

/** A required text whose length is bounded, with the bounds in the message. */
export function boundedText(min: number, max: number) {
	return z
		.string({ required_error: 'é obrigatório', invalid_type_error: 'deve ser um texto' })
		.trim()
		.min(min, `deve ter de ${min} a ${max} caracteres`)
		.max(max, `deve ter de ${min} a ${max} caracteres`);
}

export const requiredText = z
	.string({ required_error: 'é obrigatório', invalid_type_error: 'deve ser um texto' })
	.trim()
	.min(1, 'não pode ficar vazio');

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers turn such a value into a Date (js-yaml,
 * which Astro uses) or keep it as a string (YAML 1.2): both are accepted, anything else is not.
 */
export const dateSchema = z
	.union([z.date(), z.string()], {
		errorMap: (issue, ctx) =>
			issue.code === 'invalid_union' || issue.code === 'invalid_type'
				? { message: ctx.data === undefined ? 'é obrigatório' : 'deve ser uma data no formato AAAA-MM-DD' }
				: { message: ctx.defaultError },
	})
	.transform((value, ctx) => {
		if (value instanceof Date) {
			if (Number.isNaN(value.getTime())) {
				ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'deve ser uma data válida no formato AAAA-MM-DD' });
				return z.NEVER;
			}
			return value;
		}
		const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
		const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
		if (!match || !date || date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'deve ser uma data válida no formato AAAA-MM-DD' });
			return z.NEVER;
		}
		return date;
	});

export const optionalBoolean = z
	.boolean({ invalid_type_error: 'deve ser true ou false' })
	.default(false);

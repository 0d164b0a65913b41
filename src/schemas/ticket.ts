/**
 * The ticket handed to the ticket API (see the ticket API contract), shared by the browser
 * intake page and the ticket service so that both apply the very same rules and messages.
 *
 * Browser-safe on purpose: it imports only zod and ./common, never a node module.
 */
import { z } from 'zod';
import { FREE_TEXT_FORBIDDEN, hasVisibleText, ONE_LINE_FORBIDDEN } from './clean-text';
import { ID_PATTERN, PATH_ID_PATTERN, VERSION_PATTERN } from './common';

/** Length bounds of the text fields, exported so the page can show counters and `maxlength`. */
export const TICKET_LIMITS = {
	subject: { min: 10, max: 150 },
	description: { min: 30, max: 20_000 },
	routine: { max: 120 },
	requesterName: { min: 2, max: 120 },
	requesterCompany: { min: 2, max: 160 },
	deflectionSubject: { min: 1, max: 150 },
	/** RFC 5321's limit on a whole address. */
	email: { max: 254 },
	phone: { max: 40 },
	version: { max: 32 },
	/** Articles in each list of the deflection trail. */
	deflectionIds: { max: 20 },
	/** A product or module id. */
	id: { max: 64 },
	/** An article id ("module/slug"). */
	articleId: { max: 200 },
} as const;

export const ENVIRONMENTS = ['producao', 'homologacao'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/** How each environment is written for people (the ids stay ASCII on the wire). */
export const ENVIRONMENT_LABELS: Record<Environment, string> = {
	producao: 'Produção',
	homologacao: 'Homologação',
};

/** The products and modules a ticket may name: what `readCatalog()` returns, reduced to ids. */
export interface TicketCatalog {
	products: ReadonlyArray<{ id: string }>;
	modules: ReadonlyArray<{ id: string; product: string }>;
	/** The FAQ article ids; when given, the deflection trail may name only these. */
	articles?: ReadonlyArray<string>;
}

/** One broken rule as the contract reports it: a dotted path and a message for people. */
export interface FieldError {
	path: string;
	message: string;
}

// Every message below is a whole pt-BR sentence that names the rule, because the page shows it
// as is next to the field and the API returns it as is in `fields`.

/** The clean-text rules of a one-line field (a name, a subject): see clean-text.ts. */
function oneLine(label: string) {
	return (text: z.ZodString) =>
		text.refine((value) => !ONE_LINE_FORBIDDEN.test(value), {
			message: `${label} não pode ter quebras de linha, caracteres de controle nem caracteres invisíveis.`,
		});
}

/**
 * A required text, trimmed, whose length must stay within bounds, with at least one visible
 * letter or digit. `multiLine` allows line breaks and tabs (a description); otherwise the text
 * must be one clean line.
 */
function boundedText(label: string, required: string, min: number, max: number, { multiLine = false } = {}) {
	const rule = `${label} deve ter de ${min} a ${max} caracteres.`;
	const text = z
		.string({ required_error: required, invalid_type_error: `${label} deve ser um texto.` })
		.trim()
		.min(min, rule)
		.max(max, rule);
	const clean = multiLine
		? text.refine((value) => !FREE_TEXT_FORBIDDEN.test(value), {
				message: `${label} não pode ter caracteres de controle.`,
			})
		: oneLine(label)(text);
	return clean.refine((value) => value === '' || hasVisibleText(value), {
		message: `${label} deve ter letras ou números visíveis.`,
	});
}

/**
 * An optional text, trimmed. A blank value counts as absent, because an empty form field is
 * sent as "" and the customer did not mean to type anything there.
 */
function optionalText(label: string, max: number) {
	const text = z
		.string({ invalid_type_error: `${label} deve ser um texto.` })
		.trim()
		.max(max, `${label} deve ter no máximo ${max} caracteres.`);
	return oneLine(label)(text)
		.optional()
		.transform((value) => (value === '' ? undefined : value));
}

/** A required kebab-case id (product, module). */
function idField(label: string, required: string, example: string) {
	return z
		.string({ required_error: required, invalid_type_error: `${label} deve ser um texto.` })
		.max(TICKET_LIMITS.id.max, `${label} deve ter no máximo ${TICKET_LIMITS.id.max} caracteres.`)
		.regex(ID_PATTERN, `${label} deve ser um id em letras minúsculas, números e hífens, como "${example}".`);
}

/** An optional list of FAQ ids (`item` names one entry, `list` the whole list). */
function faqIdList(item: string, list: string) {
	const itemRule = `${item} deve ser o id de um artigo, como "fiscal/rejeicao-539".`;
	const { max } = TICKET_LIMITS.deflectionIds;
	return z
		.array(z.string({ invalid_type_error: itemRule }).max(TICKET_LIMITS.articleId.max, itemRule).regex(PATH_ID_PATTERN, itemRule), {
			invalid_type_error: `${list} devem ser uma lista de ids de artigos.`,
		})
		.max(max, `${list} devem ser no máximo ${max}.`)
		.optional();
}

const UNKNOWN_FIELDS = 'O chamado tem campos que não fazem parte do formulário.';

const requesterSchema = z
	.object(
		{
			name: boundedText(
				'O nome',
				'Informe o seu nome.',
				TICKET_LIMITS.requesterName.min,
				TICKET_LIMITS.requesterName.max,
			),
			email: z
				.string({ required_error: 'Informe o seu e-mail.', invalid_type_error: 'O e-mail deve ser um texto.' })
				.trim()
				.max(TICKET_LIMITS.email.max, `O e-mail deve ter no máximo ${TICKET_LIMITS.email.max} caracteres.`)
				.email('O e-mail deve ser um endereço válido, como nome@empresa.com.br.'),
			company: boundedText(
				'A empresa',
				'Informe a empresa.',
				TICKET_LIMITS.requesterCompany.min,
				TICKET_LIMITS.requesterCompany.max,
			),
			phone: optionalText('O telefone', TICKET_LIMITS.phone.max),
		},
		{
			required_error: 'Informe quem abre o chamado: nome, e-mail e empresa.',
			invalid_type_error: 'Os dados de quem abre o chamado devem ser um objeto com nome, e-mail e empresa.',
		},
	)
	.strict(UNKNOWN_FIELDS);

const deflectionTrailSchema = z
	.object(
		{
			suggested: faqIdList('Cada artigo sugerido', 'Os artigos sugeridos'),
			opened: faqIdList('Cada artigo aberto', 'Os artigos abertos'),
		},
		{ invalid_type_error: 'Os artigos sugeridos e abertos devem vir num objeto { suggested, opened }.' },
	)
	.strict(UNKNOWN_FIELDS)
	.optional();

const environmentSchema = z.enum(ENVIRONMENTS, {
	errorMap: (_issue, ctx) => ({
		message:
			ctx.data === undefined
				? 'Informe o ambiente: produção ou homologação.'
				: 'O ambiente deve ser produção ("producao") ou homologação ("homologacao").',
	}),
});

/**
 * The ticket without the catalog checks: every field rule of the contract. The page can use its
 * `.shape` to check one field at a time; to check a whole ticket use `ticketSchema(catalog)`.
 */
export const ticketObjectSchema = z
	.object(
		{
			subject: boundedText('O assunto', 'Informe o assunto.', TICKET_LIMITS.subject.min, TICKET_LIMITS.subject.max),
			description: boundedText(
				'A descrição',
				'Descreva o que aconteceu.',
				TICKET_LIMITS.description.min,
				TICKET_LIMITS.description.max,
				{ multiLine: true },
			),
			product: idField('O produto', 'Escolha o produto.', 'erp'),
			module: idField('O módulo', 'Escolha o módulo.', 'fiscal'),
			routine: optionalText('A rotina', TICKET_LIMITS.routine.max),
			version: z
				.string({ required_error: 'Informe a versão instalada.', invalid_type_error: 'A versão deve ser um texto.' })
				.trim()
				.max(TICKET_LIMITS.version.max, `A versão deve ter no máximo ${TICKET_LIMITS.version.max} caracteres.`)
				.regex(VERSION_PATTERN, 'A versão deve ter de 2 a 4 números separados por ponto, como 24.01.012.'),
			environment: environmentSchema,
			requester: requesterSchema,
			remoteAccess: z.boolean({
				required_error: 'Responda se autoriza o acesso remoto quando o analista pedir.',
				invalid_type_error: 'A autorização de acesso remoto deve ser sim (true) ou não (false).',
			}),
			deflection: deflectionTrailSchema,
		},
		{
			required_error: 'O chamado deve ser um objeto JSON com os campos do formulário.',
			invalid_type_error: 'O chamado deve ser um objeto JSON com os campos do formulário.',
		},
	)
	.strict(UNKNOWN_FIELDS);

/** A valid ticket, after trimming. */
export type Ticket = z.output<typeof ticketObjectSchema>;
/** What the page sends (before trimming). */
export type TicketInput = z.input<typeof ticketObjectSchema>;

function quoteList(ids: readonly string[]): string {
	return ids.map((id) => `"${id}"`).join(', ');
}

/**
 * The catalog rules: the product exists and the module belongs to it. They read the raw input,
 * so they are reported even when other fields are broken (zod skips object refinements then).
 * Values that are not ids at all are left to the field rules, which already report them.
 */
function catalogIssues(input: unknown, catalog: TicketCatalog): FieldError[] {
	if (typeof input !== 'object' || input === null || Array.isArray(input)) return [];
	const { product, module } = input as { product?: unknown; module?: unknown };
	const issues: FieldError[] = [];
	const productIds = catalog.products.map((entry) => entry.id);
	const productKnown = typeof product === 'string' && productIds.includes(product);

	if (typeof product === 'string' && ID_PATTERN.test(product) && !productKnown) {
		issues.push({
			path: 'product',
			message: `O produto deve ser um dos produtos da Central de Ajuda (${quoteList(productIds)}); "${product}" não existe.`,
		});
	}
	if (typeof module === 'string' && ID_PATTERN.test(module)) {
		const entry = catalog.modules.find((candidate) => candidate.id === module);
		if (!entry) {
			issues.push({ path: 'module', message: `O módulo deve ser um dos módulos da Central de Ajuda; "${module}" não existe.` });
		} else if (productKnown && entry.product !== product) {
			issues.push({
				path: 'module',
				message: `O módulo deve pertencer ao produto escolhido: "${module}" é do produto "${entry.product}", não de "${product}".`,
			});
		}
	}
	issues.push(...unknownArticles(input, catalog));
	return issues;
}

/** Deflection ids that look like ids but name no article of the catalog. */
function unknownArticles(input: object, catalog: TicketCatalog): FieldError[] {
	if (!catalog.articles) return [];
	const known = new Set(catalog.articles);
	const trail = (input as { deflection?: unknown }).deflection;
	if (typeof trail !== 'object' || trail === null) return [];
	const issues: FieldError[] = [];
	for (const list of ['suggested', 'opened'] as const) {
		const ids = (trail as Record<string, unknown>)[list];
		if (!Array.isArray(ids) || ids.length > TICKET_LIMITS.deflectionIds.max) continue;
		ids.forEach((id, index) => {
			if (typeof id === 'string' && PATH_ID_PATTERN.test(id) && !known.has(id)) {
				issues.push({ path: `deflection.${list}.${index}`, message: `O artigo "${id}" não existe na Central de Ajuda.` });
			}
		});
	}
	return issues;
}

/**
 * The whole ticket. Given the catalog (products and modules of the built content), it also
 * checks that the product exists and that the module belongs to it; without it, only the field
 * rules apply (the page may not have the catalog at hand).
 */
export function ticketSchema(catalog?: TicketCatalog): z.ZodType<Ticket, z.ZodTypeDef, unknown> {
	if (!catalog) return ticketObjectSchema;
	return z.unknown().transform((input, ctx) => {
		const parsed = ticketObjectSchema.safeParse(input);
		if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue(issue);
		const fromCatalog = catalogIssues(input, catalog);
		for (const issue of fromCatalog) {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.path.split('.'), message: issue.message });
		}
		return parsed.success && fromCatalog.length === 0 ? parsed.data : z.NEVER;
	});
}

/** POST /api/deflections: a suggested article solved the problem, so no ticket was opened. */
export const deflectionSchema = z
	.object(
		{
			subject: boundedText(
				'O assunto',
				'Informe o assunto digitado.',
				TICKET_LIMITS.deflectionSubject.min,
				TICKET_LIMITS.deflectionSubject.max,
			),
			article: z
				.string({ required_error: 'Informe o artigo que resolveu.', invalid_type_error: 'O artigo deve ser um texto.' })
				.max(TICKET_LIMITS.articleId.max, `O artigo deve ter no máximo ${TICKET_LIMITS.articleId.max} caracteres.`)
				.regex(PATH_ID_PATTERN, 'O artigo deve ser o id de um artigo, como "fiscal/rejeicao-539".'),
			outcome: z.literal('resolvido', {
				errorMap: () => ({ message: 'O resultado deve ser "resolvido".' }),
			}),
		},
		{
			required_error: 'O registro deve ser um objeto JSON com assunto, artigo e resultado.',
			invalid_type_error: 'O registro deve ser um objeto JSON com assunto, artigo e resultado.',
		},
	)
	.strict('O registro tem campos que não fazem parte dele.');

export type Deflection = z.output<typeof deflectionSchema>;

/**
 * The contract's `fields`: one entry per broken rule, with a dotted path ("requester.email",
 * "deflection.opened.0"). An unknown field becomes one entry per field, at the field's own path,
 * so that the message can name it.
 */
export function toFieldErrors(error: z.ZodError): FieldError[] {
	const fields: FieldError[] = [];
	for (const issue of error.issues) {
		if (issue.code === z.ZodIssueCode.unrecognized_keys) {
			for (const key of issue.keys) {
				const path = [...issue.path, key].join('.');
				fields.push({ path, message: `O campo "${path}" não faz parte do formulário e não é aceito.` });
			}
		} else {
			fields.push({ path: issue.path.join('.'), message: issue.message });
		}
	}
	// The same rule can surface twice (e.g. through a union); report it once.
	return fields.filter(
		(field, index) => fields.findIndex((other) => other.path === field.path && other.message === field.message) === index,
	);
}

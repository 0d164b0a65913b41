import { describe, expect, it } from 'vitest';
import {
	deflectionSchema,
	type TicketCatalog,
	ticketObjectSchema,
	ticketSchema,
	toFieldErrors,
} from '../../src/schemas/ticket';
import { readCatalog } from '../../src/utils/catalog';
import { FIXTURE_CONTENT_DIR, validTicket } from './helpers';

const catalog = readCatalog(FIXTURE_CONTENT_DIR);
const withCatalog = ticketSchema(catalog);

function fieldsOf(schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } }, input: unknown) {
	const result = schema.safeParse(input);
	if (result.success) return [];
	return toFieldErrors(result.error as Parameters<typeof toFieldErrors>[0]);
}

describe('ticketSchema', () => {
	it('accepts a valid ticket and trims its texts', () => {
		const result = withCatalog.safeParse(
			validTicket({ subject: '   Rejeição 539 ao emitir NF-e  ', requester: { name: ' Ana ', email: ' ana@x.com.br ', company: 'Mercado' } }),
		);
		expect(result.success).toBe(true);
		if (!result.success) return;
		expect(result.data.subject).toBe('Rejeição 539 ao emitir NF-e');
		expect(result.data.requester).toEqual({ name: 'Ana', email: 'ana@x.com.br', company: 'Mercado' });
	});

	it('treats blank optional texts as absent and accepts a ticket without the optional fields', () => {
		const { routine: _routine, deflection: _deflection, ...required } = validTicket();
		const result = withCatalog.safeParse({ ...required, routine: '   ', requester: { name: 'Ana', email: 'ana@x.com.br', company: 'Mercado', phone: '' } });
		expect(result.success).toBe(true);
		if (!result.success) return;
		expect(result.data.routine).toBeUndefined();
		expect(result.data.requester.phone).toBeUndefined();
		expect(result.data.deflection).toBeUndefined();
	});

	it.each([
		['subject', 'a'.repeat(9), 'O assunto deve ter de 10 a 150 caracteres.'],
		['subject', 'a'.repeat(151), 'O assunto deve ter de 10 a 150 caracteres.'],
		['subject', `   ${'a'.repeat(9)}   `, 'O assunto deve ter de 10 a 150 caracteres.'],
		['description', 'a'.repeat(29), 'A descrição deve ter de 30 a 20000 caracteres.'],
		['description', 'a'.repeat(20_001), 'A descrição deve ter de 30 a 20000 caracteres.'],
		['routine', 'a'.repeat(121), 'A rotina deve ter no máximo 120 caracteres.'],
		['version', '24', 'A versão deve ter de 2 a 4 números separados por ponto, como 24.01.012.'],
		['version', '1.2.3.4.5', 'A versão deve ter de 2 a 4 números separados por ponto, como 24.01.012.'],
		['version', 'v24.01', 'A versão deve ter de 2 a 4 números separados por ponto, como 24.01.012.'],
		['environment', 'Produção', 'O ambiente deve ser produção ("producao") ou homologação ("homologacao").'],
		['remoteAccess', 'true', 'A autorização de acesso remoto deve ser sim (true) ou não (false).'],
		['product', 'ERP', 'O produto deve ser um id em letras minúsculas, números e hífens, como "erp".'],
		['subject', 42, 'O assunto deve ser um texto.'],
	])('rejects %s = %j with a message naming the rule', (field, value, message) => {
		expect(fieldsOf(withCatalog, validTicket({ [field]: value }))).toEqual([{ path: field, message }]);
	});

	it('accepts the bounds themselves', () => {
		for (const version of ['24.01', '24.01.012', '1.2.3.4']) {
			expect(withCatalog.safeParse(validTicket({ version })).success).toBe(true);
		}
		expect(withCatalog.safeParse(validTicket({ subject: 'a'.repeat(10), description: 'b'.repeat(30) })).success).toBe(true);
		expect(withCatalog.safeParse(validTicket({ subject: 'a'.repeat(150), description: 'b'.repeat(20_000) })).success).toBe(true);
		expect(withCatalog.safeParse(validTicket({ environment: 'homologacao', remoteAccess: false })).success).toBe(true);
	});

	it('checks the requester, with dotted paths', () => {
		const fields = fieldsOf(withCatalog, validTicket({ requester: { name: 'A', email: 'ana@', company: 'M' } }));
		expect(fields).toEqual([
			{ path: 'requester.name', message: 'O nome deve ter de 2 a 120 caracteres.' },
			{ path: 'requester.email', message: 'O e-mail deve ser um endereço válido, como nome@empresa.com.br.' },
			{ path: 'requester.company', message: 'A empresa deve ter de 2 a 160 caracteres.' },
		]);
		expect(fieldsOf(withCatalog, validTicket({ requester: undefined }))).toEqual([
			{ path: 'requester', message: 'Informe quem abre o chamado: nome, e-mail e empresa.' },
		]);
	});

	it('checks the deflection trail: FAQ ids only, known keys only', () => {
		expect(fieldsOf(withCatalog, validTicket({ deflection: { suggested: ['fiscal/rejeicao-539', 'Não é id'], seen: [] } }))).toEqual([
			{ path: 'deflection.suggested.1', message: 'Cada artigo sugerido deve ser o id de um artigo, como "fiscal/rejeicao-539".' },
			{ path: 'deflection.seen', message: 'O campo "deflection.seen" não faz parte do formulário e não é aceito.' },
		]);
		expect(fieldsOf(withCatalog, validTicket({ deflection: { opened: 'fiscal/x' } }))).toEqual([
			{ path: 'deflection.opened', message: 'Os artigos abertos devem ser uma lista de ids de artigos.' },
		]);
	});

	it('rejects unknown fields one by one, never drops them', () => {
		expect(fieldsOf(withCatalog, validTicket({ username: 'ana', password: 'x' }))).toEqual([
			{ path: 'username', message: 'O campo "username" não faz parte do formulário e não é aceito.' },
			{ path: 'password', message: 'O campo "password" não faz parte do formulário e não é aceito.' },
		]);
	});

	it('with the catalog, requires an existing product and a module of that product', () => {
		expect(fieldsOf(withCatalog, validTicket({ product: 'pdv', module: 'frente-de-loja' }))).toEqual([]);
		expect(fieldsOf(withCatalog, validTicket({ product: 'pdv', module: 'fiscal' }))).toEqual([
			{ path: 'module', message: 'O módulo deve pertencer ao produto escolhido: "fiscal" é do produto "erp", não de "pdv".' },
		]);
		expect(fieldsOf(withCatalog, validTicket({ module: 'rh' }))).toEqual([
			{ path: 'module', message: 'O módulo deve ser um dos módulos da Central de Ajuda; "rh" não existe.' },
		]);
		expect(fieldsOf(withCatalog, validTicket({ product: 'crm' }))).toEqual([
			{ path: 'product', message: 'O produto deve ser um dos produtos da Central de Ajuda ("erp", "pdv"); "crm" não existe.' },
		]);
	});

	it('reports the catalog rule together with other broken rules', () => {
		const fields = fieldsOf(withCatalog, { ...validTicket({ product: 'pdv', module: 'fiscal' }), remoteAccess: undefined, subject: undefined });
		expect(fields.map((field) => field.path)).toEqual(['subject', 'remoteAccess', 'module']);
	});

	it('without a catalog, applies only the field rules', () => {
		expect(ticketSchema().safeParse(validTicket({ product: 'crm', module: 'rh' })).success).toBe(true);
		expect(ticketObjectSchema.shape.subject.safeParse('curto').success).toBe(false);
	});

	it('accepts an empty catalog as "no product is valid"', () => {
		const empty: TicketCatalog = { products: [], modules: [] };
		expect(fieldsOf(ticketSchema(empty), validTicket()).map((field) => field.path)).toEqual(['product', 'module']);
	});

	it('rejects a body that is not an object', () => {
		for (const input of [null, [], 'texto', 1]) {
			expect(fieldsOf(withCatalog, input)).toEqual([
				{ path: '', message: 'O chamado deve ser um objeto JSON com os campos do formulário.' },
			]);
		}
	});
});

describe('deflectionSchema', () => {
	it('accepts subject, article and outcome "resolvido"', () => {
		expect(deflectionSchema.parse({ subject: ' nota rejeitada ', article: 'fiscal/rejeicao-539', outcome: 'resolvido' })).toEqual({
			subject: 'nota rejeitada',
			article: 'fiscal/rejeicao-539',
			outcome: 'resolvido',
		});
	});

	it('names each broken rule', () => {
		expect(fieldsOf(deflectionSchema, { subject: '', article: 'x y', outcome: 'nao-resolvido', extra: true })).toEqual([
			{ path: 'subject', message: 'O assunto deve ter de 1 a 150 caracteres.' },
			{ path: 'article', message: 'O artigo deve ser o id de um artigo, como "fiscal/rejeicao-539".' },
			{ path: 'outcome', message: 'O resultado deve ser "resolvido".' },
			{ path: 'extra', message: 'O campo "extra" não faz parte do formulário e não é aceito.' },
		]);
	});
});

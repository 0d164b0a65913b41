import { describe, expect, it } from 'vitest';
import { dateSchema } from '../../src/schemas/common';
import { faqSchema } from '../../src/schemas/faq';
import { releaseSchema } from '../../src/schemas/release';
import { bulletinSchema } from '../../src/schemas/bulletin';

const article = {
	title: 'Rejeição 539 ao transmitir a NF-e',
	description: 'A SEFAZ tem outra nota com o mesmo número; consulte a chave autorizada.',
	module: 'fiscal',
	updated: '2026-01-10',
};

describe('faq schema', () => {
	it('accepts a minimal article and fills the defaults', () => {
		const data = faqSchema.parse(article);
		expect(data).toMatchObject({ keywords: [], related: [], draft: false });
		expect(data.updated.toISOString()).toBe('2026-01-10T00:00:00.000Z');
	});

	it('accepts the Date js-yaml gives for an unquoted date', () => {
		expect(faqSchema.parse({ ...article, updated: new Date('2026-01-10') }).updated.getUTCDate()).toBe(10);
	});

	it('rejects unknown keys, bounds on title and description, and non-kebab module ids', () => {
		expect(faqSchema.safeParse({ ...article, tittle: 'x' }).success).toBe(false);
		expect(faqSchema.safeParse({ ...article, title: 'curto' }).success).toBe(false);
		expect(faqSchema.safeParse({ ...article, title: 'x'.repeat(141) }).success).toBe(false);
		expect(faqSchema.safeParse({ ...article, description: 'curta' }).success).toBe(false);
		expect(faqSchema.safeParse({ ...article, module: 'Frente de Loja' }).success).toBe(false);
		expect(faqSchema.safeParse({ ...article, related: ['fiscal/Rejeicao'] }).success).toBe(false);
	});
});

describe('date schema', () => {
	it.each(['2026-02-30', '2026-13-01', '10/01/2026', ''])('rejects %s', (value) => {
		expect(dateSchema.safeParse(value).success).toBe(false);
	});
	it('accepts a real day', () => {
		expect(dateSchema.parse('2024-02-29').getUTCMonth()).toBe(1);
	});
});

describe('release schema', () => {
	const release = { product: 'erp', version: '24.01.012', date: '2026-01-10', summary: 'Correções fiscais e melhorias no estoque.', changes: [{ type: 'correcao', module: 'fiscal', title: 'Corrige a rejeição 539' }] };
	it('accepts 2 to 4 numeric segments only', () => {
		for (const version of ['24.01', '24.01.012', '1.2.3.4']) expect(releaseSchema.safeParse({ ...release, version }).success).toBe(true);
		for (const version of ['24', '24.01.a', '1.2.3.4.5', 'v24.01']) expect(releaseSchema.safeParse({ ...release, version }).success).toBe(false);
	});
	it('needs at least one change, each of a known type', () => {
		expect(releaseSchema.safeParse({ ...release, changes: [] }).success).toBe(false);
		expect(releaseSchema.safeParse({ ...release, changes: [{ ...release.changes[0], type: 'bug' }] }).success).toBe(false);
		expect(releaseSchema.parse(release).changes[0]?.breaking).toBe(false);
	});
});

describe('bulletin schema', () => {
	it('knows the categories of the content model', () => {
		const bulletin = { title: 'Manutenção', date: '2026-03-01', category: 'manutencao', summary: 'Janela de manutenção no domingo de madrugada.' };
		expect(bulletinSchema.parse(bulletin).pinned).toBe(false);
		expect(bulletinSchema.safeParse({ ...bulletin, category: 'aviso' }).success).toBe(false);
	});
});

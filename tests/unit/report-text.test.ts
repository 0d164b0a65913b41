import { describe, expect, it } from 'vitest';
import { checkSince, weekOf } from '../../src/report/figures';
import { REDACTED, redact } from '../../src/report/redact';
import { groupByTopic, topicWords } from '../../src/report/topics';

describe('redact', () => {
	it('masks e-mails, phones and the known values of the requester, ignoring case', () => {
		expect(redact('Falar com ANA SOUZA pelo ana@loja.com.br ou (11) 99999-0000', ['Ana Souza'])).toBe(
			`Falar com ${REDACTED} pelo ${REDACTED} ou ${REDACTED}`,
		);
	});

	it("masks any known customer's name and company, not only the writer's, as whole words", () => {
		const known = ['Maria Souza', 'Mercado Bom Preço', 'Lúcia Fernandes', 'Atacadão Fernandes', 'Ana'];
		expect(redact('Mesmo erro da lúcia  fernandes, do Atacadão Fernandes e do MERCADO BOM PREÇO', known)).toBe(
			`Mesmo erro da ${REDACTED}, do ${REDACTED} e do ${REDACTED}`,
		);
		// "Ana" is a known name, but not inside "semana" or "Banana".
		expect(redact('Toda semana a Ana vende Banana', known)).toBe(`Toda semana a ${REDACTED} vende Banana`);
	});

	it('keeps codes, versions and short numbers that are not phones', () => {
		const text = 'Rejeição 539 na versão 24.01.012, caixa 3, NCM 2202.10.00';
		expect(redact(text, ['ab'])).toBe(text);
	});
});

describe('groupByTopic', () => {
	it('uses the suggestions tokenizer: folded, singular, without stopwords', () => {
		expect(topicWords('Rejeições da NF-e não aparecem')).toEqual(['rejeicao', 'nf-e', 'aparecem']);
	});

	it('puts each subject under its most frequent word and names the group with the words half of it shares', () => {
		const groups = groupByTopic([
			'Boleto não registra no banco',
			'Boleto do banco Itaú sem registro',
			'Boleto vencido',
			'Inventário travado',
		]);
		expect(groups).toEqual([
			{ words: ['boleto', 'banco'], count: 3, subjects: ['Boleto não registra no banco', 'Boleto do banco Itaú sem registro', 'Boleto vencido'] },
			{ words: ['inventario'], count: 1, subjects: ['Inventário travado'] },
		]);
	});
});

describe('dates of the report', () => {
	it('gives the Monday of the week, in UTC', () => {
		expect(weekOf('2026-11-01T23:00:00.000Z')).toBe('2026-10-26');
		expect(weekOf('2026-11-02T00:00:00.000Z')).toBe('2026-11-02');
		expect(weekOf('2026-11-08T12:00:00.000Z')).toBe('2026-11-02');
	});

	it('accepts only real days as AAAA-MM-DD', () => {
		expect(checkSince('2026-11-01')).toBeUndefined();
		expect(checkSince('2026-02-29')).toMatch(/dia válido no formato AAAA-MM-DD/);
		expect(checkSince('01/11/2026')).toMatch(/recebido "01\/11\/2026"/);
	});
});

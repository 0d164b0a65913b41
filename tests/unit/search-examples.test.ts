import { describe, expect, it } from 'vitest';
import { examplesPlaceholder, pickSearchExamples, type ExampleArticle } from '../../src/utils/search-examples';

const article = (module: string, title: string, keywords: string[], routine?: string): ExampleArticle => ({ data: { module, title, keywords, routine } });
const modules = [
	{ id: 'fiscal', data: { name: 'Fiscal' } },
	{ id: 'estoque', data: { name: 'Estoque' } },
];

describe('pickSearchExamples', () => {
	it('takes a routine, a rejection, a phrase and the module with most articles from the articles', () => {
		const articles = [
			article('estoque', 'Saldo negativo no fechamento', ['kardex', '2024', 'saldo negativo'], 'EST0140'),
			article('fiscal', 'Nota recusada com Rejeição 539', ['539']),
			article('fiscal', 'Certificado vencido', ['certificado A1']),
		];
		expect(pickSearchExamples(articles, modules)).toEqual({ routine: 'EST0140', rejection: 'rejeição 539', phrase: 'saldo negativo', module: 'Fiscal' });
	});

	it('leaves out what the content does not have', () => {
		expect(pickSearchExamples([article('estoque', 'Saldo negativo', ['kardex'])], modules)).toEqual({
			routine: undefined,
			rejection: undefined,
			phrase: undefined,
			module: 'Estoque',
		});
		expect(pickSearchExamples([], modules).module).toBeUndefined();
	});
});

describe('examplesPlaceholder', () => {
	it('lists the examples there are, or falls back', () => {
		expect(examplesPlaceholder(['rejeição 539', undefined, 'FIS0020'], 'Buscar')).toBe('Ex.: rejeição 539, FIS0020');
		expect(examplesPlaceholder([undefined], 'Buscar')).toBe('Buscar');
	});
});

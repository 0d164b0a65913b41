import { describe, expect, it } from 'vitest';
import { countLabel, moduleList, statusMessage, summarizeHit } from '../../src/search/present';
import { planQuery } from '../../src/search/query';
import { readState, sameState, searchPageUrl, toggleFilter, writeState } from '../../src/search/url-state';

describe('search page URL state', () => {
	it('reads the query, repeated filters and the order', () => {
		expect(readState('?q=+cancelar+nota+&modulo=Fiscal&modulo=Estoque&modulo=Fiscal&tipo=faq&ordem=recentes&x=1')).toEqual({
			q: 'cancelar nota',
			filters: { tipo: ['faq'], modulo: ['Fiscal', 'Estoque'] },
			sort: 'recentes',
		});
		expect(readState('')).toEqual({ q: '', filters: {}, sort: 'relevancia' });
		expect(readState('?ordem=outra').sort).toBe('relevancia');
	});

	it('writes a stable, shareable query string that reads back the same', () => {
		const state = { q: 'emissão NF-e', filters: { modulo: ['Comercial / Preços'], tipo: ['faq'] }, sort: 'relevancia' as const };
		const query = writeState(state);
		expect(query).toBe('?q=emiss%C3%A3o+NF-e&tipo=faq&modulo=Comercial+%2F+Pre%C3%A7os');
		expect(readState(query)).toEqual({ ...state, filters: { tipo: ['faq'], modulo: ['Comercial / Preços'] } });
		expect(writeState({ q: ' ', filters: {}, sort: 'relevancia' })).toBe('');
		expect(searchPageUrl({ q: 'sangria', sort: 'recentes' })).toBe('/busca/?q=sangria&ordem=recentes');
	});

	it('toggles filter values and compares states', () => {
		const base = readState('?q=nota');
		const on = toggleFilter(base, 'modulo', 'Fiscal', true);
		expect(on.filters).toEqual({ modulo: ['Fiscal'] });
		expect(toggleFilter(on, 'modulo', 'Fiscal', true).filters).toEqual({ modulo: ['Fiscal'] });
		expect(toggleFilter(on, 'modulo', 'Fiscal', false).filters).toEqual({});
		expect(sameState(base, readState('?q=nota&ordem=relevancia'))).toBe(true);
		expect(sameState(base, on)).toBe(false);
	});
});

describe('result wording', () => {
	it('describes a result from its filters', () => {
		expect(summarizeHit({ meta: {}, filters: { tipo: ['novidade'], produto: ['PDV Consinco'], modulo: ['Fiscal', 'Estoque'], versao: ['24.01'] } })).toEqual({
			type: 'Novidades da versão',
			modules: ['Fiscal', 'Estoque'],
			product: 'PDV Consinco',
			version: '24.01',
		});
		expect(summarizeHit({ meta: { tipo: 'Suporte', modulo: 'Fiscal' }, filters: {} })).toMatchObject({ type: 'Suporte', modules: ['Fiscal'] });
		expect(moduleList(['a', 'b', 'c', 'd', 'e'])).toBe('a, b, c e mais 2');
	});

	it('announces counts and the relaxed state', () => {
		const plan = planQuery('cancelar nota');
		expect(countLabel(1)).toBe('1 resultado');
		expect(countLabel(1234)).toBe('1.234 resultados');
		expect(statusMessage({ mode: 'all', hits: [{}, {}] as never, plan })).toBe('2 resultados para “cancelar nota”.');
		expect(statusMessage({ mode: 'none', hits: [], plan })).toBe('Nenhum resultado para “cancelar nota”.');
		expect(statusMessage({ mode: 'partial', hits: [{}] as never, plan })).toBe('Nenhum conteúdo tem todas as palavras para “cancelar nota”: 1 resultado com parte delas.');
		expect(statusMessage({ mode: 'empty', hits: [], plan: planQuery('') })).toBe('');
	});
});

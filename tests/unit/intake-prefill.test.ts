import { describe, expect, it } from 'vitest';
import { emptyValues } from '../../src/components/intake/draft-store';
import type { IntakeCatalog } from '../../src/components/intake/payload';
import { prefilledValues, ticketLinkFor } from '../../src/components/intake/prefill';

const catalog: IntakeCatalog = {
	products: [
		{ id: 'erp', name: 'ERP' },
		{ id: 'pdv', name: 'PDV' },
	],
	modules: [
		{ id: 'fiscal', name: 'Fiscal', product: 'erp' },
		{ id: 'caixa', name: 'Caixa', product: 'pdv' },
	],
};

describe('prefill from "Abra um ticket para o módulo" links', () => {
	it('links carry the product and the module', () => {
		expect(ticketLinkFor({ id: 'fiscal', product: 'erp' })).toBe('/abrir-ticket/?produto=erp&modulo=fiscal');
	});

	it('chooses the module and its own product, even when the link names another product', () => {
		expect(prefilledValues(emptyValues(), '?produto=erp&modulo=fiscal', catalog)).toMatchObject({ product: 'erp', module: 'fiscal' });
		expect(prefilledValues(emptyValues(), '?produto=erp&modulo=caixa', catalog)).toMatchObject({ product: 'pdv', module: 'caixa' });
	});

	it('chooses only the product when the module is unknown, and nothing when both are', () => {
		expect(prefilledValues(emptyValues(), '?produto=pdv&modulo=nada', catalog)).toMatchObject({ product: 'pdv', module: '' });
		expect(prefilledValues(emptyValues(), '?produto=nada', catalog)).toBeUndefined();
		expect(prefilledValues(emptyValues(), '', catalog)).toBeUndefined();
	});

	it('never overwrites a draft that already has a product or a module', () => {
		const draft = { ...emptyValues(), subject: 'Rejeição 539', product: 'pdv' };
		expect(prefilledValues(draft, '?produto=erp&modulo=fiscal', catalog)).toBeUndefined();
	});
});

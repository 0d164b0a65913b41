import { describe, expect, it } from 'vitest';
import { emptyValues, type DraftValues } from '../../src/components/intake/draft-store';
import { buildTicketPayload, checkTicket, type IntakeCatalog, modulesOf, ticketBody } from '../../src/components/intake/payload';

const catalog: IntakeCatalog = {
	products: [
		{ id: 'erp', name: 'ERP Consinco' },
		{ id: 'pdv', name: 'PDV Consinco' },
	],
	modules: [
		{ id: 'fiscal', name: 'Fiscal', product: 'erp' },
		{ id: 'estoque', name: 'Estoque', product: 'erp' },
		{ id: 'frente-de-loja', name: 'Frente de Loja', product: 'pdv' },
	],
};

function filled(overrides: Partial<DraftValues> = {}): DraftValues {
	return {
		...emptyValues(),
		subject: '  Rejeição 204 ao transmitir a NF-e  ',
		description: 'A SEFAZ devolve a rejeição 204 ao transmitir a nota de transferência, desde ontem.',
		product: 'erp',
		module: 'fiscal',
		version: '24.01.012',
		environment: 'producao',
		'requester.name': 'Ana Souza',
		'requester.email': 'ana@mercado.com.br',
		'requester.company': 'Mercado Bom Preço',
		remoteAccess: 'sim',
		...overrides,
	};
}

const trail = { suggested: ['fiscal/rejeicao-204-duplicidade-nfe', 'fiscal/rejeicao-225'], opened: ['fiscal/rejeicao-204-duplicidade-nfe'] };

describe('intake payload', () => {
	it('builds the contract shape from the form values', () => {
		expect(buildTicketPayload(filled({ routine: 'FIS0210', 'requester.phone': '(11) 3333-4444', remoteAccess: 'nao' }), trail)).toEqual({
			subject: '  Rejeição 204 ao transmitir a NF-e  ',
			description: 'A SEFAZ devolve a rejeição 204 ao transmitir a nota de transferência, desde ontem.',
			product: 'erp',
			module: 'fiscal',
			routine: 'FIS0210',
			version: '24.01.012',
			environment: 'producao',
			requester: { name: 'Ana Souza', email: 'ana@mercado.com.br', company: 'Mercado Bom Preço', phone: '(11) 3333-4444' },
			remoteAccess: false,
			deflection: trail,
		});
	});

	it('leaves blank fields out, so the schema says what is missing', () => {
		const payload = buildTicketPayload(emptyValues(), { suggested: [], opened: [] });
		expect(payload).toEqual({ requester: {}, deflection: { suggested: [], opened: [] } });
		const check = checkTicket(payload, catalog);
		expect(check.ok).toBe(false);
		if (check.ok) return;
		const messages = Object.fromEntries(check.fields.map((field) => [field.path, field.message]));
		expect(messages).toMatchObject({
			subject: 'Informe o assunto.',
			description: 'Descreva o que aconteceu.',
			product: 'Escolha o produto.',
			module: 'Escolha o módulo.',
			version: 'Informe a versão instalada.',
			environment: 'Informe o ambiente: produção ou homologação.',
			'requester.name': 'Informe o seu nome.',
			'requester.email': 'Informe o seu e-mail.',
			'requester.company': 'Informe a empresa.',
			remoteAccess: 'Responda se autoriza o acesso remoto quando o analista pedir.',
		});
		expect(messages).not.toHaveProperty('routine');
		expect(messages).not.toHaveProperty('requester.phone');
	});

	it('accepts a comma for the dot in the version (pt-BR keypads)', () => {
		expect(buildTicketPayload(filled({ version: ' 24,01,012 ' }), trail).version).toBe('24.01.012');
	});

	it('keeps only FAQ-looking ids in the trail', () => {
		const payload = buildTicketPayload(filled(), { suggested: ['fiscal/a', '', 'Não/É Id', 'estoque/b-2'], opened: ['../x'] });
		expect(payload.deflection).toEqual({ suggested: ['fiscal/a', 'estoque/b-2'], opened: [] });
	});

	it('checks with the service schema and the catalog: a module must belong to the product', () => {
		const check = checkTicket(buildTicketPayload(filled({ product: 'pdv', module: 'fiscal' }), trail), catalog);
		expect(check.ok).toBe(false);
		if (!check.ok) expect(check.fields.map((field) => field.path)).toEqual(['module']);
		const unknown = checkTicket(buildTicketPayload(filled({ product: 'crm' }), trail), catalog);
		expect(unknown.ok).toBe(false);
		if (!unknown.ok) expect(unknown.fields.map((field) => field.path)).toContain('product');
	});

	it('sends the trimmed ticket; the same draft always gives the same body', () => {
		const first = checkTicket(buildTicketPayload(filled(), trail), catalog);
		const second = checkTicket(buildTicketPayload(filled(), trail), catalog);
		expect(first.ok && second.ok).toBe(true);
		if (!first.ok || !second.ok) return;
		expect(first.ticket.subject).toBe('Rejeição 204 ao transmitir a NF-e');
		expect(ticketBody(first.ticket)).toBe(ticketBody(second.ticket));
		const body = JSON.parse(ticketBody(first.ticket)) as Record<string, unknown>;
		expect(body).not.toHaveProperty('routine');
		expect(body.requester).toEqual({ name: 'Ana Souza', email: 'ana@mercado.com.br', company: 'Mercado Bom Preço' });
		expect(body.remoteAccess).toBe(true);
	});

	it('lists the modules of the chosen product only', () => {
		expect(modulesOf(catalog, 'erp').map((module) => module.id)).toEqual(['fiscal', 'estoque']);
		expect(modulesOf(catalog, 'pdv').map((module) => module.id)).toEqual(['frente-de-loja']);
		expect(modulesOf(catalog, '')).toEqual([]);
	});
});

import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { ADMIN } from './tickets';

/**
 * Opens a ticket through the form route (the page without JavaScript posts there) and reads the
 * private link from its confirmation page, as the customer would find it.
 */
export async function openTicketWithLink(request: APIRequestContext, subject: string): Promise<{ id: string; link: string }> {
	const response = await request.post('/api/tickets/form', {
		form: {
			subject,
			description: 'Ao transmitir a NF-e pelo monitor, a SEFAZ devolve a rejeição 539 desde ontem na loja 3.',
			product: 'erp',
			module: 'fiscal',
			routine: '',
			version: '24.01.012',
			environment: 'producao',
			'requester.name': 'Joana Lima',
			'requester.email': 'joana.lima@mercado.com.br',
			'requester.company': 'Mercado Boa Compra',
			'requester.phone': '',
			remoteAccess: 'sim',
			idempotencyKey: randomUUID(),
		},
	});
	expect(response.status()).toBe(200);
	const html = await response.text();
	const id = /Ticket aberto: (LC-\d{6})/.exec(html)?.[1];
	const link = /<a href="(\/acompanhar\/\?t=[A-Za-z0-9_-]{43})">Acompanhar este ticket<\/a>/.exec(html)?.[1];
	expect(id && link, 'a confirmação traz o número e o link privado').toBeTruthy();
	return { id: id!, link: link! };
}

/** The support team changes the status through the staff API. */
export async function staffSetsStatus(request: APIRequestContext, id: string, status: string, mensagem: string): Promise<void> {
	const response = await request.post(`/api/tickets/${id}/status`, { headers: ADMIN, data: { status, mensagem } });
	expect(response.status()).toBe(200);
}

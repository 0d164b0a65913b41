import { describe, expect, it } from 'vitest';
import { checkTransition, nextStatuses, STATUSES, statusAfterCustomerReply } from '../../src/lifecycle/rules';

describe('ticket lifecycle rules', () => {
	it('lets support move a ticket along the lifecycle', () => {
		expect(nextStatuses('novo', 'suporte')).toEqual(['em-atendimento', 'pendencia-cliente', 'validacao-cliente', 'encerrado']);
		expect(nextStatuses('em-atendimento', 'suporte')).toEqual(['pendencia-cliente', 'validacao-cliente', 'encerrado']);
		expect(nextStatuses('pendencia-cliente', 'suporte')).toEqual(['em-atendimento', 'validacao-cliente']);
		expect(nextStatuses('validacao-cliente', 'suporte')).toEqual(['em-atendimento', 'encerrado']);
	});

	it('lets the service move only past a customer deadline', () => {
		expect(nextStatuses('pendencia-cliente', 'sistema')).toEqual(['validacao-cliente']);
		expect(nextStatuses('validacao-cliente', 'sistema')).toEqual(['encerrado']);
		expect(nextStatuses('novo', 'sistema')).toEqual([]);
	});

	it('lets the customer only bring a waiting ticket back to the analyst', () => {
		expect(nextStatuses('pendencia-cliente', 'cliente')).toEqual(['em-atendimento']);
		expect(nextStatuses('validacao-cliente', 'cliente')).toEqual(['em-atendimento']);
		expect(statusAfterCustomerReply('pendencia-cliente')).toBe('em-atendimento');
		expect(statusAfterCustomerReply('em-atendimento')).toBe('em-atendimento');
		expect(statusAfterCustomerReply('encerrado')).toBeUndefined();
	});

	it('never reopens a closed ticket', () => {
		for (const to of STATUSES) {
			const check = checkTransition('encerrado', to, 'suporte');
			expect(check.ok).toBe(false);
			if (!check.ok) expect(check.message).toMatch(/Acompanhamento/);
		}
	});

	it('refuses a move the rules do not allow, in pt-BR, naming the allowed ones', () => {
		const check = checkTransition('novo', 'novo', 'suporte');
		expect(check).toEqual({ ok: false, message: 'O ticket já está em "Novo".' });
		const skip = checkTransition('pendencia-cliente', 'encerrado', 'suporte');
		expect(skip.ok).toBe(false);
		if (!skip.ok) {
			expect(skip.message).toContain('de "Pendência do Cliente" para "Encerrado"');
			expect(skip.message).toContain('"Em atendimento", "Validação Cliente"');
		}
	});
});

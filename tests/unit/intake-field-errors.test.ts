import { describe, expect, it } from 'vitest';
import { controlId, errorId, groupFieldErrors } from '../../src/components/intake/field-errors';

describe('intake field errors', () => {
	it('groups the messages by form field, in form order, each once', () => {
		const grouped = groupFieldErrors([
			{ path: 'requester.email', message: 'O e-mail deve ser um endereço válido.' },
			{ path: 'subject', message: 'Informe o assunto.' },
			{ path: 'requester.email', message: 'O e-mail deve ser um endereço válido.' },
			{ path: 'version', message: 'A versão deve ter de 2 a 4 números.' },
			{ path: 'version', message: 'Outra regra da versão.' },
		]);
		expect([...grouped.byField.keys()]).toEqual(['subject', 'version', 'requester.email']);
		expect(grouped.byField.get('version')).toEqual(['A versão deve ter de 2 a 4 números.', 'Outra regra da versão.']);
		expect(grouped.byField.get('requester.email')).toEqual(['O e-mail deve ser um endereço válido.']);
		expect(grouped.general).toEqual([]);
	});

	it('keeps messages about no visible field apart (trail, unknown keys, whole body)', () => {
		const grouped = groupFieldErrors([
			{ path: 'deflection.suggested.0', message: 'Cada artigo sugerido deve ser o id de um artigo.' },
			{ path: 'senha', message: 'O campo "senha" não faz parte do formulário e não é aceito.' },
			{ path: '', message: 'O chamado deve ser um objeto JSON.' },
			{ path: 'requester', message: 'Informe quem abre o chamado.' },
		]);
		expect(grouped.byField.size).toBe(0);
		expect(grouped.general).toHaveLength(4);
	});

	it('names controls and their messages after the field path', () => {
		expect(controlId('requester.email')).toBe('ticket-requester-email');
		expect(errorId('subject')).toBe('ticket-subject-erro');
	});
});

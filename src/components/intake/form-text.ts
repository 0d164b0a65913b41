/**
 * The words of the ticket form: labels, hints and choices of each field. The page
 * (IntakeForm.astro) and the page the ticket service renders after an invalid form post
 * (src/server/form-page.ts) read them here, so both forms say the same thing.
 */
import { ENVIRONMENT_LABELS, ENVIRONMENTS, TICKET_LIMITS } from '../../schemas/ticket';
import type { FieldName } from './draft-store';

export interface FieldText {
	label: string;
	hint?: string;
	/** A short name for the error summary when the label is a long question. */
	summaryLabel?: string;
	required: boolean;
}

export const FIELD_TEXT: Record<FieldName, FieldText> = {
	subject: {
		label: 'Assunto',
		required: true,
		hint: `Resuma o problema em uma frase (de ${TICKET_LIMITS.subject.min} a ${TICKET_LIMITS.subject.max} caracteres), como a mensagem de erro ou o código da rejeição. Enquanto você digita, sugerimos artigos que podem resolver.`,
	},
	description: {
		label: 'Descrição',
		required: true,
		hint: 'O que aconteceu, o passo a passo para reproduzir, a mensagem exibida (texto completo), desde quando e onde (loja, PDV). Não escreva senhas.',
	},
	product: { label: 'Produto', required: true },
	module: { label: 'Módulo', required: true, hint: 'A lista mostra os módulos do produto escolhido.' },
	routine: { label: 'Rotina', required: false, hint: 'A tela, o programa ou a rotina em que acontece, como o código do programa.' },
	version: { label: 'Versão instalada', required: true, hint: 'Como aparece no sistema, por exemplo 24.01.012.' },
	environment: { label: 'Ambiente', required: true },
	'requester.name': { label: 'Nome', required: true },
	'requester.email': { label: 'E-mail', required: true, hint: 'As respostas do Suporte chegam neste endereço.' },
	'requester.company': { label: 'Empresa', required: true },
	'requester.phone': { label: 'Telefone', required: false },
	remoteAccess: {
		label: 'Você autoriza o acesso remoto ao seu ambiente durante o atendimento, quando o analista pedir?',
		summaryLabel: 'Acesso remoto',
		required: true,
		hint: 'O acesso usa somente ferramentas homologadas. Este formulário nunca pede usuário nem senha: as credenciais do usuário de atendimento são combinadas com o analista durante o atendimento.',
	},
};

/** The options of the radio groups, in the order shown. */
export const CHOICES = {
	environment: ENVIRONMENTS.map((value) => ({ value, label: ENVIRONMENT_LABELS[value] })),
	remoteAccess: [
		{ value: 'sim', label: 'Sim, autorizo' },
		{ value: 'nao', label: 'Não autorizo' },
	],
} as const satisfies Partial<Record<FieldName, readonly { value: string; label: string }[]>>;

/** The legend of the group of requester fields. */
export const REQUESTER_LEGEND = 'Quem abre o ticket';
/** The accessible name of the form (its hidden heading). */
export const FORM_TITLE = 'Formulário do ticket';

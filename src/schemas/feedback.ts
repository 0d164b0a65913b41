/**
 * POST /api/feedback: a reader's answer to "Isso foi útil?" at the end of an FAQ article or a
 * support page. No personal data is asked: only the page, yes or no, and an optional comment.
 * Shared by the service's JSON and form routes.
 */
import { z } from 'zod';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_PAGE_PATTERN } from '../components/feedback/feedback-form';
import { FREE_TEXT_FORBIDDEN } from './clean-text';

export const feedbackSchema = z
	.object(
		{
			page: z
				.string({ required_error: 'Informe a página avaliada.', invalid_type_error: 'A página deve ser um texto.' })
				.regex(
					FEEDBACK_PAGE_PATTERN,
					'A página deve ser o endereço de um artigo ou de uma página do suporte, como "/faq/fiscal/rejeicao-539/".',
				),
			useful: z.boolean({
				required_error: 'Responda se a página foi útil: sim ou não.',
				invalid_type_error: 'A resposta deve ser sim (true) ou não (false).',
			}),
			comment: z
				.string({ invalid_type_error: 'O comentário deve ser um texto.' })
				.trim()
				.max(FEEDBACK_COMMENT_MAX, `O comentário deve ter no máximo ${FEEDBACK_COMMENT_MAX} caracteres.`)
				.refine((value) => !FREE_TEXT_FORBIDDEN.test(value), { message: 'O comentário não pode ter caracteres de controle.' })
				.optional()
				.transform((value) => (value === '' ? undefined : value)),
		},
		{
			required_error: 'A avaliação deve ser um objeto JSON com a página e a resposta.',
			invalid_type_error: 'A avaliação deve ser um objeto JSON com a página e a resposta.',
		},
	)
	.strict('A avaliação tem campos que não fazem parte dela.');

export type Feedback = z.output<typeof feedbackSchema>;

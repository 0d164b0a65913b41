import { z } from 'zod';
import { requiredText } from './common';

/** A support guideline page (`pages/<slug>.md[x]`). */
export const pageSchema = z
	.object({
		/** Page title. */
		title: requiredText,
		/** One sentence about the page, shown on `/suporte/` and in search. */
		description: requiredText,
		/** Position in the support navigation (smaller first). */
		order: z.number({ invalid_type_error: 'deve ser um número' }).optional(),
	})
	.strict();

export type PageData = z.infer<typeof pageSchema>;

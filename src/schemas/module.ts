import { z } from 'zod';
import { idSchema, requiredText } from './common';

/** One module (an entry of `modules.yml`); it belongs to exactly one product. */
export const moduleSchema = z
	.object({
		/** Kebab-case id, unique across products; FAQ articles live in `faq/<id>/`. */
		id: idSchema,
		/** Name shown to readers. */
		name: requiredText,
		/** The product this module belongs to (an id from products.yml). */
		product: idSchema,
		/** One sentence about what the module covers. */
		description: z.string({ invalid_type_error: 'deve ser um texto' }).optional(),
	})
	.strict();

export type Module = z.infer<typeof moduleSchema>;

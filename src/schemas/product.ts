import { z } from 'zod';
import { idSchema, requiredText } from './common';

/** One product of the Linha Consinco (an entry of `products.yml`). */
export const productSchema = z
	.object({
		/** Kebab-case id used in URLs and by modules and release notes. */
		id: idSchema,
		/** Name shown to readers. */
		name: requiredText,
		/** One sentence about the product, shown on listings. */
		description: z.string({ invalid_type_error: 'deve ser um texto' }).optional(),
	})
	.strict();

export type Product = z.infer<typeof productSchema>;

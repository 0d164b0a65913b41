/** The baseline's only collection: the FAQ articles of CONTENT_DIR, with no schema. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const corpus = process.env.CONTENT_DIR;
if (!corpus) throw new Error('CONTENT_DIR is required: the bare baseline builds the corpus the benchmark generated.');

export const collections = {
	faq: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: pathToFileURL(join(corpus, 'faq')) }) }),
};

import { defineCollection } from 'astro:content';
import { join } from 'node:path';
import { markdownFolder } from './loaders/markdown-folder';
import { bulletinSchema } from './schemas/bulletin';
import { faqSchema } from './schemas/faq';
import { moduleSchema } from './schemas/module';
import { pageSchema } from './schemas/page';
import { productSchema } from './schemas/product';
import { releaseSchema } from './schemas/release';
import { readCatalog } from './utils/catalog';
import { contentDir } from './utils/content-dir';

const corpus = contentDir();

/** Markdown entries of one corpus folder (see markdownFolder). */
const entriesIn = (folder: string) => markdownFolder(join(corpus, folder));

export const collections = {
	products: defineCollection({ loader: () => readCatalog(corpus).products, schema: productSchema }),
	modules: defineCollection({ loader: () => readCatalog(corpus).modules, schema: moduleSchema }),
	faq: defineCollection({ loader: entriesIn('faq'), schema: faqSchema }),
	releases: defineCollection({ loader: entriesIn('releases'), schema: releaseSchema }),
	bulletins: defineCollection({ loader: entriesIn('bulletins'), schema: bulletinSchema }),
	pages: defineCollection({ loader: entriesIn('pages'), schema: pageSchema }),
};

import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index over the built HTML through Pagefind's Node API (no child `npx`),
 * in Portuguese. Which parts of a page are indexed, weighted and filtered is said by the
 * `data-pagefind-*` attributes in the page templates.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'central-ajuda:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pt-br' });
				if (!index) throw new Error(`Pagefind não iniciou: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) throw new Error(`Pagefind não indexou o site: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					if (written.errors.length) throw new Error(`Pagefind não gravou o índice: ${written.errors.join('; ')}`);
					logger.info(`Índice de busca: ${added.page_count} páginas em ${written.outputPath}`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

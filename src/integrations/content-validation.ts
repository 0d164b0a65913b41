import type { AstroIntegration } from 'astro';
import { contentDir } from '../utils/content-dir';
import { validateContentDir } from '../validation/validate';

/**
 * Validates the corpus before Astro loads it, so a broken article stops the build with our
 * pt-BR lines (file, key, rule) instead of a generic schema error, and cross-references
 * (modules, related articles, products) are checked too, which a per-entry schema cannot do.
 */
export function contentValidation(): AstroIntegration {
	return {
		name: 'central-ajuda:content-validation',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const dir = contentDir();
				const lines = validateContentDir(dir);
				if (lines.length === 0) return;
				for (const line of lines) logger.error(line);
				throw new Error(`O conteúdo em ${dir} tem ${lines.length} problema(s); corrija as linhas acima e rode o build de novo.`);
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { assertCorpusDir, contentDir } from '../utils/content-dir';
import { clearValidationOutcome, shareValidationOutcome, contentValidated, validateInBackground } from '../validation/background-validation';
import { validateContentDir } from '../validation/validate';

/** The error that stops the build once the problems are printed. */
function problemsError(dir: string, count: number): Error {
	return new Error(`O conteúdo em ${dir} tem ${count} problema(s); corrija as linhas acima e rode o build de novo.`);
}

/**
 * Validates the corpus before Astro loads it, so a broken article stops the build with our
 * pt-BR lines (file, key, rule) instead of a generic schema error, and cross-references
 * (modules, related articles, products) are checked too, which a per-entry schema cannot do.
 * Under `astro build` the rules run on a worker thread while Astro starts and loads the files;
 * the content loaders (src/loaders/markdown-folder.ts) end only with the outcome, and its error
 * comes before any of Astro's; under `astro dev` and the other commands they run in place.
 */
export function contentValidation(): AstroIntegration {
	return {
		name: 'central-ajuda:content-validation',
		hooks: {
			'astro:config:setup': ({ logger, command }) => {
				const dir = contentDir();
				if (command === 'build') {
					// A folder that is not a corpus stops the build at once, as before.
					assertCorpusDir(dir);
					shareValidationOutcome(
						validateInBackground(dir).then((lines) => {
							if (lines.length === 0) return;
							for (const line of lines) logger.error(line);
							throw problemsError(dir, lines.length);
						}),
					);
					return;
				}
				clearValidationOutcome();
				const lines = validateContentDir(dir);
				if (lines.length === 0) return;
				for (const line of lines) logger.error(line);
				throw problemsError(dir, lines.length);
			},
			// Every loader waited already; this covers a corpus whose loaders had nothing to read.
			'astro:build:start': () => contentValidated(),
		},
	};
}

import { readFileSync } from 'node:fs';
import { templateTextIn } from '../../utils/content-templates';
import type { Problem } from '../problem';
import type { ContentRule } from '../rule';

const RULE = 'template-text';

/** The top-level key a frontmatter line belongs to (the last key at or above it). */
function keyAt(lines: Map<string, number>, line: number): string {
	let found = 'frontmatter';
	let at = 0;
	for (const [key, keyLine] of lines) {
		if (key !== '.' && keyLine <= line && keyLine >= at) {
			found = key;
			at = keyLine;
		}
	}
	return found;
}

/**
 * The text `npm run new` writes ("Resuma aqui…", "Primeiro passo." and the like) is a
 * placeholder: an article, release note or bulletin that still holds it must not be published.
 */
export const templateText: ContentRule = {
	id: RULE,
	description: 'No article, release note, bulletin or page may keep the placeholder text written by npm run new.',
	check: (corpus) =>
		corpus.records
			.filter((record) => record.collection === 'faq' || record.collection === 'releases' || record.collection === 'bulletins' || record.collection === 'pages')
			.flatMap((record) => {
				// The text readCorpus already read; a record built elsewhere without it is read from disk.
				const lines = (record.text ?? readFileSync(record.file, 'utf8')).split(/\r?\n/);
				const closing = lines.indexOf('---', 1);
				return lines.flatMap((text, index): Problem[] => {
					const placeholder = templateTextIn(text);
					if (!placeholder) return [];
					const line = index + 1;
					const key = closing > 0 && index < closing ? keyAt(record.lines, line) : 'texto';
					return [{ file: record.file, line, key, message: `ainda tem o texto de modelo do "npm run new" ("${placeholder}"); escreva no lugar o texto para o cliente`, rule: RULE }];
				});
			}),
};

import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The ids of the FAQ articles of a corpus, as the site names them (content.config.ts): the path
 * under faq/ without its .md/.mdx extension, e.g. "fiscal/rejeicao-539".
 */
export function listArticleIds(corpusDir: string): string[] {
	const root = join(corpusDir, 'faq');
	let entries: string[];
	try {
		entries = readdirSync(root, { recursive: true, encoding: 'utf8' });
	} catch {
		return [];
	}
	return entries
		.filter((entry) => /\.mdx?$/.test(entry))
		.map((entry) => relative(root, join(root, entry)).split(sep).join('/').replace(/\.mdx?$/, ''))
		.sort();
}

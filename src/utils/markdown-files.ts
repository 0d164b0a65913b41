import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** A Markdown file name, as the content model allows it (`.md` or `.mdx`). */
export const MARKDOWN = /\.mdx?$/;

/**
 * Whether `dir` holds at least one Markdown file, at any depth (a missing folder holds none). It
 * stops at the first one: a folder of 20,000 articles is answered after reading a few entries.
 */
export function hasMarkdown(dir: string): boolean {
	let entries: Dirent[];
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return false;
	}
	return entries.some((entry) => (entry.isDirectory() ? hasMarkdown(join(dir, entry.name)) : MARKDOWN.test(entry.name)));
}

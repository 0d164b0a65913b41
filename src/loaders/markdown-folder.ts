import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { hasMarkdown, MARKDOWN } from '../utils/markdown-files';
import { loadWhileValidating } from '../validation/background-validation';

/**
 * The Markdown entries of one corpus folder; the id is the path without its extension.
 * Astro's glob loader leaves the cached entries in place when a folder has no file at all, so
 * deleting the last bulletin (or building another corpus on the same cache) would keep publishing
 * the old pages: an empty or missing folder clears the collection instead. Under `astro build` the
 * content validation runs beside it on a worker thread (integrations/content-validation.ts): the
 * files load meanwhile, and the loader ends only with the validation, failing with the validation's
 * error (its pt-BR lines already printed) rather than Astro's when the corpus has problems.
 */
export function markdownFolder(dir: string): Loader {
	const files = glob({
		pattern: '**/*.{md,mdx}',
		base: pathToFileURL(join(dir, '/')),
		generateId: ({ entry }) => entry.replace(MARKDOWN, ''),
	});
	return {
		name: 'markdown-folder',
		load: (context) =>
			loadWhileValidating(async () => {
				if (hasMarkdown(dir)) return files.load(context);
				context.store.clear();
			}),
	};
}

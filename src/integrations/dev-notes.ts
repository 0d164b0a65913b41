import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { siteBuildReason } from '../server/site-freshness';
import { contentDir, projectRoot } from '../utils/content-dir';
import { readCorpus } from '../validation/corpus';

/** The addresses of the draft articles of a corpus (`draft: true`), which only `astro dev` shows. */
export function draftUrls(dir: string): string[] {
	return readCorpus(dir)
		.records.filter((record) => record.collection === 'faq' && (record.data as { draft?: unknown } | undefined)?.draft === true)
		.map((record) => `/faq/${record.id}/`);
}

/**
 * Why the search index of the last build misses content changes, or undefined when it is current
 * (or absent: the Pagefind integration already says the search needs a build).
 */
export function searchIndexStaleness(distDir: string, dir: string): string | undefined {
	const reason = siteBuildReason({ distDir, sources: [dir], root: projectRoot });
	if (!reason || reason.endsWith('não existe ou está incompleto')) return undefined;
	return `O índice de busca é do último build e está mais antigo que o conteúdo (${reason}): a busca e as sugestões não mostram essas mudanças até um novo "npm run build".`;
}

/** What an editor needs to know when `npm run dev` starts: the drafts to preview, and a stale search index. */
export function devNotes(): AstroIntegration {
	let outDir: URL | undefined;
	return {
		name: 'central-ajuda:dev-notes',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = config.outDir;
			},
			'astro:server:setup': ({ logger }) => {
				const dir = contentDir();
				const drafts = draftUrls(dir);
				if (drafts.length) logger.info(`Rascunhos (só no npm run dev, marcados "Rascunho"): ${drafts.join(', ')}`);
				const stale = outDir ? searchIndexStaleness(fileURLToPath(outDir), dir) : undefined;
				if (stale) logger.warn(stale);
			},
		},
	};
}

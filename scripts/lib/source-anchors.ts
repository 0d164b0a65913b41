/**
 * The #anchors a content page will have, read from its Markdown source: for the link check of a
 * page left out of the build (its content has a problem), so a wrong anchor into it shows in the
 * same run. The body is rendered by Astro's own Markdown pipeline with the site's Markdown
 * settings (astro.config.mjs), so heading ids come from the same slugger (github-slugger, through
 * rehypeHeadingIds) as on the built page.
 */
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'parse5';
import { idsOfDocument } from './check-links';

let processor: Promise<MarkdownProcessor> | undefined;

async function siteProcessor(): Promise<MarkdownProcessor> {
	const { default: config } = (await import('../../astro.config.mjs')) as { default: { markdown?: Parameters<typeof createMarkdownProcessor>[0] } };
	return createMarkdownProcessor(config.markdown);
}

/** The frontmatter block, as readCorpus finds it (src/validation/corpus.ts). */
const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/**
 * The ids the body of a Markdown file renders (headings, and ids or `<a name>` written in HTML),
 * or undefined when the body cannot be rendered (an MDX file with components, for instance).
 */
export async function sourceAnchors(text: string): Promise<Set<string> | undefined> {
	processor ??= siteProcessor();
	try {
		const { code } = await (await processor).render(text.replace(FRONTMATTER, ''));
		return idsOfDocument(parse(code));
	} catch {
		return undefined;
	}
}

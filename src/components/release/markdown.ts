import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeTableWrap } from '../../markdown/rehype-table-wrap';

/** One processor for the whole build: creating it loads the unified pipeline. */
let processor: Promise<MarkdownProcessor> | undefined;

/**
 * HTML of a short Markdown text from the frontmatter (a change's description), rendered with
 * the same Markdown engine as the bodies (GFM, smart punctuation, tables in a scroll box). Build time only.
 */
export async function markdownToHtml(text: string): Promise<string> {
	processor ??= createMarkdownProcessor({ syntaxHighlight: false, gfm: true, rehypePlugins: [rehypeTableWrap] });
	const { code } = await (await processor).render(text);
	return code;
}

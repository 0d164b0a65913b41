// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentValidation } from './src/integrations/content-validation.ts';
import { devNotes } from './src/integrations/dev-notes.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { DEFAULT_SITE_URL, siteUrlCheck } from './src/integrations/site-url-warning.ts';
import { rehypeTableWrap } from './src/markdown/rehype-table-wrap.ts';

export default defineConfig({
	// Absolute URLs (feeds, sitemap, canonical) need the public address of the site.
	site: process.env.SITE_URL?.trim() || DEFAULT_SITE_URL,
	trailingSlash: 'ignore',
	// Fixture builds for tests run side by side, each with its own cache (scripts/lib/build-site.ts).
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	build: { format: 'directory' },
	markdown: {
		// GFM comes from remark-gfm explicitly (tables, task lists, strikethrough, autolinks), for .md and .mdx alike.
		gfm: false,
		remarkPlugins: [remarkGfm],
		// Tables scroll inside their own labelled box on phones; MDX extends this config.
		rehypePlugins: [rehypeTableWrap],
	},
	integrations: [contentValidation(), siteUrlCheck(), devNotes(), mdx(), sitemap(), pagefindIndex()],
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentValidation } from './src/integrations/content-validation.ts';
import { devNotes } from './src/integrations/dev-notes.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { DEFAULT_SITE_URL, siteUrlCheck } from './src/integrations/site-url-warning.ts';
import { precompress } from './src/integrations/precompress.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sortedSitemap } from './src/integrations/sitemap.ts';
import { rehypeTableWrap } from './src/markdown/rehype-table-wrap.ts';
import { contentDir } from './src/utils/content-dir.ts';

// The pages Astro bundles find the corpus through CONTENT_DIR (utils/content-dir.ts). A bundled
// page's own location depends on --outDir, so the project root it would work out from it is right
// only for the default dist/: the folder is made absolute here, where the root is known.
process.env.CONTENT_DIR = contentDir();

export default defineConfig({
	// Absolute URLs (feeds, sitemap, canonical) need the public address of the site.
	site: process.env.SITE_URL?.trim() || DEFAULT_SITE_URL,
	trailingSlash: 'ignore',
	// Fixture builds for tests run side by side, each with its own cache (scripts/lib/build-site.ts).
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
	// Every stylesheet is a file, never an inline <style>: the CSP allows styles from 'self' only.
	// Four pages render at once, so one page's file writes overlap the next one's rendering: page
	// generation takes about 8 s instead of 10 at 5,000 articles and 27.6 s instead of 30.5 s at
	// 20,000 (eight at once gained nothing more); the main process's peak grows by under 0.1 GB.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// Scripts too stay files (Vite would inline small ones), so few inline scripts need a hash.
	vite: { build: { assetsInlineLimit: 0 } },
	markdown: {
		// GFM comes from remark-gfm explicitly (tables, task lists, strikethrough, autolinks), for .md and .mdx alike.
		gfm: false,
		// Shiki colours code with style="…" attributes, which the CSP (no 'unsafe-inline') blocks;
		// code blocks keep the plain look of global.css.
		syntaxHighlight: false,
		remarkPlugins: [remarkGfm],
		// Tables scroll inside their own labelled box on phones; MDX extends this config.
		rehypePlugins: [rehypeTableWrap],
	},
	// Pagefind indexes from astro:build:generated in a process of its own; the sitemap and the
	// security headers (which read only the pages) run meanwhile, and compression comes last.
	integrations: [contentValidation(), siteUrlCheck(), devNotes(), mdx(), sortedSitemap(), securityHeaders(), pagefindIndex(), precompress()],
});

// @ts-check
/**
 * The bare Astro 5 baseline of `npm run bench:build -- --compare`: no integrations, default
 * Markdown, one page per FAQ article of CONTENT_DIR and nothing else. It shares the project's
 * node_modules, so its build time is what Astro itself costs for the same corpus.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://example.com',
	cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro-bare',
	build: { format: 'directory' },
});

import type { AstroIntegration } from 'astro';

/** The address the site assumes when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * The warning a production build gives without SITE_URL, or undefined when it is set: feeds,
 * the sitemap and canonical links are absolute and would point to localhost.
 */
export function siteUrlWarning(env: Record<string, string | undefined> = process.env): string | undefined {
	if (env.SITE_URL?.trim()) return undefined;
	return [
		'',
		'⚠'.repeat(3) + ' SITE_URL não definida: este build usa ' + DEFAULT_SITE_URL + ' como endereço do site.',
		'   Feeds RSS, sitemap e links canônicos vão apontar para localhost. Para publicar, gere de novo com',
		'   SITE_URL=https://ajuda.exemplo.com.br npm run build   (no GitHub Actions ela vem da variável SITE_URL ou do Pages).',
		'',
	].join('\n');
}

/** Warns loudly at the start of `astro build` when SITE_URL is missing (not under `astro dev`). */
export function siteUrlCheck(): AstroIntegration {
	return {
		name: 'central-ajuda:site-url-warning',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const warning = siteUrlWarning();
				if (warning) logger.warn(warning);
			},
		},
	};
}

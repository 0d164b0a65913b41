import { afterEach, describe, expect, it, vi } from 'vitest';
import { siteUrlCheck, siteUrlWarning } from '../../src/integrations/site-url-warning';

const saved = process.env.SITE_URL;
afterEach(() => {
	if (saved === undefined) delete process.env.SITE_URL;
	else process.env.SITE_URL = saved;
});

/** Runs the integration's build-start hook as Astro would, collecting what it logs. */
async function buildStartWarnings(): Promise<string[]> {
	const warnings: string[] = [];
	const logger = { warn: vi.fn((text: string) => warnings.push(text)), info: vi.fn(), error: vi.fn(), debug: vi.fn(), fork: vi.fn(), label: '', options: {} };
	const hook = siteUrlCheck().hooks['astro:build:start']!;
	await hook({ logger } as unknown as Parameters<typeof hook>[0]);
	return warnings;
}

describe('production build without SITE_URL', () => {
	it('warns loudly that feeds, sitemap and canonical links would point to localhost', async () => {
		delete process.env.SITE_URL;
		const warnings = await buildStartWarnings();
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('SITE_URL não definida');
		expect(warnings[0]).toContain('Feeds RSS, sitemap e links canônicos vão apontar para localhost');
		expect(siteUrlWarning({ SITE_URL: '  ' })).toBeDefined();
	});

	it('stays quiet when SITE_URL is set', async () => {
		process.env.SITE_URL = 'https://ajuda.exemplo.com.br';
		expect(await buildStartWarnings()).toEqual([]);
	});

	it('is one of the integrations of the site', async () => {
		const config = (await import('../../astro.config.mjs')).default;
		expect(config.integrations?.flat().map((integration) => (integration as { name: string }).name)).toContain('central-ajuda:site-url-warning');
	});
});

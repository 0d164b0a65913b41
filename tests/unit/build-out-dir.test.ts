/**
 * A build into a folder other than dist/, from a corpus named relative to the project, finds its
 * corpus: the pages Astro bundles read CONTENT_DIR from where --outDir put them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/utils/content-dir';

mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
const work = mkdtempSync(join(projectRoot, '.tmp', 'out-dir-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build into a nested --outDir', () => {
	it('builds the corpus of a relative CONTENT_DIR, ticket page included', () => {
		const out = join(work, 'publicado', 'site');
		const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
			cwd: projectRoot,
			env: { ...process.env, CONTENT_DIR: 'tests/fixtures/faq-corpus', ASTRO_CACHE_DIR: `${out}-cache` },
			encoding: 'utf8',
		});
		expect(result.stderr + result.stdout).not.toMatch(/não existe/);
		expect(result.status).toBe(0);
		// The ticket page lists the corpus's own products (tests/fixtures/faq-corpus/products.yml), read as it renders.
		expect(readFileSync(join(out, 'abrir-ticket', 'index.html'), 'utf8')).toContain('ERP Consinco');
	}, 300_000);
});

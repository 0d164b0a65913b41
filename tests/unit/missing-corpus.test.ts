import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/utils/catalog';
import { validateContentDir } from '../../src/validation/validate';

const MISSING = 'tests/fixtures/pasta-que-nao-existe';
/** A folder with articles but neither products.yml nor modules.yml. */
const NOT_A_CORPUS = 'tests/fixtures/links/corpus';

describe('a corpus folder that is missing fails loudly', () => {
	it('validation refuses a folder that does not exist, naming it', () => {
		expect(() => validateContentDir(MISSING)).toThrow(`A pasta de conteúdo "${MISSING}" não existe. Confira CONTENT_DIR ou o caminho informado.`);
	});

	it('validation refuses a folder without products.yml and modules.yml', () => {
		expect(() => validateContentDir(NOT_A_CORPUS)).toThrow(`A pasta "${NOT_A_CORPUS}" não é uma pasta de conteúdo: falta products.yml e modules.yml.`);
	});

	it('the catalog (pages, ticket service) refuses it too, instead of an empty list of products', () => {
		expect(() => readCatalog(MISSING)).toThrow(/não existe/);
	});

	it('the build stops with the message when CONTENT_DIR points to a missing folder', () => {
		const out = mkdtempSync(join(tmpdir(), 'build-sem-corpus-'));
		const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
			env: { ...process.env, CONTENT_DIR: MISSING, ASTRO_CACHE_DIR: `${out}-cache` },
			encoding: 'utf8',
		});
		expect(result.status).not.toBe(0);
		expect(`${result.stdout}${result.stderr}`).toMatch(/A pasta de conteúdo ".*pasta-que-nao-existe" não existe/);
	}, 120_000);

	it('npm run eval:suggest stops at once on a missing corpus', () => {
		const result = spawnSync('npx', ['tsx', 'scripts/eval-suggest.ts', 'pasta-que-nao-existe'], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/A pasta de conteúdo ".*pasta-que-nao-existe" não existe/);
		expect(result.stdout).not.toContain('Gerando o site');
	}, 60_000);
});

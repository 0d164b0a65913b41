import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('astro build on a corpus with mistakes', () => {
	it('stops before building and prints one line per problem with file, key and rule', () => {
		const out = mkdtempSync(join(tmpdir(), 'build-quebrado-'));
		const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
			env: { ...process.env, CONTENT_DIR: 'tests/fixtures/broken-corpus', ASTRO_CACHE_DIR: `${out}-cache` },
			encoding: 'utf8',
		});
		const output = `${result.stdout}${result.stderr}`;
		expect(result.status).not.toBe(0);
		expect(output).toContain('tests/fixtures/broken-corpus/faq/fiscal/chave-desconhecida.md:2  tittle: chave desconhecida');
		expect(output).toContain('[change-module-product]');
		expect(output).toMatch(/O conteúdo em .*broken-corpus tem \d+ problema\(s\)/);
	}, 120_000);
});

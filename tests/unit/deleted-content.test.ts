/**
 * Deleting the last file of a folder (the only bulletin, the last release note) must take its
 * page off the site on the next build, even when the build reuses its cache.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasMarkdown } from '../../src/utils/markdown-files';
import { projectRoot } from '../../src/utils/content-dir';
import { buildSite } from '../../scripts/lib/build-site';

mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
const work = mkdtempSync(join(projectRoot, '.tmp', 'deleted-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BULLETIN = `---
title: "Manutenção programada do portal no sábado"
date: 2026-03-02
category: comunicado
summary: "O portal fica fora do ar das 22h às 23h para a troca do servidor."
---

Durante a janela, os tickets abertos por e-mail são registrados normalmente.
`;

describe('a folder whose last file was deleted', () => {
	it('hasMarkdown sees Markdown at any depth, and nothing in an empty or missing folder', () => {
		const dir = join(work, 'probe');
		mkdirSync(join(dir, '2026'), { recursive: true });
		expect(hasMarkdown(dir)).toBe(false);
		expect(hasMarkdown(join(work, 'nao-existe'))).toBe(false);
		writeFileSync(join(dir, '2026', 'nota.txt'), 'x');
		expect(hasMarkdown(dir)).toBe(false);
		writeFileSync(join(dir, '2026', 'aviso.mdx'), BULLETIN);
		expect(hasMarkdown(dir)).toBe(true);
	});

	it('loses its page on the next build over the same cache, and no folder left out or empty is reported as an error', () => {
		const corpus = join(work, 'corpus');
		cpSync(join(projectRoot, 'tests/fixtures/faq-corpus'), corpus, { recursive: true });
		mkdirSync(join(corpus, 'bulletins', '2026'), { recursive: true });
		writeFileSync(join(corpus, 'bulletins', '2026', 'manutencao-portal.md'), BULLETIN);
		const out = join(work, 'dist');
		const page = join(out, 'informativos', '2026', 'manutencao-portal', 'index.html');

		// The corpus has no pages/ nor releases/, which the content model allows: Astro must not be
		// asked for those collections, or it prints that the content config has errors.
		const first = buildSite({ contentDir: corpus, outDir: out });
		expect(existsSync(page)).toBe(true);
		expect(first).not.toMatch(/does not exist or is empty/);

		// the editor deletes the file; its folders stay behind, empty
		rmSync(join(corpus, 'bulletins', '2026', 'manutencao-portal.md'));
		const second = buildSite({ contentDir: corpus, outDir: out });
		expect(existsSync(page)).toBe(false);
		expect(second).not.toMatch(/does not exist or is empty/);
		expect(existsSync(join(out, 'faq', 'index.html'))).toBe(true);
	}, 300_000);
});

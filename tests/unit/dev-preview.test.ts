/**
 * npm run dev for editors: a draft has its page there, marked "Rascunho", out of the lists and of
 * the search index; and the terminal says when the search index is older than the content.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftUrls, searchIndexStaleness } from '../../src/integrations/dev-notes';

const DRAFT = '/faq/financeiro/pix-conciliacao-automatica/';
let work: string;
let corpus: string;
let dist: string;
let dev: ChildProcess | undefined;
let base: string;
let output = '';

/** A build folder with its search index, dated in the past. */
function oldBuild(dir: string): void {
	mkdirSync(join(dir, 'pagefind'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
	writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), '{}');
	const past = new Date('2020-01-01T00:00:00Z');
	for (const file of ['index.html', 'pagefind/pagefind-entry.json', 'pagefind', '']) utimesSync(join(dir, file), past, past);
}

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'dev-editor-'));
	corpus = join(work, 'conteudo');
	cpSync('tests/fixtures/faq-corpus', corpus, { recursive: true });
	execFileSync('chmod', ['-R', 'u+w', corpus]);
	dist = join(work, 'dist');
	oldBuild(dist);
	const port = await new Promise<number>((done) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});
	base = `http://127.0.0.1:${port}`;
	dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1', '--outDir', dist], {
		env: { ...process.env, CONTENT_DIR: corpus, ASTRO_CACHE_DIR: join(work, 'cache') },
		stdio: 'pipe',
		detached: true,
	});
	await new Promise<void>((ready, fail) => {
		const seen = (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes(`${port}`) && /ready|Local/i.test(output)) ready();
		};
		dev!.stdout!.on('data', seen);
		dev!.stderr!.on('data', seen);
		dev!.on('exit', (code) => fail(new Error(`astro dev parou (código ${code}): ${output}`)));
	});
}, 180_000);

afterAll(() => {
	if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
	rmSync(work, { recursive: true, force: true });
});

const html = async (path: string) => {
	const response = await fetch(`${base}${path}`);
	// without the source-location attributes the dev server adds to every element
	return { status: response.status, body: (await response.text()).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '') };
};

describe('npm run dev for editors', () => {
	it('serves a draft article marked "Rascunho", kept out of the search index', async () => {
		const { status, body } = await html(DRAFT);
		expect(status).toBe(200);
		expect(body).toContain('<span class="badge warn">Rascunho</span>');
		expect(body).toMatch(/<p class="callout" role="note"[^>]*>\s*<strong[^>]*>Rascunho\.<\/strong>/);
		expect(body).not.toContain('data-pagefind-body');
		// a published article is indexed as usual and has no mark
		const published = await html('/faq/fiscal/carta-de-correcao-recusada/');
		expect(published.body).toContain('data-pagefind-body');
		expect(published.body).not.toContain('Rascunho');
	}, 120_000);

	it('shows the mark and the notice to a person, with no accessibility violation', async () => {
		const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
		try {
			const page = await (await browser.newContext({ locale: 'pt-BR' })).newPage();
			await page.goto(`${base}${DRAFT}`);
			await page.getByRole('heading', { level: 1, name: /Rascunho/ }).waitFor();
			const notice = page.getByRole('note');
			expect(await notice.textContent()).toContain('Esta página só aparece no npm run dev');
			// the dev toolbar Astro injects is not part of the page
			const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).exclude('astro-dev-toolbar').analyze();
			expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
		} finally {
			await browser.close();
		}
	}, 120_000);

	it('leaves the draft out of the module list', async () => {
		const { status, body } = await html('/faq/financeiro/');
		expect(status).toBe(200);
		expect(body).toContain('/faq/financeiro/');
		expect(body).not.toContain(DRAFT);
	}, 120_000);

	it('says in the terminal which drafts it shows and that the search index is older than the content', () => {
		expect(output).toContain(`Rascunhos (só no npm run dev, marcados "Rascunho"): ${DRAFT}`);
		expect(output).toContain('O índice de busca é do último build e está mais antigo que o conteúdo');
	});
});

describe('search index freshness', () => {
	it('is stale when a content file changed after the build, current otherwise, silent without a build', () => {
		const dir = mkdtempSync(join(tmpdir(), 'indice-'));
		const content = join(dir, 'conteudo');
		mkdirSync(content);
		writeFileSync(join(content, 'artigo.md'), 'x');
		utimesSync(join(content, 'artigo.md'), new Date('2021-01-01'), new Date('2021-01-01'));
		expect(searchIndexStaleness(join(dir, 'dist'), content)).toBeUndefined();
		oldBuild(join(dir, 'dist'));
		expect(searchIndexStaleness(join(dir, 'dist'), content)).toContain('artigo.md mudou depois da última construção');
		writeFileSync(join(dir, 'dist', 'index.html'), 'novo');
		expect(searchIndexStaleness(join(dir, 'dist'), content)).toBeUndefined();
		rmSync(dir, { recursive: true, force: true });
	});

	it('lists the drafts of a corpus', () => {
		expect(draftUrls('tests/fixtures/faq-corpus')).toEqual([DRAFT]);
	});
});

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/validation/corpus';
import { templateText } from '../../src/validation/rules/template-text';

const ARTICLE = [
	'---',
	'title: "Rejeição 539 na emissão da NF-e"',
	'description: "Resuma aqui, em uma frase, a resposta para o cliente."',
	'module: fiscal',
	'updated: 2026-03-05',
	'---',
	'',
	'1. Primeiro passo.',
	'',
].join('\n');

function corpusWithArticle(text: string): { dir: string; file: string } {
	const dir = mkdtempSync(join(tmpdir(), 'le-uma-vez-'));
	writeFileSync(join(dir, 'products.yml'), '- id: erp\n  name: ERP\n');
	writeFileSync(join(dir, 'modules.yml'), '- id: fiscal\n  name: Fiscal\n  product: erp\n');
	mkdirSync(join(dir, 'faq', 'fiscal'), { recursive: true });
	const file = join(dir, 'faq', 'fiscal', 'rejeicao-539.md');
	writeFileSync(file, text);
	return { dir, file };
}

describe('the corpus is read once for every rule', () => {
	it('keeps the whole text of each Markdown file on its record', () => {
		const { dir } = corpusWithArticle(`\uFEFF${ARTICLE}`);
		const article = readCorpus(dir).records.find((record) => record.collection === 'faq');
		expect(article?.text).toBe(ARTICLE);
	});

	it('template-text judges the text read with the corpus, not a second read of the file', () => {
		const { dir, file } = corpusWithArticle(ARTICLE);
		const corpus = readCorpus(dir);
		// The file changes after the corpus was read: the rule must still see what was read.
		writeFileSync(file, ARTICLE.replace(/Resuma aqui[^"]*/, 'Texto escrito pelo editor.').replace('Primeiro passo.', 'Abra a rotina.'));
		const problems = templateText.check(corpus);
		expect(problems.map((problem) => [problem.line, problem.key])).toEqual([
			[3, 'description'],
			[8, 'texto'],
		]);
	});

	it('still reads the file for a record built without its text', () => {
		const { dir } = corpusWithArticle(ARTICLE);
		const corpus = readCorpus(dir);
		const records = corpus.records.map(({ text: _text, ...record }) => record);
		expect(templateText.check({ ...corpus, records }).map((problem) => problem.line)).toEqual([3, 8]);
	});
});

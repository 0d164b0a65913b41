import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContentDir } from '../../src/validation/validate';

let corpus: string;
const create = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'scripts/new-content.ts', ...args], { env: { ...process.env, CONTENT_DIR: corpus, BUILD_DATE: '2026-03-05' }, encoding: 'utf8' });
const templateLines = () => validateContentDir(corpus).filter((line) => line.endsWith('[template-text]'));

beforeAll(() => {
	corpus = mkdtempSync(join(tmpdir(), 'texto-modelo-'));
	cpSync('tests/fixtures/faq-corpus', corpus, { recursive: true });
	execFileSync('chmod', ['-R', 'u+w', corpus]);
});

describe('template-text rule', () => {
	it('passes a corpus written by people', () => {
		expect(templateLines()).toEqual([]);
	});

	it('names the file, line and key of every placeholder npm run new wrote in an article', () => {
		expect(create('faq', 'fiscal', 'Rejeição 539 na emissão da NF-e de devolução').status).toBe(0);
		const file = join(corpus, 'faq/fiscal/rejeicao-539-na-emissao-da-nf-e-de-devolucao.md');
		const lines = readFileSync(file, 'utf8').split('\n');
		const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
		const found = templateLines();
		expect(found.some((line) => line.includes(`:${lineOf('Resuma aqui')}  description: `) && line.includes('texto de modelo'))).toBe(true);
		expect(found.some((line) => line.includes(`:${lineOf('Primeiro passo.')}  texto: `) && line.includes('"Primeiro passo."'))).toBe(true);
		expect(found.some((line) => line.includes(`:${lineOf('Por que acontece.')}  texto: `))).toBe(true);
		expect(found).toHaveLength(5);
	});

	it('also catches a release note and a bulletin, and lets the file pass once the text is written', () => {
		expect(create('release', 'pdv', '25.10').status).toBe(0);
		expect(create('bulletin', 'manutencao', 'Janela de manutenção em março').status).toBe(0);
		const found = templateLines();
		expect(found.some((line) => line.includes('releases/pdv/25.10.md:') && line.includes('  summary: '))).toBe(true);
		expect(found.some((line) => line.includes('releases/pdv/25.10.md:') && line.includes('  changes[0].title: '))).toBe(true);
		expect(found.some((line) => line.includes('bulletins/2026/janela-de-manutencao-em-marco.md:') && line.includes('  texto: '))).toBe(true);

		const bulletin = join(corpus, 'bulletins/2026/janela-de-manutencao-em-marco.md');
		const written = readFileSync(bulletin, 'utf8')
			.replace(/summary: .*/, 'summary: O ERP fica fora do ar no domingo, das 2h às 4h, para a troca do servidor.')
			.replace('Texto do informativo.', 'Salve o trabalho antes das 2h; o acesso volta sozinho às 4h.');
		writeFileSync(bulletin, written);
		expect(templateLines().filter((line) => line.includes('janela-de-manutencao'))).toEqual([]);
	});
});

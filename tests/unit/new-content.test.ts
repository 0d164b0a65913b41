import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContentDir } from '../../src/validation/validate';

let corpus: string;
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/new-content.ts', ...args], { env: { ...process.env, CONTENT_DIR: corpus, BUILD_DATE: '2026-03-05' }, encoding: 'utf8' });

beforeAll(() => {
	corpus = mkdtempSync(join(tmpdir(), 'novo-conteudo-'));
	cpSync('tests/fixtures/faq-corpus', corpus, { recursive: true });
	execFileSync('chmod', ['-R', 'u+w', corpus]);
});

describe('npm run new', () => {
	it('writes a FAQ article that passes every content rule', () => {
		const result = run('faq', 'fiscal', 'Rejeição 539 na emissão da NF-e de devolução');
		expect(result.status).toBe(0);
		const text = readFileSync(join(corpus, 'faq/fiscal/rejeicao-539-na-emissao-da-nf-e-de-devolucao.md'), 'utf8');
		expect(text).toContain('title: Rejeição 539 na emissão da NF-e de devolução');
		expect(text).toContain('updated: 2026-03-05');
		// Everything passes but the placeholder text, which the editor must replace
		const left = validateContentDir(corpus);
		expect(left.length).toBeGreaterThan(0);
		for (const line of left) expect(line).toMatch(/rejeicao-539-na-emissao-da-nf-e-de-devolucao\.md:\d+ .*\[template-text\]$/);
		expect(result.stdout).toContain('Troque o texto de modelo');
		expect(result.stdout).toMatch(/rejeicao-539-na-emissao-da-nf-e-de-devolucao\.md:\d+/);
	});

	it('writes a release note and a bulletin that pass too', () => {
		expect(run('release', 'pdv', '25.10').status).toBe(0);
		// 25.10 must stay text: unquoted, YAML would read the number 25.1
		expect(readFileSync(join(corpus, 'releases/pdv/25.10.md'), 'utf8')).toContain("version: \"25.10\"");
		expect(run('bulletin', 'manutencao', 'Janela de manutenção em março').status).toBe(0);
		expect(readFileSync(join(corpus, 'bulletins/2026/janela-de-manutencao-em-marco.md'), 'utf8')).toContain('category: manutencao');
		expect(validateContentDir(corpus).filter((line) => !line.endsWith('[template-text]'))).toEqual([]);
	});

	it('refuses an unknown module, a bad version or an existing file with a pt-BR message', () => {
		expect(run('faq', 'rh', 'Folha de pagamento não calcula').stderr).toContain('Módulo "rh" não encontrado');
		expect(run('release', 'erp', 'v25').stderr).toContain('segmentos numéricos');
		const again = run('faq', 'fiscal', 'Rejeição 539 na emissão da NF-e de devolução');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('já existe');
	});
});

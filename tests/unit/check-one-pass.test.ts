import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorAnnotation } from '../../scripts/lib/annotations';
import { readCorpus } from '../../src/validation/corpus';
import { formatProblem } from '../../src/validation/problem';
import { contentRules, validateCorpus } from '../../src/validation/validate';

const FIXTURE = 'tests/fixtures/broken-corpus';
let result: { status: number | null; stdout: string };
let lines: string[];

/** The output between a step header and the next one. */
function section(title: string): string[] {
	const start = lines.findIndex((line) => line.startsWith(`▶ ${title}`));
	const end = lines.findIndex((line, index) => index > start && line.startsWith('▶ '));
	return lines.slice(start + 1, end < 0 ? undefined : end);
}

beforeAll(async () => {
	// npm run check, as the pull-request workflow runs it, on a corpus with one mistake of each kind
	// (asynchronously: a blocked worker cannot report to vitest for the minute the check takes)
	const env = { ...process.env, CONTENT_DIR: FIXTURE, GITHUB_ACTIONS: 'true' };
	const run = await promisify(execFile)('npx', ['tsx', 'scripts/check.ts'], { env, maxBuffer: 16 * 1024 * 1024 }).then(
		(done) => ({ status: 0, stdout: `${done.stdout}${done.stderr}` }),
		(error: { code?: number; stdout?: string; stderr?: string }) => ({ status: error.code ?? null, stdout: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
	);
	result = run;
	lines = result.stdout.split('\n');
}, 600_000);

describe('npm run check reports every problem in one run', () => {
	it('fails, and prints each content problem once, under the content step', () => {
		expect(result.status).toBe(1);
		const expected = validateCorpus(readCorpus(FIXTURE)).map(formatProblem);
		expect(new Set(expected.map((line) => line.match(/\[([a-z-]+)\]$/)![1]))).toEqual(new Set(contentRules.map((rule) => rule.id).concat('invalid-version')));
		const content = section('regras de conteúdo');
		for (const line of expected) {
			expect(content).toContain(line);
			expect(lines.filter((other) => other === line), line).toHaveLength(1);
		}
		// the type check ran on the content the rules accept: no content error again, no stack trace
		const types = section('astro check');
		expect(types).toContain('✓ sem erros nem avisos');
		expect(types.join('\n')).not.toMatch(/problema\(s\)|at .*\.ts:\d+|Error:/);
	});

	it('in the same run, reports the broken link and the broken anchor of a valid page, a broken link inside a rejected page and a wrong anchor into it', () => {
		const links = section('build e verificação de links');
		expect(links).toContain(
			`${FIXTURE}/faq/pdv-caixa/links-quebrados.md:8  página /faq/pdv-caixa/links-quebrados/: link "/faq/pdv-caixa/sangria-inexistente/" quebrado, a página /faq/pdv-caixa/sangria-inexistente/ não existe`,
		);
		expect(links).toContain(
			`${FIXTURE}/faq/pdv-caixa/links-quebrados.md:10  página /faq/pdv-caixa/links-quebrados/: link "/faq/pdv-caixa/artigo-valido/#solucao-inexistente" quebrado, a âncora #solucao-inexistente não existe em /faq/pdv-caixa/artigo-valido/`,
		);
		// artigo-valido.md has a content problem (unknown related article) and was left out of the build
		expect(links).toContain(`${FIXTURE}/faq/fiscal/artigo-valido.md:8  página /faq/fiscal/artigo-valido/: link "/faq/fiscal/sumiu/" quebrado, a página /faq/fiscal/sumiu/ não existe`);
		// fiscal/artigo-valido.md was left out of the build: anchors into it are checked against its source
		expect(links).toContain(
			`${FIXTURE}/faq/pdv-caixa/links-quebrados.md:16  página /faq/pdv-caixa/links-quebrados/: link "/faq/fiscal/artigo-valido/#rejeicao-539" quebrado, a âncora #rejeicao-539 não existe em /faq/fiscal/artigo-valido/ (nenhum título do arquivo dessa página gera esse endereço)`,
		);
		// the link to an existing heading of the page itself is fine
		expect(links.join('\n')).not.toContain('#causa');
		expect(links).toContain('✗ 4 link(s) quebrado(s): corrija o endereço no arquivo indicado.');
	});

	it('prints GitHub annotations on the exact lines when GITHUB_ACTIONS=true', () => {
		expect(lines).toContain(
			`::error file=${FIXTURE}/releases/erp/25.01.003.md,line=8,title=changes[0].module [change-module-product]::o módulo "pdv-caixa" pertence ao produto "pdv", não a "erp"; mova a mudança para a nota do produto certo ou troque o módulo`,
		);
		expect(lines).toContain(`::error file=${FIXTURE}/faq/fiscal/modulo-desconhecido.md,line=4,title=module [unknown-module]::o módulo "fiscall" não existe em modules.yml; você quis dizer "fiscal"? Módulos existentes: fiscal, pdv-caixa, compras`);
		expect(lines.filter((line) => line.startsWith(`::error file=${FIXTURE}/faq/fiscal/texto-de-modelo.md,line=`) && line.includes('[template-text]'))).toHaveLength(2);
		expect(lines).toContain(
			`::error file=${FIXTURE}/faq/pdv-caixa/links-quebrados.md,line=10,title=link quebrado::link "/faq/pdv-caixa/artigo-valido/#solucao-inexistente" quebrado: a âncora #solucao-inexistente não existe em /faq/pdv-caixa/artigo-valido/; corrija o endereço`,
		);
		// one annotation per problem and per broken link
		expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(validateCorpus(readCorpus(FIXTURE)).length + 4);
	});
});

describe('annotation format', () => {
	it('escapes what GitHub reads as separators', () => {
		expect(errorAnnotation({ file: 'a,b:c.md', line: 3, title: 'x: y', message: '100% certo\nsegunda linha' })).toBe('::error file=a%2Cb%3Ac.md,line=3,title=x%3A y::100%25 certo%0Asegunda linha');
	});
});

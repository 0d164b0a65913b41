import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeTableWrap } from '../../src/markdown/rehype-table-wrap';

async function render(markdown: string): Promise<string> {
	const processor = await createMarkdownProcessor({ syntaxHighlight: false, gfm: true, rehypePlugins: [rehypeTableWrap] });
	return (await processor.render(markdown)).code;
}

const TABLE = '| Status | Prazo |\n|---|---|\n| Pendência do Cliente | 7 dias úteis |\n';

describe('rehypeTableWrap', () => {
	it('puts each table in a focusable scroll region named after its section', async () => {
		const html = await render(`## Prazos do *suporte*\n\n${TABLE}`);
		expect(html).toMatch(/<div class="table-wrap" role="region" aria-label="Tabela: Prazos do suporte" tabindex="0"><table>/);
		expect(html).toMatch(/<\/table><\/div>/);
	});

	it('gives two tables of one section different names', async () => {
		const html = await render(`## Prazos\n\n${TABLE}\nE também:\n\n${TABLE}`);
		expect([...html.matchAll(/aria-label="([^"]+)"/g)].map((match) => match[1])).toEqual(['Tabela: Prazos', 'Tabela: Prazos (2)']);
	});

	it('names a table before any heading plainly and leaves other content alone', async () => {
		const html = await render(`${TABLE}\nTexto com **destaque**.\n`);
		expect(html).toContain('aria-label="Tabela"');
		expect(html).toContain('<p>Texto com <strong>destaque</strong>.</p>');
		expect(html.match(/table-wrap/g)).toHaveLength(1);
	});
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, checkSourceLinks, formatBrokenLink } from '../../scripts/lib/check-links';
import { sourceAnchors } from '../../scripts/lib/source-anchors';

const FIXTURE = 'tests/fixtures/links';

describe('link check over the built HTML', () => {
	const broken = checkLinks(`${FIXTURE}/site`, { corpusDir: `${FIXTURE}/corpus`, site: 'http://localhost:4321' });

	it('reports a link to a missing page and a missing #anchor, nothing else', () => {
		expect(broken.map((link) => [link.page, link.href])).toEqual([
			['/faq/fiscal/artigo/', '/faq/fiscal/inexistente/'],
			['/faq/fiscal/artigo/', '/faq/fiscal/artigo/#causa'],
			// absolute on the site's own origin, so internal: and rss.xml is missing from this fixture
			['/', 'http://localhost:4321/novidades/rss.xml'],
			// /acompanhar/ is served by the ticket service, not the build; a look-alike path is not
			['/', '/acompanhamento/'],
		]);
	});

	it('points the editor to the source file and line', () => {
		expect(broken[0]?.source).toBe(`${FIXTURE}/corpus/faq/fiscal/artigo.md:7`);
		expect(broken[1]?.source).toBe(`${FIXTURE}/corpus/faq/fiscal/artigo.md:9`);
		expect(formatBrokenLink(broken[1]!)).toBe(
			`${FIXTURE}/corpus/faq/fiscal/artigo.md:9  página /faq/fiscal/artigo/: link "/faq/fiscal/artigo/#causa" quebrado, a âncora #causa não existe em /faq/fiscal/artigo/`,
		);
	});

	it('leaves links to other origins alone', () => {
		const elsewhere = checkLinks(`${FIXTURE}/site`, { site: 'https://ajuda.example.com' }).map((link) => link.href);
		expect(elsewhere).not.toContain('http://localhost:4321/novidades/rss.xml');
		expect(elsewhere).toHaveLength(3);
	});
});

describe('anchors into a page left out of the build for a content problem', () => {
	const LEFT_OUT = 'tests/fixtures/left-out-anchors';
	const source = `${LEFT_OUT}/corpus/faq/fiscal/fora-do-build.md`;
	const page = '/faq/fiscal/fora-do-build/';
	let absent: Map<string, Set<string> | undefined>;
	beforeAll(async () => {
		// As npm run check passes them: the page with the anchors of its source, a module page without.
		absent = new Map([
			[page, await sourceAnchors(readFileSync(source, 'utf8'))],
			['/faq/fiscal/', undefined],
		]);
	});

	it('renders the source with the site Markdown pipeline: heading ids as Astro writes them (accents, repeats) and ids written in HTML', async () => {
		expect([...absent.get(page)!].sort()).toEqual(['ancora-manual', 'causa', 'causa-1', 'passo-a-passo-emissão-em-contingência']);
	});

	it('reports in the same run a wrong anchor into it, and accepts its headings and the ids of its layout', () => {
		const broken = checkLinks(`${LEFT_OUT}/site`, { absent });
		expect(broken.map((link) => [link.page, link.href, link.reason])).toEqual([
			[
				'/faq/fiscal/valido/',
				'/faq/fiscal/fora-do-build/#solucao-inexistente',
				'a âncora #solucao-inexistente não existe em /faq/fiscal/fora-do-build/ (nenhum título do arquivo dessa página gera esse endereço)',
			],
		]);
	});

	it('checks the links of the left-out file to its own headings from its source text', () => {
		const broken = checkSourceLinks(`${LEFT_OUT}/site`, [{ file: source, page }], { absent });
		expect(broken.map((link) => [link.source, link.href])).toEqual([[`${source}:13`, '#passo-a-passo']]);
	});
});

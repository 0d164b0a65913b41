import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLink } from '../../scripts/lib/check-links';

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

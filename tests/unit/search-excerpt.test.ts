import { describe, expect, it } from 'vitest';
import { buildExcerpt, contentWords, escapeHtml, sanitizeExcerpt } from '../../src/search/excerpt';

describe('escapeHtml', () => {
	it('escapes the five HTML-significant characters', () => {
		expect(escapeHtml(`<a href="x" title='y'>P&D</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;P&amp;D&lt;/a&gt;');
	});
});

describe('sanitizeExcerpt', () => {
	it('keeps Pagefind marks and plain text', () => {
		expect(sanitizeExcerpt('Ao tentar <mark>cancelar</mark> a <mark>NF-e,</mark> o evento volta')).toBe('Ao tentar <mark>cancelar</mark> a <mark>NF-e,</mark> o evento volta');
	});

	it('turns the page text Pagefind escaped (< and >) back into visible, escaped text', () => {
		expect(sanitizeExcerpt('o campo &lt;xNome&gt; do <mark>XML</mark>')).toBe('o campo &lt;xNome&gt; do <mark>XML</mark>');
	});

	it('escapes any tag, attribute or entity that is not a mark (a closing mark without its opening is dropped)', () => {
		const out = sanitizeExcerpt('<img src=x onerror=alert(1)> <script>alert(2)</script> <mark onclick="x">a</mark> <b>b</b> & "c"');
		expect(out).not.toMatch(/<(?!\/?mark>)/);
		expect(out).toBe('&lt;img src=x onerror=alert(1)&gt; &lt;script&gt;alert(2)&lt;/script&gt; &lt;mark onclick=&quot;x&quot;&gt;a &lt;b&gt;b&lt;/b&gt; &amp; &quot;c&quot;');
	});

	it('balances marks: drops stray closings and nested openings, closes an open one', () => {
		expect(sanitizeExcerpt('</mark>a <mark>b <mark>c</mark> d</mark> <mark>e')).toBe('a <mark>b c</mark> d <mark>e</mark>');
	});

	it('does not treat upper-case or spaced tags as marks', () => {
		expect(sanitizeExcerpt('<MARK>x</MARK> < mark>y')).toBe('&lt;MARK&gt;x&lt;/MARK&gt; &lt; mark&gt;y');
	});

	it('handles empty input', () => {
		expect(sanitizeExcerpt('')).toBe('');
	});
});

describe('contentWords', () => {
	it('splits on white space like Pagefind counts word locations', () => {
		expect(contentWords('Rejeição 204:  duplicidade\nde NF-e')).toEqual(['Rejeição', '204:', 'duplicidade', 'de', 'NF-e']);
	});
});

describe('buildExcerpt', () => {
	const text = Array.from({ length: 60 }, (_, index) => `w${index}`).join(' ');

	it('marks the matched locations, escaped, in the densest window', () => {
		const out = buildExcerpt(text, [40, 42, 3], 10);
		expect(out).toContain('<mark>w40</mark>');
		expect(out).toContain('<mark>w42</mark>');
		expect(out).not.toContain('w3 ');
		expect(out.startsWith('… ')).toBe(true);
		expect(out.endsWith(' …')).toBe(true);
	});

	it('escapes the page text', () => {
		expect(buildExcerpt('erro <b>grave</b> & "x"', [1], 10)).toBe('erro <mark>&lt;b&gt;grave&lt;/b&gt;</mark> &amp; &quot;x&quot;');
	});

	it('starts at the beginning without matches and ignores locations out of range', () => {
		expect(buildExcerpt('a b c', [7, -1], 2)).toBe('a b …');
		expect(buildExcerpt('', [0])).toBe('');
	});
});

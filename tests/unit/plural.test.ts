import { describe, expect, it } from 'vitest';
import { countOf, NOUNS } from '../../src/utils/plural';

describe('countOf', () => {
	it('says one thing in the singular and any other count in the plural', () => {
		expect(countOf(1, NOUNS.article)).toBe('1 artigo');
		expect(countOf(6, NOUNS.article)).toBe('6 artigos');
		expect(countOf(0, NOUNS.version)).toBe('0 versões');
		expect(countOf(1250, NOUNS.change)).toBe('1.250 mudanças');
	});
});

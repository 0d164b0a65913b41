import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/utils/versions';

describe('compareVersions', () => {
	it('compares each segment as a number, not as text', () => {
		expect(compareVersions('24.10', '24.9')).toBe(1);
		expect(compareVersions('24.9', '24.10')).toBe(-1);
		expect(compareVersions('24.01.012', '24.01.9')).toBe(1);
		expect(compareVersions('24.01.9', '24.01.012')).toBe(-1);
		expect(compareVersions('26.01.10', '26.01.2')).toBe(1);
	});

	it('decides on the first segment that differs', () => {
		expect(compareVersions('25.01', '24.99')).toBe(1);
		expect(compareVersions('24.02.001', '24.01.999')).toBe(1);
		expect(compareVersions('1.2.3.4', '1.2.3.5')).toBe(-1);
	});

	it('treats leading zeros as the same number', () => {
		expect(compareVersions('24.01.012', '24.1.12')).toBe(0);
		expect(compareVersions('24.01', '24.01')).toBe(0);
	});

	it('puts a version before its longer continuations', () => {
		expect(compareVersions('24.01', '24.01.1')).toBe(-1);
		expect(compareVersions('24.01.0', '24.01')).toBe(1);
		expect(compareVersions('24.01.1', '24.01')).toBe(1);
	});

	it('is antisymmetric, so sorting is stable whatever the input order', () => {
		const versions = ['24.9', '24.10', '24.01.9', '24.01.012', '24.01', '23.12.5', '24.01.1', '24.2'];
		for (const a of versions) for (const b of versions) expect(compareVersions(a, b)).toBe(-compareVersions(b, a) || 0);
	});

	it('sorts a mixed list in numeric order', () => {
		const shuffled = ['24.10', '24.01.012', '23.12.5', '24.9', '24.01', '24.01.9', '24.2'];
		expect([...shuffled].sort(compareVersions)).toEqual(['23.12.5', '24.01', '24.01.9', '24.01.012', '24.2', '24.9', '24.10']);
		expect([...shuffled].reverse().sort(compareVersions)).toEqual(['23.12.5', '24.01', '24.01.9', '24.01.012', '24.2', '24.9', '24.10']);
	});
});

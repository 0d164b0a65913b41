import { describe, expect, it } from 'vitest';
import { releaseFeedItems } from '../../src/utils/feeds';
import type { ReleaseLike } from '../../src/utils/releases';

const release = (version: string, breaking: boolean[]): ReleaseLike => ({
	product: 'erp',
	version,
	date: new Date('2026-10-05'),
	summary: 'Versão com mudanças fiscais.',
	changes: breaking.map((flag, index) => ({ type: 'legal', module: 'fiscal', title: `Mudança ${index + 1}.`, breaking: flag })),
});

describe('release feed items', () => {
	it('name the changes that need action ("Requer ação") after the summary, and tag the item', () => {
		const [item] = releaseFeedItems([release('26.02.001', [true, false, true])], () => 'ERP Consinco');
		expect(item!.description).toBe('Versão com mudanças fiscais. Requer ação (2): Mudança 1; Mudança 3.');
		expect(item!.categories).toContain('Requer ação');
	});

	it('keep the summary alone when nothing needs action', () => {
		const [item] = releaseFeedItems([release('26.01.003', [false])], () => 'ERP Consinco');
		expect(item!.description).toBe('Versão com mudanças fiscais.');
		expect(item!.categories).not.toContain('Requer ação');
	});
});

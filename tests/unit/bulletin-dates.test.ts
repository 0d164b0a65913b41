import { describe, expect, it } from 'vitest';
import { currentBulletins, isExpired } from '../../src/utils/bulletins';
import { today } from '../../src/utils/dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Item {
	id: string;
	data: { date: Date; pinned: boolean; expires?: Date };
}
const item = (id: string, date: string, extra: { pinned?: boolean; expires?: string } = {}): Item => ({
	id,
	data: { date: day(date), pinned: extra.pinned ?? false, expires: extra.expires ? day(extra.expires) : undefined },
});

describe('bulletin expiry', () => {
	it('is still current on its expires day and expired the day after', () => {
		const bulletin = { expires: day('2026-12-07') };
		expect(isExpired(bulletin, day('2026-12-06'))).toBe(false);
		expect(isExpired(bulletin, day('2026-12-07'))).toBe(false);
		expect(isExpired(bulletin, day('2026-12-08'))).toBe(true);
	});

	it('never expires without an expires date', () => {
		expect(isExpired({ expires: undefined }, day('2099-01-01'))).toBe(false);
	});
});

describe('current bulletins', () => {
	const items = [
		item('antigo', '2025-08-04', { expires: '2025-09-26' }),
		item('manutencao', '2026-11-24', { expires: '2026-12-07' }),
		item('evento', '2026-10-06'),
		item('fixado', '2026-08-17', { pinned: true }),
		item('liberacao', '2026-10-20'),
	];

	it('leaves out the expired ones and puts pinned first, then newest first', () => {
		expect(currentBulletins(items, day('2026-12-01')).map((entry) => entry.id)).toEqual(['fixado', 'manutencao', 'liberacao', 'evento']);
	});

	it('keeps a bulletin on its expires day and drops it the next day', () => {
		expect(currentBulletins(items, day('2026-12-07')).map((entry) => entry.id)).toContain('manutencao');
		expect(currentBulletins(items, day('2026-12-08')).map((entry) => entry.id)).toEqual(['fixado', 'liberacao', 'evento']);
	});

	it('shows a bulletin that expired later on a day before its expiry', () => {
		expect(currentBulletins(items, day('2025-09-26')).map((entry) => entry.id)).toContain('antigo');
	});
});

describe('today (BUILD_DATE)', () => {
	it('is the BUILD_DATE day when set, whatever the clock says', () => {
		expect(today({ BUILD_DATE: '2026-12-01' }, new Date('2027-05-05T23:59:00Z'))).toEqual(day('2026-12-01'));
	});

	it('is the real day at UTC midnight when BUILD_DATE is absent or empty', () => {
		expect(today({}, new Date('2026-12-02T18:30:00Z'))).toEqual(day('2026-12-02'));
		expect(today({ BUILD_DATE: '' }, new Date('2026-12-02T18:30:00Z'))).toEqual(day('2026-12-02'));
	});

	it('refuses a malformed or impossible BUILD_DATE with a pt-BR message', () => {
		for (const value of ['01/12/2026', '2026-12-1', '2026-02-30', 'amanhã']) {
			expect(() => today({ BUILD_DATE: value })).toThrow(`BUILD_DATE deve ser um dia válido no formato AAAA-MM-DD, como 2026-12-01; recebido "${value}".`);
		}
	});
});

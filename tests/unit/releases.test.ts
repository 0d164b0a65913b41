import { describe, expect, it } from 'vitest';
import { CHANGE_TYPES, type Change } from '../../src/schemas/release';
import {
	CHANGE_TYPE_LABELS,
	CHANGE_TYPE_ORDER,
	byDateThenVersionDesc,
	changesBetween,
	countByType,
	findVersion,
	groupChanges,
	modulesTouched,
	neighbours,
	planComparison,
	productReleases,
	releasesBetween,
} from '../../src/utils/releases';

const change = (type: Change['type'], module: string, title: string, breaking = false): Change => ({ type, module, title, breaking });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One product with versions whose text order differs from their numeric order. */
const erp = [
	{ product: 'erp', version: '24.10', date: day('2024-11-01'), changes: [change('melhoria', 'fiscal', 'F'), change('legal', 'estoque', 'G', true)] },
	{ product: 'erp', version: '24.01.012', date: day('2024-03-01'), changes: [change('correcao', 'fiscal', 'C')] },
	{ product: 'erp', version: '24.9', date: day('2024-10-01'), changes: [change('novidade', 'estoque', 'D'), change('seguranca', 'fiscal', 'E', true)] },
	{ product: 'erp', version: '24.01.9', date: day('2024-02-01'), changes: [change('novidade', 'fiscal', 'B')] },
	{ product: 'erp', version: '24.01', date: day('2024-01-10'), changes: [change('novidade', 'fiscal', 'A')] },
];
const versions = erp.map((release) => release.version);
const titles = (changes: { title: string }[]) => changes.map((item) => item.title);

describe('version order of releases', () => {
	it('lists one product newest version first, numerically', () => {
		const pdv = { product: 'pdv', version: '99.0', date: day('2025-01-01'), changes: [change('novidade', 'caixa', 'X')] };
		expect(productReleases([...erp, pdv], 'erp').map((release) => release.version)).toEqual(['24.10', '24.9', '24.01.012', '24.01.9', '24.01']);
	});

	it('finds the previous and next version by number, not by date or text', () => {
		expect(neighbours(erp, '24.9')).toEqual({ previous: erp[1], next: erp[0] });
		expect(neighbours(erp, '24.01').previous).toBeUndefined();
		expect(neighbours(erp, '24.10').next).toBeUndefined();
		expect(neighbours(erp, '30.0')).toEqual({});
	});

	it('orders several products by date, then version', () => {
		const a = { product: 'pdv', version: '26.01.10', date: day('2026-03-01') };
		const b = { product: 'erp', version: '26.01.2', date: day('2026-03-01') };
		const c = { product: 'erp', version: '25.12', date: day('2026-04-01') };
		expect([a, b, c].sort(byDateThenVersionDesc)).toEqual([c, a, b]);
	});
});

describe('changesBetween', () => {
	it('lists every change after the installed version up to and including the target, oldest first', () => {
		const result = changesBetween(erp, '24.01.9', '24.10');
		expect(titles(result)).toEqual(['C', 'D', 'E', 'F', 'G']);
		expect(result.map((item) => item.version)).toEqual(['24.01.012', '24.9', '24.9', '24.10', '24.10']);
	});

	it('crosses the 9 → 10 boundaries numerically', () => {
		expect(titles(changesBetween(erp, '24.9', '24.10'))).toEqual(['F', 'G']);
		expect(titles(changesBetween(erp, '24.01', '24.01.012'))).toEqual(['B', 'C']);
	});

	it('is empty for the same version or a reversed pair', () => {
		expect(changesBetween(erp, '24.9', '24.9')).toEqual([]);
		expect(changesBetween(erp, '24.10', '24.01')).toEqual([]);
	});

	it('keeps the change fields and does not modify the releases', () => {
		const before = JSON.stringify(erp);
		const [first] = changesBetween(erp, '24.9', '24.10');
		expect(first).toEqual({ type: 'melhoria', module: 'fiscal', title: 'F', breaking: false, version: '24.10' });
		expect(JSON.stringify(erp)).toBe(before);
	});

	it('works for a range of installed versions that are not releases of record', () => {
		expect(releasesBetween(erp, '24.5', '24.10').map((release) => release.version)).toEqual(['24.9', '24.10']);
	});
});

describe('change types', () => {
	it('has a label for every type of the schema, in the schema order', () => {
		expect(Object.keys(CHANGE_TYPE_LABELS)).toEqual([...CHANGE_TYPES]);
	});

	it('shows legal changes first, then the schema order', () => {
		expect(CHANGE_TYPE_ORDER).toEqual(['legal', ...CHANGE_TYPES.filter((type) => type !== 'legal')]);
	});
});

describe('countByType', () => {
	it('counts each type, legal first, then the schema order, without empty types', () => {
		expect(countByType(changesBetween(erp, '24.01', '24.10'))).toEqual([
			{ type: 'legal', count: 1 },
			{ type: 'novidade', count: 2 },
			{ type: 'melhoria', count: 1 },
			{ type: 'correcao', count: 1 },
			{ type: 'seguranca', count: 1 },
		]);
		expect(countByType([])).toEqual([]);
	});
});

describe('groupChanges', () => {
	const all = changesBetween(erp, '24.01', '24.10');

	it('puts changes that need action first, whatever their type, by module', () => {
		const { actionRequired } = groupChanges(all, ['fiscal', 'estoque']);
		expect(actionRequired.map((group) => [group.module, titles(group.changes)])).toEqual([
			['fiscal', ['E']],
			['estoque', ['G']],
		]);
	});

	it('groups the other changes by type (legal first) and module, each change once', () => {
		const extra = [...all, change('legal', 'fiscal', 'L'), change('novidade', 'compras', 'N')];
		const { actionRequired, byType } = groupChanges(extra, ['fiscal', 'estoque']);
		expect(byType.map((group) => [group.type, group.modules.map((module) => [module.module, titles(module.changes)])])).toEqual([
			['legal', [['fiscal', ['L']]]],
			['novidade', [['fiscal', ['B']], ['estoque', ['D']], ['compras', ['N']]]],
			['melhoria', [['fiscal', ['F']]]],
			['correcao', [['fiscal', ['C']]]],
		]);
		const shown = [...actionRequired, ...byType.flatMap((group) => group.modules)].flatMap((group) => titles(group.changes));
		expect(shown.sort()).toEqual(titles(extra).sort());
	});

	it('lists modules missing from the catalogue order last, alphabetically', () => {
		const { byType } = groupChanges([change('novidade', 'zeta', 'Z'), change('novidade', 'alfa', 'A'), change('novidade', 'fiscal', 'F')], ['fiscal']);
		expect(byType[0].modules.map((group) => group.module)).toEqual(['fiscal', 'alfa', 'zeta']);
	});

	it('lists the modules touched once each, in order of appearance', () => {
		expect(modulesTouched(all)).toEqual(['fiscal', 'estoque']);
	});
});

describe('planComparison', () => {
	it('accepts any pair of existing versions in order', () => {
		expect(planComparison(versions, '24.01', '24.10')).toEqual({ kind: 'ok', from: '24.01', to: '24.10', swapped: false });
		expect(planComparison(versions, '24.9', '24.10')).toEqual({ kind: 'ok', from: '24.9', to: '24.10', swapped: false });
	});

	it('swaps a pair given in the wrong order and says so', () => {
		expect(planComparison(versions, '24.10', '24.01.9')).toEqual({ kind: 'ok', from: '24.01.9', to: '24.10', swapped: true });
	});

	it('reports the same version on both sides', () => {
		expect(planComparison(versions, '24.9', '24.9')).toEqual({ kind: 'same', version: '24.9' });
	});

	it('names unknown and missing versions, each side separately', () => {
		expect(planComparison(versions, '24.99', '24.10')).toEqual({ kind: 'invalid', problems: [{ param: 'de', reason: 'unknown', version: '24.99' }] });
		expect(planComparison(versions, 'abc', '')).toEqual({
			kind: 'invalid',
			problems: [
				{ param: 'de', reason: 'unknown', version: 'abc' },
				{ param: 'para', reason: 'missing', version: '' },
			],
		});
	});

	it('is empty when nothing was asked', () => {
		expect(planComparison(versions, null, undefined)).toEqual({ kind: 'empty' });
		expect(planComparison(versions, ' ', '')).toEqual({ kind: 'empty' });
	});

	it('reads a version written without leading zeros as the release it names', () => {
		expect(findVersion(versions, '24.1.12')).toBe('24.01.012');
		expect(findVersion(versions, '24.01.012')).toBe('24.01.012');
		expect(findVersion(versions, '24.1')).toBe('24.01');
		expect(findVersion(versions, '24.01.012; drop')).toBeUndefined();
		expect(planComparison(versions, '24.1.9', '24.10')).toEqual({ kind: 'ok', from: '24.01.9', to: '24.10', swapped: false });
	});
});

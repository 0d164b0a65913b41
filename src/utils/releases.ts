/**
 * Release-note logic shared by the pages, the feeds and the comparison script: version order,
 * grouping of changes, counts per type and the "what changes in my upgrade" range.
 * Pure TypeScript (no Astro APIs), so it runs in unit tests and in the browser alike.
 */
// Types only: the schema module builds zod schemas, which must stay out of the browser bundle.
import type { Change, ChangeType } from '../schemas/release';
import { compareVersions } from './versions';

/** What this module needs of a release: its data, whatever wraps it. */
export interface ReleaseLike {
	product: string;
	version: string;
	date: Date;
	summary: string;
	changes: Change[];
}

/** A change together with the version that delivered it. */
export type VersionedChange<C extends object = Change> = C & { version: string };

/**
 * Type names readers see, singular (a badge on one change) and plural (a group heading), in
 * the order of CHANGE_TYPES (the Record type makes every type required; a unit test checks the order).
 */
export const CHANGE_TYPE_LABELS: Record<ChangeType, { one: string; many: string }> = {
	novidade: { one: 'Novidade', many: 'Novidades' },
	melhoria: { one: 'Melhoria', many: 'Melhorias' },
	correcao: { one: 'Correção', many: 'Correções' },
	legal: { one: 'Legal', many: 'Mudanças legais' },
	seguranca: { one: 'Segurança', many: 'Segurança' },
	descontinuado: { one: 'Descontinuado', many: 'Descontinuados' },
	'problema-conhecido': { one: 'Problema conhecido', many: 'Problemas conhecidos' },
};

/** Heading and lead of the group of changes that need action, at the top of a page. */
export const ACTION_REQUIRED_TITLE = 'Exigem ação na atualização';
export const ACTION_REQUIRED_HINT = 'Leia antes de atualizar: estas mudanças pedem alguma providência da sua equipe.';

/** Group order on a page: legal changes first (they come with deadlines), then the schema order. */
export const CHANGE_TYPE_ORDER: readonly ChangeType[] = ['legal', ...(Object.keys(CHANGE_TYPE_LABELS) as ChangeType[]).filter((type) => type !== 'legal')];

/** Oldest version first. */
export function byVersionAsc<T extends { version: string }>(a: T, b: T): number {
	return compareVersions(a.version, b.version);
}

/** Newest version first. */
export function byVersionDesc<T extends { version: string }>(a: T, b: T): number {
	return compareVersions(b.version, a.version);
}

/** Across products: newest date first, then highest version, then product id (stable order). */
export function byDateThenVersionDesc<T extends { product: string; version: string; date: Date }>(a: T, b: T): number {
	return b.date.getTime() - a.date.getTime() || compareVersions(b.version, a.version) || a.product.localeCompare(b.product);
}

/** The versions of one product, newest first, without mutating the input. */
export function productReleases<T extends { product: string; version: string }>(releases: readonly T[], product: string): T[] {
	return releases.filter((release) => release.product === product).sort(byVersionDesc);
}

/** The version right before and right after `version` among one product's releases. */
export function neighbours<T extends { version: string }>(releases: readonly T[], version: string): { previous?: T; next?: T } {
	const ordered = [...releases].sort(byVersionAsc);
	const index = ordered.findIndex((release) => compareVersions(release.version, version) === 0);
	if (index === -1) return {};
	return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** A change needs the reader's attention before upgrading. */
export function needsAction(change: Pick<Change, 'breaking'>): boolean {
	return change.breaking === true;
}

/** How many changes of each type, in page order, leaving out types with none. */
export function countByType(changes: readonly Pick<Change, 'type'>[]): { type: ChangeType; count: number }[] {
	return CHANGE_TYPE_ORDER.map((type) => ({ type, count: changes.filter((change) => change.type === type).length })).filter(
		({ count }) => count > 0,
	);
}

/** The distinct modules a list of changes touches, in first-seen order. */
export function modulesTouched(changes: readonly Pick<Change, 'module'>[]): string[] {
	return [...new Set(changes.map((change) => change.module))];
}

export interface ModuleGroup<C> {
	module: string;
	changes: C[];
}

export interface TypeGroup<C> {
	type: ChangeType;
	modules: ModuleGroup<C>[];
}

export interface GroupedChanges<C> {
	/** Changes that need action on upgrade (`breaking`), by module, whatever their type. */
	actionRequired: ModuleGroup<C>[];
	/** Every other change, by type (legal first) and then by module. */
	byType: TypeGroup<C>[];
}

/**
 * Groups changes by module, modules ordered by `moduleOrder` (ids in catalogue order; unknown
 * ones go last, alphabetically), changes keeping their order within a module.
 */
function byModule<C extends Pick<Change, 'module'>>(changes: readonly C[], moduleOrder: readonly string[]): ModuleGroup<C>[] {
	const rank = (module: string) => {
		const index = moduleOrder.indexOf(module);
		return index === -1 ? Number.MAX_SAFE_INTEGER : index;
	};
	return modulesTouched(changes)
		.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
		.map((module) => ({ module, changes: changes.filter((change) => change.module === module) }));
}

/**
 * The layout of a list of changes on a page: the ones that need action at the top, then the
 * rest by type (legal first) and module. Each change appears exactly once.
 */
export function groupChanges<C extends Pick<Change, 'type' | 'module' | 'breaking'>>(
	changes: readonly C[],
	moduleOrder: readonly string[] = [],
): GroupedChanges<C> {
	const others = changes.filter((change) => !needsAction(change));
	return {
		actionRequired: byModule(changes.filter(needsAction), moduleOrder),
		byType: CHANGE_TYPE_ORDER.map((type) => ({ type, modules: byModule(others.filter((change) => change.type === type), moduleOrder) })).filter(
			(group) => group.modules.length > 0,
		),
	};
}

/** The releases after `from` up to and including `to`, oldest first (empty when `from` >= `to`). */
export function releasesBetween<R extends { version: string }>(releases: readonly R[], from: string, to: string): R[] {
	return releases
		.filter((release) => compareVersions(release.version, from) > 0 && compareVersions(release.version, to) <= 0)
		.sort(byVersionAsc);
}

/**
 * Every change delivered after the installed version `from` up to and including the target
 * `to`, oldest version first, each tagged with its version. Releases are one product's.
 */
export function changesBetween<C extends object>(
	releases: readonly { version: string; changes: readonly C[] }[],
	from: string,
	to: string,
): VersionedChange<C>[] {
	return releasesBetween(releases, from, to).flatMap((release) => release.changes.map((change) => ({ ...change, version: release.version })));
}

/** A problem with one side of a requested pair: not given, or not an existing version. */
export interface PairProblem {
	param: 'de' | 'para';
	reason: 'missing' | 'unknown';
	/** The value as given (empty when missing). */
	version: string;
}

/** What a requested pair of versions means, before listing changes. */
export type ComparisonPlan =
	| { kind: 'empty' }
	| { kind: 'invalid'; problems: PairProblem[] }
	| { kind: 'same'; version: string }
	| { kind: 'ok'; from: string; to: string; swapped: boolean };

const NUMERIC_VERSION = /^\d+(\.\d+)*$/;

/** The existing version a value names, numerically (`26.1.10` names `26.01.10`), or undefined. */
export function findVersion(versions: readonly string[], value: string): string | undefined {
	if (!NUMERIC_VERSION.test(value)) return undefined;
	return versions.find((known) => known === value) ?? versions.find((known) => compareVersions(known, value) === 0);
}

/**
 * Checks a pair read from the URL against the versions that exist and returns it with each
 * side spelled as the release notes spell it. A pair in the wrong order (installed newer than
 * target) is swapped and flagged so the page can say so.
 */
export function planComparison(versions: readonly string[], from: string | null | undefined, to: string | null | undefined): ComparisonPlan {
	const given = { de: from?.trim() ?? '', para: to?.trim() ?? '' };
	if (!given.de && !given.para) return { kind: 'empty' };
	const found = { de: findVersion(versions, given.de), para: findVersion(versions, given.para) };
	const problems = (['de', 'para'] as const).flatMap((param): PairProblem[] => {
		if (found[param]) return [];
		return [{ param, reason: given[param] ? 'unknown' : 'missing', version: given[param] }];
	});
	if (problems.length > 0 || !found.de || !found.para) return { kind: 'invalid', problems };
	const order = compareVersions(found.de, found.para);
	if (order === 0) return { kind: 'same', version: found.de };
	return order < 0 ? { kind: 'ok', from: found.de, to: found.para, swapped: false } : { kind: 'ok', from: found.para, to: found.de, swapped: true };
}

/** Page of one version: /novidades/<product>/<version>/. */
export function releaseUrl(product: string, version: string): string {
	return `/novidades/${product}/${version}/`;
}

/** Page listing one product's versions: /novidades/<product>/. */
export function productReleasesUrl(product: string): string {
	return `/novidades/${product}/`;
}

/** Comparison page of one product, optionally with a pair already chosen. */
export function compareUrl(product: string, pair?: { from: string; to: string }): string {
	const base = `/novidades/${product}/comparar/`;
	return pair ? `${base}?${new URLSearchParams({ de: pair.from, para: pair.to })}` : base;
}

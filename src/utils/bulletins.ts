import type { BulletinData } from '../schemas/bulletin';

/** A bulletin has expired when its `expires` day is before today. */
export function isExpired(bulletin: Pick<BulletinData, 'expires'>, today: Date): boolean {
	return bulletin.expires !== undefined && bulletin.expires.getTime() < today.getTime();
}

/** Pinned first, then newest first. */
export function byPinnedThenNewest<T extends { data: Pick<BulletinData, 'pinned' | 'date'> }>(a: T, b: T): number {
	if (a.data.pinned !== b.data.pinned) return a.data.pinned ? -1 : 1;
	return b.data.date.getTime() - a.data.date.getTime();
}

/** The bulletins the home page and the lists show: not expired, pinned first, then newest. */
export function currentBulletins<T extends { data: Pick<BulletinData, 'pinned' | 'date' | 'expires'> }>(items: T[], today: Date): T[] {
	return items.filter((item) => !isExpired(item.data, today)).sort(byPinnedThenNewest);
}

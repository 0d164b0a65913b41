import { BULLETIN_CATEGORIES, type BulletinCategory } from '../../schemas/bulletin';
import { currentBulletins, isExpired } from '../../utils/bulletins';
import { corpusEntries, type BulletinEntry } from '../../utils/content';
import { today } from '../../utils/dates';
import { catalogNames, type CatalogNames } from '../release/catalog';

export interface BulletinCatalog extends CatalogNames {
	/** Not expired: pinned first, then newest. */
	current: BulletinEntry[];
	/** Expired (their pages stay): newest first. */
	expired: BulletinEntry[];
	/** Categories that have bulletins, in the schema's order, with how many. */
	categories: { id: BulletinCategory; count: number }[];
	/** The day the build considers today (BUILD_DATE in tests). */
	today: Date;
}

/** Every bulletin, split into current and expired, with the names of products and modules. */
export async function loadBulletinCatalog(): Promise<BulletinCatalog> {
	const [bulletins, names] = await Promise.all([corpusEntries('bulletins'), catalogNames()]);
	const day = today();
	const expired = bulletins.filter((bulletin) => isExpired(bulletin.data, day)).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
	const categories = BULLETIN_CATEGORIES.map((id) => ({ id, count: bulletins.filter((bulletin) => bulletin.data.category === id).length })).filter(({ count }) => count > 0);
	return { ...names, current: currentBulletins(bulletins, day), expired, categories, today: day };
}

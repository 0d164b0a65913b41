import type { ReleaseEntry } from '../../utils/content';
import { releasesNewestFirst } from '../../utils/content';
import { catalogNames, type CatalogNames } from './catalog';

export interface ReleaseCatalog extends CatalogNames {
	/** Every release, newest date first. */
	releases: ReleaseEntry[];
	/** Products with at least one release, in products.yml order. */
	products: { id: string; name: string; count: number }[];
}

/** Releases with the names and order of products and modules, for the release pages and feeds. */
export async function loadReleaseCatalog(): Promise<ReleaseCatalog> {
	const [releases, names] = await Promise.all([releasesNewestFirst(), catalogNames()]);
	const released = new Set(releases.map((release) => release.data.product));
	const ordered = [...names.productOrder.filter((id) => released.has(id)), ...[...released].filter((id) => !names.productOrder.includes(id)).sort()];
	const products = ordered.map((id) => ({ id, name: names.productName(id), count: releases.filter((release) => release.data.product === id).length }));
	return { ...names, releases, products };
}

/** Static paths of the per-product release pages: one per product with releases, with its releases. */
export async function productReleasePaths() {
	const { products, releases } = await loadReleaseCatalog();
	return products.map((product) => ({
		params: { product: product.id },
		props: { productId: product.id, releases: releases.filter((release) => release.data.product === product.id) },
	}));
}

import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReleaseCatalog } from '../../../components/release/load';
import { FEED_CUSTOM_DATA, productReleasesFeed, releaseFeedItems } from '../../../utils/feeds';
import { productReleasesUrl } from '../../../utils/releases';

export const getStaticPaths = (async () => {
	const { products } = await loadReleaseCatalog();
	return products.map((product) => ({ params: { product: product.id } }));
}) satisfies GetStaticPaths;

/** One product's release notes, newest first. */
export const GET: APIRoute = async (context) => {
	const product = context.params.product ?? '';
	const { releases, productName } = await loadReleaseCatalog();
	return rss({
		title: productReleasesFeed(product, productName(product)).title,
		description: `Notas de versão do produto ${productName(product)}: novidades, melhorias, correções, mudanças legais e o que fazer antes de atualizar.`,
		site: new URL(productReleasesUrl(product), context.site),
		items: releaseFeedItems(
			releases.filter((release) => release.data.product === product).map((release) => release.data),
			productName,
		),
		customData: FEED_CUSTOM_DATA,
	});
};

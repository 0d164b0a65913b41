import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadReleaseCatalog } from '../../components/release/load';
import { FEED_CUSTOM_DATA, RELEASES_FEED, releaseFeedItems } from '../../utils/feeds';

/** Every product's release notes, newest first. */
export const GET: APIRoute = async (context) => {
	const { releases, productName } = await loadReleaseCatalog();
	return rss({
		title: RELEASES_FEED.title,
		description: 'Notas de versão dos produtos da Linha Consinco: novidades, melhorias, correções, mudanças legais e o que fazer antes de atualizar.',
		site: new URL('/novidades/', context.site),
		items: releaseFeedItems(
			releases.map((release) => release.data),
			productName,
		),
		customData: FEED_CUSTOM_DATA,
	});
};

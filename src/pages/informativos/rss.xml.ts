import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { BULLETIN_CATEGORY_LABELS, bulletinUrl } from '../../components/bulletin/categories';
import { loadBulletinCatalog } from '../../components/bulletin/load';
import { BULLETINS_FEED, FEED_CUSTOM_DATA } from '../../utils/feeds';

/** Current bulletins (expired ones leave the lists), newest first whatever is pinned. */
export const GET: APIRoute = async (context) => {
	const { current, productName } = await loadBulletinCatalog();
	const items = [...current]
		.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id))
		.map(({ id, data }) => ({
			title: data.title,
			link: bulletinUrl(id),
			pubDate: data.date,
			description: data.summary,
			categories: [BULLETIN_CATEGORY_LABELS[data.category], ...data.products.map(productName)],
		}));
	return rss({
		title: BULLETINS_FEED.title,
		description: 'Informativos da Linha Consinco: legislação, manutenções programadas, segurança, eventos e liberações de versão.',
		site: new URL('/informativos/', context.site),
		items,
		customData: FEED_CUSTOM_DATA,
	});
};

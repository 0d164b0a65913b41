/** The RSS feeds of the site: where they live and what they are called, for the endpoints and the head links. */
import type { RSSFeedItem } from '@astrojs/rss';
import { byDateThenVersionDesc, CHANGE_TYPE_LABELS, needsAction, releaseUrl, type ReleaseLike } from './releases';
import { SITE_NAME } from './site';

export interface FeedLink {
	title: string;
	href: string;
}

/** Every product's release notes. */
export const RELEASES_FEED: FeedLink = { title: `Novidades das versões · ${SITE_NAME}`, href: '/novidades/rss.xml' };

/** One product's release notes. */
export function productReleasesFeed(productId: string, productName: string): FeedLink {
	return { title: `Novidades: ${productName} · ${SITE_NAME}`, href: `/novidades/${productId}/rss.xml` };
}

/** Current bulletins. */
export const BULLETINS_FEED: FeedLink = { title: `Informativos · ${SITE_NAME}`, href: '/informativos/rss.xml' };

/** Channel data every feed shares: the language of the texts. */
export const FEED_CUSTOM_DATA = '<language>pt-br</language>';

/** The label release pages give a change that needs action on upgrade. */
export const ACTION_LABEL = 'Requer ação';

/**
 * A release's feed text: its summary, then the changes that need action before upgrading, so a
 * reader of the feed sees them without opening the page.
 */
function releaseDescription(release: ReleaseLike): string {
	const actions = release.changes.filter(needsAction).map((change) => change.title.trim().replace(/[.;]$/, ''));
	return actions.length ? `${release.summary} ${ACTION_LABEL} (${actions.length}): ${actions.join('; ')}.` : release.summary;
}

/** Feed items of release notes, newest first (date, then version). */
export function releaseFeedItems(releases: readonly ReleaseLike[], productName: (id: string) => string): RSSFeedItem[] {
	return [...releases].sort(byDateThenVersionDesc).map((release) => ({
		title: `${productName(release.product)} ${release.version}`,
		link: releaseUrl(release.product, release.version),
		pubDate: release.date,
		description: releaseDescription(release),
		categories: [
			productName(release.product),
			...new Set(release.changes.map((change) => CHANGE_TYPE_LABELS[change.type].many)),
			...(release.changes.some(needsAction) ? [ACTION_LABEL] : []),
		],
	}));
}

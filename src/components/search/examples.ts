/**
 * The search examples of this build (see utils/search-examples.ts), read once per build: the
 * header shows them on every page. Under `astro dev` they are read afresh, so edits show.
 */
import { getCollection } from 'astro:content';
import { publishedFaq, releasesNewestFirst } from '../../utils/content';
import { pickSearchExamples, type SearchExamples } from '../../utils/search-examples';

let cache: Promise<SearchExamples> | undefined;

export function searchExamples(): Promise<SearchExamples> {
	const load = async () => ({
		...pickSearchExamples(await publishedFaq(), await getCollection('modules')),
		// The newest release's number: a version typed in the search finds its release note.
		version: (await releasesNewestFirst())[0]?.data.version,
	});
	if (!import.meta.env.PROD) return load();
	return (cache ??= load());
}

/**
 * The query aids of the site search and the suggestions (see src/search/vocabulary.ts): the
 * words of the published FAQ summaries with how many articles use each, and the domain lexicon
 * merged with the content folder's sinonimos.yml. Loaded by the browser only with the search.
 */
import type { APIRoute } from 'astro';
import { DOMAIN_LEXICON } from '../../search/lexicon';
import { mergeLexicons } from '../../search/synonyms';
import { buildVocabulary, vocabularyJson, type QueryAidsFile } from '../../search/vocabulary';
import { contentDir } from '../../utils/content-dir';
import { publishedFaq } from '../../utils/content';
import { readSynonymsFile } from '../../utils/synonyms-file';

export const GET: APIRoute = async () => {
	const articles = await publishedFaq();
	const vocabulary = buildVocabulary(
		articles.map(({ data }) => [data.title, data.description, ...data.keywords, data.routine ?? '']),
	);
	const file: QueryAidsFile = {
		version: 1,
		articles: articles.length,
		words: vocabularyJson(vocabulary),
		lexicon: mergeLexicons(DOMAIN_LEXICON, readSynonymsFile(contentDir())),
	};
	return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

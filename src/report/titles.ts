import { readCorpus } from '../validation/corpus';

/**
 * Titles for the report, read from the content folder: FAQ articles by id
 * ("fiscal/rejeicao-539") and support pages by address ("/suporte/canais/").
 */
export function pageTitles(contentDir: string): Map<string, string> {
	const titles = new Map<string, string>();
	for (const record of readCorpus(contentDir).records) {
		const title = (record.data as { title?: unknown } | undefined)?.title;
		if (typeof title !== 'string') continue;
		if (record.collection === 'faq') titles.set(record.id, title);
		if (record.collection === 'pages') titles.set(`/suporte/${record.id}/`, title);
	}
	return titles;
}

import { didYouMean } from '../closest-ids';
import { problemAt } from '../problem';
import { knownIds, rawData, stringItems } from '../references';
import type { ContentRule } from '../rule';

export const unknownRelated: ContentRule = {
	id: 'unknown-related',
	description: 'Every related article must exist (its id is the path below faq/ without extension).',
	check(corpus) {
		const { faq } = knownIds(corpus);
		return corpus.records
			.filter((record) => record.collection === 'faq')
			.flatMap((record) =>
				stringItems(rawData(record).related)
					.filter(([, id]) => !faq.has(id))
					.map(([index, id]) =>
						problemAt(record, `related[${index}]`, `o artigo "${id}" não existe${didYouMean(id, faq) || '; use o caminho abaixo de faq/ sem extensão, como "fiscal/rejeicao-539"'}`, 'unknown-related'),
					),
			);
	},
};

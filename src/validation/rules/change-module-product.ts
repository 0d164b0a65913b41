import { problemAt } from '../problem';
import { knownIds, rawData } from '../references';
import type { ContentRule } from '../rule';

export const changeModuleProduct: ContentRule = {
	id: 'change-module-product',
	description: "A release note's changes may only touch modules of the release's product.",
	check(corpus) {
		const { modules } = knownIds(corpus);
		return corpus.records
			.filter((record) => record.collection === 'releases')
			.flatMap((record) => {
				const data = rawData(record);
				if (typeof data.product !== 'string' || !Array.isArray(data.changes)) return [];
				return data.changes.flatMap((change, index) => {
					const id = (change as { module?: unknown } | null)?.module;
					const owner = typeof id === 'string' ? modules.get(id) : undefined;
					return owner !== undefined && owner !== data.product
						? [problemAt(record, `changes[${index}].module`, `o módulo "${id}" pertence ao produto "${owner}", não a "${data.product}"; mova a mudança para a nota do produto certo ou troque o módulo`, 'change-module-product')]
						: [];
				});
			});
	},
};

import { didYouMean } from '../closest-ids';
import { problemAt } from '../problem';
import { knownIds, rawData, stringItems } from '../references';
import type { ContentRule } from '../rule';

export const unknownProduct: ContentRule = {
	id: 'unknown-product',
	description: 'Every product a module, release note or bulletin names must exist in products.yml.',
	check(corpus) {
		const { products } = knownIds(corpus);
		const list = [...products].join(', ') || '(nenhum produto cadastrado)';
		const message = (id: string) => `o produto "${id}" não existe em products.yml${didYouMean(id, products) ? `${didYouMean(id, products)} Produtos existentes: ${list}` : `; use um destes: ${list}`}`;
		return corpus.records.flatMap((record) => {
			const data = rawData(record);
			if ((record.collection === 'modules' || record.collection === 'releases') && typeof data.product === 'string' && !products.has(data.product)) {
				return [problemAt(record, 'product', message(data.product), 'unknown-product')];
			}
			if (record.collection === 'bulletins') {
				return stringItems(data.products)
					.filter(([, id]) => !products.has(id))
					.map(([index, id]) => problemAt(record, `products[${index}]`, message(id), 'unknown-product'));
			}
			return [];
		});
	},
};

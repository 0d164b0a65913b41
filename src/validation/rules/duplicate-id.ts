import { problemAt } from '../problem';
import { rawData } from '../references';
import type { ContentRule } from '../rule';
import type { CorpusRecord } from '../corpus';

/**
 * Two records with one id would publish one URL twice: products and modules (ids unique across
 * products), an article saved as both .md and .mdx, two notes for the same product version.
 */
export const duplicateId: ContentRule = {
	id: 'duplicate-id',
	description: 'Ids must be unique: products, modules, articles, pages, bulletins and versions of a product.',
	check(corpus) {
		const seen = new Map<string, CorpusRecord>();
		const problems = [];
		for (const record of corpus.records) {
			const data = rawData(record);
			let key: string | undefined;
			let field = 'id';
			if (record.collection === 'products' || record.collection === 'modules') key = typeof data.id === 'string' ? data.id : undefined;
			else if (record.collection === 'releases' && typeof data.product === 'string' && typeof data.version === 'string') {
				key = `${data.product}@${data.version}`;
				field = 'version';
			} else if (record.collection !== 'releases') {
				key = record.id;
				field = 'frontmatter';
			}
			if (!key) continue;
			const scoped = `${record.collection}:${key}`;
			const first = seen.get(scoped);
			if (first) {
				const firstAt = first.lines.get('.') ? `${first.file}:${first.lines.get('.')}` : first.file;
				problems.push(problemAt(record, field, `id "${key}" repetido (já usado em ${firstAt}); cada id deve ser único`, 'duplicate-id'));
			} else seen.set(scoped, record);
		}
		return problems;
	},
};

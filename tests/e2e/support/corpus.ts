import { readCorpus } from '../../../src/validation/corpus';
import { validData } from '../../../src/validation/schema-issues';
import type { FaqData } from '../../../src/schemas/faq';
import type { Module } from '../../../src/schemas/module';
import type { PageData } from '../../../src/schemas/page';

/** The real content, read the way the build reads it, so tests follow the content when editors change it. */
export function realContent(dir = 'content') {
	const records = readCorpus(dir).records;
	const faq = records
		.filter((record) => record.collection === 'faq')
		.map((record) => ({ id: record.id, data: validData<FaqData>(record)! }));
	return {
		modules: records.filter((record) => record.collection === 'modules').map((record) => validData<Module>(record)!),
		published: faq.filter((article) => !article.data.draft),
		drafts: faq.filter((article) => article.data.draft),
		pages: records
			.filter((record) => record.collection === 'pages')
			.map((record) => ({ id: record.id, data: validData<PageData>(record)! }))
			.sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity)),
	};
}

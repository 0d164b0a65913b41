import type { ZodIssue, ZodTypeAny } from 'zod';
import { bulletinSchema } from '../schemas/bulletin';
import { faqSchema } from '../schemas/faq';
import { moduleSchema } from '../schemas/module';
import { pageSchema } from '../schemas/page';
import { productSchema } from '../schemas/product';
import { releaseSchema } from '../schemas/release';
import type { CollectionName, CorpusRecord } from './corpus';

export const schemas: Record<CollectionName, ZodTypeAny> = {
	products: productSchema,
	modules: moduleSchema,
	faq: faqSchema,
	releases: releaseSchema,
	bulletins: bulletinSchema,
	pages: pageSchema,
};

/** `['changes', 2, 'module']` → `changes[2].module`. */
export function keyPath(path: (string | number)[]): string {
	return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

const cache = new WeakMap<CorpusRecord, ZodIssue[]>();

/** The schema issues of a record (parsed once, shared by the rules that report them). */
export function schemaIssues(record: CorpusRecord): ZodIssue[] {
	if (record.syntaxError) return [];
	let issues = cache.get(record);
	if (!issues) {
		const result = schemas[record.collection].safeParse(record.data);
		issues = result.success ? [] : result.error.issues;
		cache.set(record, issues);
	}
	return issues;
}

/** The data of a record when its schema accepts it. */
export function validData<T>(record: CorpusRecord): T | undefined {
	if (record.syntaxError || schemaIssues(record).length > 0) return undefined;
	return schemas[record.collection].parse(record.data) as T;
}

/** True for the issue zod raises when a required key is absent. */
export function isMissing(issue: ZodIssue): boolean {
	return issue.code === 'invalid_type' && issue.received === 'undefined';
}

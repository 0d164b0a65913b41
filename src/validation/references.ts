import type { Module } from '../schemas/module';
import type { Corpus, CorpusRecord } from './corpus';

/** Plain object data of a record, whatever its schema says: references are checked on raw values. */
export function rawData(record: CorpusRecord): Record<string, unknown> {
	return record.data && typeof record.data === 'object' && !Array.isArray(record.data) ? (record.data as Record<string, unknown>) : {};
}

/** Ids every reference may point to. */
export interface KnownIds {
	products: Set<string>;
	/** Module id → its product id. */
	modules: Map<string, string>;
	faq: Set<string>;
}

export function knownIds(corpus: Corpus): KnownIds {
	const products = new Set<string>();
	const modules = new Map<string, string>();
	const faq = new Set<string>();
	for (const record of corpus.records) {
		const data = rawData(record);
		if (record.collection === 'products' && typeof data.id === 'string') products.add(data.id);
		if (record.collection === 'modules' && typeof data.id === 'string') modules.set(data.id, String((data as Partial<Module>).product ?? ''));
		if (record.collection === 'faq') faq.add(record.id);
	}
	return { products, modules, faq };
}

/** The string items of a raw list value, with their index. */
export function stringItems(value: unknown): [number, string][] {
	return Array.isArray(value) ? value.flatMap((item, index) => (typeof item === 'string' ? [[index, item] as [number, string]] : [])) : [];
}

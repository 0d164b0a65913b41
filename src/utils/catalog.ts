import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type Module, moduleSchema } from '../schemas/module';
import { type Product, productSchema } from '../schemas/product';
import { assertCorpusDir } from './content-dir';

export interface Catalog {
	products: Product[];
	modules: Module[];
}

function readList(file: string): unknown[] {
	if (!existsSync(file)) return [];
	const data = parse(readFileSync(file, 'utf8')) as unknown;
	return Array.isArray(data) ? data : [];
}

/**
 * Products and modules of a corpus. Entries that break their schema are skipped here: the
 * content validation reports them with file and key, this reader only feeds pages and the API.
 * A folder that is not a corpus throws a MissingCorpusError.
 */
export function readCatalog(dir: string): Catalog {
	assertCorpusDir(dir);
	const products = readList(join(dir, 'products.yml')).flatMap((entry) => {
		const parsed = productSchema.safeParse(entry);
		return parsed.success ? [parsed.data] : [];
	});
	const modules = readList(join(dir, 'modules.yml')).flatMap((entry) => {
		const parsed = moduleSchema.safeParse(entry);
		return parsed.success ? [parsed.data] : [];
	});
	return { products, modules };
}

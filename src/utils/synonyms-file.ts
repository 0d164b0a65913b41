import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { synonymsFileSchema } from '../schemas/synonyms';
import type { Lexicon } from '../search/synonyms';

/** The optional synonyms file of a content folder. */
export const SYNONYMS_FILE = 'sinonimos.yml';

/**
 * The lexicon a content folder adds (its `sinonimos.yml`), or undefined without the file. The
 * content rules report a broken file with its lines before any build; here it only has to be read.
 */
export function readSynonymsFile(dir: string): Lexicon | undefined {
	const path = join(dir, SYNONYMS_FILE);
	if (!existsSync(path)) return undefined;
	const data = synonymsFileSchema.parse(parse(readFileSync(path, 'utf8')) ?? {});
	return {
		groups: data.grupos,
		abbreviations: Object.fromEntries(Object.entries(data.abreviacoes).map(([key, value]) => [key, Array.isArray(value) ? value : [value]])),
	};
}

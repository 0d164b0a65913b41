/**
 * The query aids the build writes (`/busca/vocabulario.json`: the FAQ vocabulary and the merged
 * lexicon), loaded once in the browser beside Pagefind and compiled for lookups. A missing or
 * broken file leaves the search without corrections and synonyms, never without results.
 */
import { DOMAIN_LEXICON } from './lexicon';
import { compileLexicon, type CompiledLexicon } from './synonyms';
import type { QueryAids } from './understand';
import { readQueryAids, type QueryAidsFile, type Vocabulary } from './vocabulary';

/** Where the build writes the file (src/pages/busca/vocabulario.json.ts). */
export const QUERY_AIDS_PATH = '/busca/vocabulario.json';

export interface LoadedQueryAids extends QueryAids {
	lexicon: CompiledLexicon;
	vocabulary: Vocabulary;
	/** Published FAQ articles when the build wrote the file; unknown without it. */
	articles?: number;
}

/** Compiles the file's content. */
export function queryAidsFrom(file: QueryAidsFile): LoadedQueryAids {
	const { vocabulary, lexicon, articles } = readQueryAids(file);
	return { vocabulary, lexicon: compileLexicon(lexicon), articles };
}

/** Only the shipped lexicon: what is left when the file cannot be read. */
export function lexiconOnly(): LoadedQueryAids {
	return { vocabulary: new Map(), lexicon: compileLexicon(DOMAIN_LEXICON) };
}

let loading: Promise<LoadedQueryAids> | undefined;

/** Fetches and compiles the file once. */
export function loadQueryAids(path = QUERY_AIDS_PATH): Promise<LoadedQueryAids> {
	loading ??= fetch(path)
		.then((response) => (response.ok ? (response.json() as Promise<QueryAidsFile>) : Promise.reject(new Error(String(response.status)))))
		.then(queryAidsFrom)
		.catch(() => lexiconOnly());
	return loading;
}

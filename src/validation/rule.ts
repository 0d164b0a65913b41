import type { Corpus } from './corpus';
import type { Problem } from './problem';

/** One content rule: an id that names it in messages, what it checks, and the check. */
export interface ContentRule {
	id: string;
	description: string;
	check(corpus: Corpus): Problem[];
}

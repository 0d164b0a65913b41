import { assertCorpusDir } from '../utils/content-dir';
import { type Corpus, readCorpus } from './corpus';
import { formatProblem, type Problem } from './problem';
import type { ContentRule } from './rule';
import { changeModuleProduct } from './rules/change-module-product';
import { duplicateId } from './rules/duplicate-id';
import { invalidValue } from './rules/invalid-value';
import { locationMatchesData } from './rules/location-matches-data';
import { synonymsFile } from './rules/synonyms-file';
import { templateText } from './rules/template-text';
import { missingKey } from './rules/missing-key';
import { unknownKey } from './rules/unknown-key';
import { unknownModule } from './rules/unknown-module';
import { unknownProduct } from './rules/unknown-product';
import { unknownRelated } from './rules/unknown-related';
import { yamlSyntax } from './rules/yaml-syntax';

/** Every content rule, in the order their messages are most useful. */
export const contentRules: ContentRule[] = [
	yamlSyntax,
	unknownKey,
	missingKey,
	invalidValue,
	unknownProduct,
	unknownModule,
	changeModuleProduct,
	unknownRelated,
	duplicateId,
	locationMatchesData,
	synonymsFile,
	templateText,
];

/** All problems of a corpus, sorted by file and line. */
export function validateCorpus(corpus: Corpus, rules: ContentRule[] = contentRules): Problem[] {
	return rules
		.flatMap((rule) => rule.check(corpus))
		.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.key.localeCompare(b.key));
}

/**
 * Reads and validates a corpus folder; returns the lines to print (empty when all is well).
 * A folder that is missing or lacks products.yml/modules.yml throws a MissingCorpusError.
 */
export function validateContentDir(dir: string): string[] {
	assertCorpusDir(dir);
	return validateCorpus(readCorpus(dir)).map(formatProblem);
}

import { problemAt } from '../problem';
import type { ContentRule } from '../rule';
import { isMissing, keyPath, schemaIssues } from '../schema-issues';

/**
 * Wrong type, length, enum value, date or version format. A bad version gets its own rule id
 * because editors meet it most (an unquoted `24.10` is read by YAML as the number 24.1).
 */
export const invalidValue: ContentRule = {
	id: 'invalid-value',
	description: 'Each value must have the type, length and format the content model gives its key.',
	check: (corpus) =>
		corpus.records.flatMap((record) =>
			schemaIssues(record)
				.filter((issue) => issue.code !== 'unrecognized_keys' && !isMissing(issue))
				.map((issue) => {
					const key = keyPath(issue.path);
					const rule = issue.path.at(-1) === 'version' ? 'invalid-version' : 'invalid-value';
					return problemAt(record, key || 'frontmatter', issue.message, rule);
				}),
		),
};

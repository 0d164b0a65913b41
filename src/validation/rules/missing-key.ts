import { problemAt } from '../problem';
import type { ContentRule } from '../rule';
import { isMissing, keyPath, schemaIssues } from '../schema-issues';

export const missingKey: ContentRule = {
	id: 'missing-key',
	description: 'Every required key of the content model must be present.',
	check: (corpus) =>
		corpus.records.flatMap((record) =>
			schemaIssues(record)
				.filter(isMissing)
				.map((issue) => problemAt(record, keyPath(issue.path), 'chave obrigatória ausente; acrescente-a', 'missing-key')),
		),
};

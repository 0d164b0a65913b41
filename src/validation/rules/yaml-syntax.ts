import type { ContentRule } from '../rule';

export const yamlSyntax: ContentRule = {
	id: 'yaml-syntax',
	description: 'The frontmatter (or products.yml/modules.yml) must be valid YAML.',
	check: (corpus) =>
		corpus.records.flatMap((record) =>
			record.syntaxError
				? [{ file: record.file, line: record.syntaxError.line, key: 'frontmatter', message: `YAML inválido: ${record.syntaxError.message}. Confira aspas, dois-pontos e a indentação`, rule: 'yaml-syntax' }]
				: [],
		),
};

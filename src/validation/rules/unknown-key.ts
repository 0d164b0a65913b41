import type { ZodTypeAny } from 'zod';
import { z } from 'zod';
import { problemAt } from '../problem';
import type { ContentRule } from '../rule';
import { keyPath, schemaIssues, schemas } from '../schema-issues';

/** The keys an object schema accepts at a path, to suggest the right spelling. */
function acceptedKeys(schema: ZodTypeAny, path: (string | number)[]): string[] {
	let node: ZodTypeAny = schema;
	for (const part of path) {
		while (node instanceof z.ZodEffects || node instanceof z.ZodDefault || node instanceof z.ZodOptional) {
			node = node instanceof z.ZodEffects ? node.innerType() : node._def.innerType;
		}
		if (node instanceof z.ZodObject && typeof part === 'string') node = node.shape[part];
		else if (node instanceof z.ZodArray && typeof part === 'number') node = node.element;
		else return [];
	}
	while (node instanceof z.ZodDefault || node instanceof z.ZodOptional) node = node._def.innerType;
	return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

export const unknownKey: ContentRule = {
	id: 'unknown-key',
	description: 'Every key must be one the content model defines (a typo such as `tittle` must not pass).',
	check: (corpus) =>
		corpus.records.flatMap((record) =>
			schemaIssues(record).flatMap((issue) => {
				if (issue.code !== 'unrecognized_keys') return [];
				const accepted = acceptedKeys(schemas[record.collection], issue.path);
				return issue.keys.map((key) =>
					problemAt(
						record,
						keyPath([...issue.path, key]),
						`chave desconhecida; corrija o nome ou remova-a (chaves aceitas: ${accepted.join(', ')})`,
						'unknown-key',
					),
				);
			}),
		),
};

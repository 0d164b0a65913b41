import { didYouMean } from '../closest-ids';
import { problemAt } from '../problem';
import { knownIds, rawData, stringItems } from '../references';
import type { ContentRule } from '../rule';

export const unknownModule: ContentRule = {
	id: 'unknown-module',
	description: 'Every module an article, a release change or a bulletin names must exist in modules.yml.',
	check(corpus) {
		const { modules } = knownIds(corpus);
		const list = [...modules.keys()].join(', ') || '(nenhum módulo cadastrado)';
		const message = (id: string) => `o módulo "${id}" não existe em modules.yml${didYouMean(id, modules.keys()) ? `${didYouMean(id, modules.keys())} Módulos existentes: ${list}` : `; use um destes: ${list}`}`;
		return corpus.records.flatMap((record) => {
			const data = rawData(record);
			if (record.collection === 'faq' && typeof data.module === 'string' && !modules.has(data.module)) {
				return [problemAt(record, 'module', message(data.module), 'unknown-module')];
			}
			if (record.collection === 'releases' && Array.isArray(data.changes)) {
				return data.changes.flatMap((change, index) => {
					const id = (change as { module?: unknown } | null)?.module;
					return typeof id === 'string' && !modules.has(id) ? [problemAt(record, `changes[${index}].module`, message(id), 'unknown-module')] : [];
				});
			}
			if (record.collection === 'bulletins') {
				return stringItems(data.modules)
					.filter(([, id]) => !modules.has(id))
					.map(([index, id]) => problemAt(record, `modules[${index}]`, message(id), 'unknown-module'));
			}
			return [];
		});
	},
};

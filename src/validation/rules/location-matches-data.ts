import { problemAt } from '../problem';
import { rawData } from '../references';
import type { ContentRule } from '../rule';

/**
 * The URL comes from the file's place (faq/<module>/…, releases/<product>/<version>,
 * bulletins/<yyyy>/…), so the place and the frontmatter must agree.
 */
export const locationMatchesData: ContentRule = {
	id: 'location-matches-data',
	description: 'An article lives in the folder of its module, a release note in the folder of its product and in a file named after its version, a bulletin in the folder of its year.',
	check: (corpus) =>
		corpus.records.flatMap((record) => {
			const data = rawData(record);
			const [folder, name] = record.segments;
			if (record.collection === 'faq') {
				if (record.segments.length !== 2) return [problemAt(record, 'frontmatter', 'o artigo deve ficar em faq/<módulo>/<slug>.md', 'location-matches-data')];
				if (typeof data.module === 'string' && data.module !== folder) {
					return [problemAt(record, 'module', `o artigo está na pasta faq/${folder}/ mas declara module "${data.module}"; mova o arquivo para faq/${data.module}/ ou corrija o módulo`, 'location-matches-data')];
				}
			}
			if (record.collection === 'releases') {
				if (record.segments.length !== 2) return [problemAt(record, 'frontmatter', 'a nota deve ficar em releases/<produto>/<versão>.md', 'location-matches-data')];
				if (typeof data.product === 'string' && data.product !== folder) {
					return [problemAt(record, 'product', `a nota está na pasta releases/${folder}/ mas declara product "${data.product}"; mova o arquivo ou corrija o produto`, 'location-matches-data')];
				}
				if (typeof data.version === 'string' && data.version !== name) {
					return [problemAt(record, 'version', `o arquivo se chama ${name} mas declara version "${data.version}"; renomeie o arquivo para ${data.version}.md`, 'location-matches-data')];
				}
			}
			if (record.collection === 'bulletins') {
				if (record.segments.length !== 2 || !/^\d{4}$/.test(folder ?? '')) return [problemAt(record, 'frontmatter', 'o informativo deve ficar em bulletins/<aaaa>/<slug>.md', 'location-matches-data')];
				const date = data.date instanceof Date ? data.date.toISOString() : typeof data.date === 'string' ? data.date : '';
				if (date && !date.startsWith(folder!)) {
					return [problemAt(record, 'date', `o informativo está na pasta bulletins/${folder}/ mas a data é de outro ano; mova o arquivo para a pasta do ano da data`, 'location-matches-data')];
				}
			}
			if (record.collection === 'pages' && record.segments.length !== 1) {
				return [problemAt(record, 'frontmatter', 'a página deve ficar em pages/<slug>.md, sem subpastas', 'location-matches-data')];
			}
			return [];
		}),
};

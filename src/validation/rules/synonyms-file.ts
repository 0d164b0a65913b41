import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { synonymsFileSchema } from '../../schemas/synonyms';
import { phraseKey } from '../../search/synonyms';
import { SYNONYMS_FILE } from '../../utils/synonyms-file';
import type { Problem } from '../problem';
import type { ContentRule } from '../rule';

const RULE = 'synonyms-file';

function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel.startsWith('..') ? path : rel.split(sep).join('/');
}

/** The YAML node at a path of keys and indexes, to point at its line. */
function nodeAt(root: unknown, path: (string | number)[]): Node | undefined {
	let node = root as Node | undefined;
	for (const part of path) {
		if (isMap(node)) node = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(part))?.value as Node | undefined;
		else if (isSeq(node) && typeof part === 'number') node = node.items[part] as Node | undefined;
		else return node;
	}
	return node;
}

function keyPath(path: (string | number)[]): string {
	return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '') || 'arquivo';
}

/**
 * The optional `sinonimos.yml` of a content folder: known keys only (`grupos`, `abreviacoes`),
 * groups of at least two non-empty words, and no word in two groups (its meaning would be
 * ambiguous). Each problem points at the line of the group or key concerned.
 */
export const synonymsFile: ContentRule = {
	id: RULE,
	description: 'sinonimos.yml: only grupos and abreviacoes, groups of two or more words, no word in two groups.',
	check(corpus) {
		const path = join(corpus.dir, SYNONYMS_FILE);
		if (!existsSync(path)) return [];
		const file = displayPath(path);
		const counter = new LineCounter();
		const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
		const syntax = doc.errors[0];
		if (syntax) {
			const repeated = /Map keys must be unique/.test(syntax.message);
			return [
				{
					file,
					line: counter.linePos(syntax.pos[0]).line,
					key: 'arquivo',
					message: repeated ? 'abreviação repetida: cada abreviação aparece uma vez em abreviacoes' : `YAML inválido: ${syntax.message.split('\n')[0]}`,
					rule: RULE,
				},
			];
		}
		const lineOf = (at: (string | number)[]) => {
			const node = nodeAt(doc.contents, at) ?? nodeAt(doc.contents, at.slice(0, -1));
			return node?.range ? counter.linePos(node.range[0]).line : 1;
		};
		const parsed = synonymsFileSchema.safeParse(doc.toJS() ?? {});
		if (!parsed.success) {
			return parsed.error.issues.flatMap((issue): Problem[] => {
				if (issue.code === 'unrecognized_keys') {
					return issue.keys.map((key) => ({ file, line: lineOf([...issue.path, key]), key, message: 'chave desconhecida; use apenas grupos e abreviacoes', rule: RULE }));
				}
				return [{ file, line: lineOf(issue.path), key: keyPath(issue.path), message: issue.message, rule: RULE }];
			});
		}
		const problems: Problem[] = [];
		const firstGroup = new Map<string, number>();
		parsed.data.grupos.forEach((group, index) => {
			for (const member of new Set(group.map(phraseKey))) {
				const first = firstGroup.get(member);
				if (first === undefined) firstGroup.set(member, index);
				else {
					problems.push({
						file,
						line: lineOf(['grupos', index]),
						key: `grupos[${index}]`,
						message: `"${member}" já está no grupo da linha ${lineOf(['grupos', first])}; junte os dois grupos ou escolha um deles`,
						rule: RULE,
					});
				}
			}
		});
		return problems;
	},
};

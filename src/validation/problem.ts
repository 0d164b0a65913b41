import type { CorpusRecord } from './corpus';

/** One thing an editor must fix. */
export interface Problem {
	/** The file, as the editor finds it. */
	file: string;
	/** 1-based line, when known. */
	line?: number;
	/** The key concerned (dotted for nested values, e.g. `changes[2].module`). */
	key: string;
	/** What is wrong and what to do, in pt-BR. */
	message: string;
	/** The id of the rule that found it. */
	rule: string;
}

/** A problem on one key of a record, placed on the line of that key (or of the nearest enclosing one). */
export function problemAt(record: CorpusRecord, key: string, message: string, rule: string): Problem {
	let path = key;
	let line = record.lines.get(path);
	while (line === undefined && /[.[]/.test(path)) {
		path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
		line = record.lines.get(path);
	}
	line ??= record.lines.get('.');
	return { file: record.file, line, key, message, rule };
}

/** One line an editor can act on: `file:line  key: message [rule]`. */
export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
	return `${where}  ${problem.key}: ${problem.message} [${problem.rule}]`;
}

import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { type CorpusRecord, readCorpus } from '../../src/validation/corpus';
import { SYNONYMS_FILE } from '../../src/utils/synonyms-file';
import { validateCorpus } from '../../src/validation/validate';
import type { Problem } from '../../src/validation/problem';

export interface BuildableCorpus {
	/** The copy to build, or undefined when products.yml or modules.yml cannot be read at all. */
	dir?: string;
	/** What the copy leaves out: content files and list items of the original corpus that have problems. */
	leftOut: CorpusRecord[];
}

function makeWritable(path: string): void {
	chmodSync(path, statSync(path).mode | 0o200);
	if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) makeWritable(join(path, entry));
}

/** The list item (products.yml/modules.yml) a problem line falls in: the last item starting at or above it. */
function itemIndex(items: CorpusRecord[], line: number): number {
	let found = -1;
	items.forEach((item, index) => {
		if ((item.lines.get('.') ?? Infinity) <= line) found = index;
	});
	return found;
}

/**
 * A copy of a corpus without what the content rules reject, so the rest can still be built and
 * its links checked in the same run: Markdown files with a problem are left out, and so are the
 * items of products.yml/modules.yml with one (and then, in turn, whatever named them). The
 * problems themselves are reported by the content rules; this only keeps them from hiding others.
 */
export function buildableCorpus(corpusDir: string, copyDir: string): BuildableCorpus {
	rmSync(copyDir, { recursive: true, force: true });
	cpSync(corpusDir, copyDir, { recursive: true });
	makeWritable(copyDir);
	const leftOut = new Set<string>();
	for (let round = 0; round < 20; round++) {
		const corpus = readCorpus(copyDir);
		const problems = validateCorpus(corpus);
		if (problems.length === 0) break;
		const byFile = new Map<string, Problem[]>();
		for (const problem of problems) byFile.set(resolve(problem.file), [...(byFile.get(resolve(problem.file)) ?? []), problem]);
		for (const [file, found] of byFile) {
			const name = relative(copyDir, file);
			if (name === 'products.yml' || name === 'modules.yml') {
				const items = corpus.records.filter((record) => resolve(record.file) === file);
				if (items.some((item) => item.syntaxError)) return { dir: undefined, leftOut: [] };
				const drop = [...new Set(found.map((problem) => itemIndex(items, problem.line ?? 0)))].filter((index) => index >= 0).sort((a, b) => b - a);
				const doc = parseDocument(readFileSync(file, 'utf8'));
				if (!isSeq(doc.contents)) return { dir: undefined, leftOut: [] };
				for (const index of drop) {
					leftOut.add(`${name}#${items[index]!.id || index}`);
					doc.contents.items.splice(index, 1);
				}
				writeFileSync(file, doc.toString());
			} else if (existsSync(file)) {
				if (name !== SYNONYMS_FILE) leftOut.add(name);
				rmSync(file);
			}
		}
	}
	const original = readCorpus(corpusDir).records.filter((record) => {
		const name = relative(corpusDir, resolve(record.file));
		return leftOut.has(name) || leftOut.has(`${name}#${record.id}`);
	});
	return { dir: copyDir, leftOut: original };
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument, isMap, isScalar, isSeq, LineCounter } from 'yaml';

/** The collections a corpus holds, each with the folder (or file) it lives in. */
export type CollectionName = 'products' | 'modules' | 'faq' | 'releases' | 'bulletins' | 'pages';

/** One record to validate: a Markdown entry, or one item of products.yml/modules.yml. */
export interface CorpusRecord {
	collection: CollectionName;
	/** The file, as an editor finds it (relative to the current folder). */
	file: string;
	/** Id the site uses: path below the collection folder without extension, or the YAML `id`. */
	id: string;
	/** Path segments below the collection folder, without extension (e.g. ["fiscal", "rejeicao-539"]). */
	segments: string[];
	/** Parsed data, or undefined when the YAML could not be read. */
	data: unknown;
	/** 1-based line of each key, nested ones as `changes[2].module` (and of the record itself under `"."`). */
	lines: Map<string, number>;
	/** A YAML syntax problem, with its line. */
	syntaxError?: { line: number; message: string };
	/** The whole text of a Markdown file, read once here so that no rule reads the file again. */
	text?: string;
}

export interface Corpus {
	dir: string;
	records: CorpusRecord[];
}

const MARKDOWN = /\.mdx?$/;

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return walk(path);
		return MARKDOWN.test(entry.name) ? [path] : [];
	});
}

function displayPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel.startsWith('..') ? path : rel.split(sep).join('/');
}

/**
 * 1-based line of every key of a YAML map node, nested ones too: `title`, `changes[2]`,
 * `changes[2].module`, and the node itself under `"."`, so a problem points at its exact line.
 */
function keyLines(node: unknown, counter: LineCounter, offsetLines: number): Map<string, number> {
	const lines = new Map<string, number>();
	if (!isMap(node)) return lines;
	if (node.range) lines.set('.', counter.linePos(node.range[0]).line + offsetLines);
	const lineOf = (range: [number, number, number] | null | undefined) => (range ? counter.linePos(range[0]).line + offsetLines : undefined);
	const visit = (value: unknown, path: string) => {
		if (isMap(value)) {
			for (const pair of value.items) {
				if (!isScalar(pair.key)) continue;
				const keyPath = path ? `${path}.${String(pair.key.value)}` : String(pair.key.value);
				const line = lineOf(pair.key.range);
				if (line !== undefined) lines.set(keyPath, line);
				visit(pair.value, keyPath);
			}
		} else if (isSeq(value)) {
			value.items.forEach((item, index) => {
				const itemPath = `${path}[${index}]`;
				const line = lineOf((item as { range?: [number, number, number] }).range);
				if (line !== undefined) lines.set(itemPath, line);
				visit(item, itemPath);
			});
		}
	};
	visit(node, '');
	return lines;
}

function parseYaml(text: string, offsetLines: number) {
	const counter = new LineCounter();
	// YAML 1.2 keeps dates as text, so a day such as 2026-13-45 is judged as written instead of
	// rolling over into a valid Date (as YAML 1.1 parsers, Astro's included, would do).
	const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
	const error = doc.errors[0];
	if (error) {
		const line = counter.linePos(error.pos[0]).line + offsetLines;
		return { doc, counter, syntaxError: { line, message: error.message.split('\n')[0] } };
	}
	return { doc, counter, syntaxError: undefined };
}

function readMarkdown(collection: CollectionName, root: string, path: string): CorpusRecord {
	const segments = relative(root, path).replace(MARKDOWN, '').split(sep);
	const base = { collection, file: displayPath(path), id: segments.join('/'), segments };
	const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
	const withText = { ...base, text };
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
	if (!match) {
		return { ...withText, data: undefined, lines: new Map(), syntaxError: { line: 1, message: 'o arquivo deve começar com o frontmatter entre linhas "---"' } };
	}
	const { doc, counter, syntaxError } = parseYaml(match[1], 1);
	if (syntaxError) return { ...withText, data: undefined, lines: new Map(), syntaxError };
	return { ...withText, data: doc.toJS() ?? {}, lines: keyLines(doc.contents, counter, 1) };
}

function readList(collection: 'products' | 'modules', path: string): CorpusRecord[] {
	const file = displayPath(path);
	if (!existsSync(path)) return [];
	const { doc, counter, syntaxError } = parseYaml(readFileSync(path, 'utf8'), 0);
	if (syntaxError) return [{ collection, file, id: '', segments: [], data: undefined, lines: new Map(), syntaxError }];
	const contents = doc.contents;
	if (!isSeq(contents)) {
		return [{ collection, file, id: '', segments: [], data: undefined, lines: new Map(), syntaxError: { line: 1, message: 'o arquivo deve ser uma lista YAML (itens começando com "- ")' } }];
	}
	return contents.items.map((item) => {
		const data = (item as { toJSON?: () => unknown }).toJSON?.() ?? (isScalar(item) ? item.value : item);
		const id = typeof (data as { id?: unknown })?.id === 'string' ? (data as { id: string }).id : '';
		return { collection, file, id, segments: [id], data, lines: keyLines(item, counter, 0) };
	});
}

/** Reads every file of a corpus folder, without judging it: the rules do that. */
export function readCorpus(dir: string): Corpus {
	const records: CorpusRecord[] = [
		...readList('products', join(dir, 'products.yml')),
		...readList('modules', join(dir, 'modules.yml')),
	];
	for (const collection of ['faq', 'releases', 'bulletins', 'pages'] as const) {
		const root = join(dir, collection);
		for (const path of walk(root).sort()) records.push(readMarkdown(collection, root, path));
	}
	return { dir, records };
}

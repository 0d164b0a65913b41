import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { readCorpus } from '../../src/validation/corpus';
import { contentUrl } from './check-links';

/** One line of `git diff --name-status -M`: a status letter (A, M, D, R…) and the path(s). */
export interface ChangedFile {
	status: string;
	path: string;
	/** For a rename, where the file was. */
	from?: string;
}

/** Parses `git diff --name-status -M` output. */
export function parseNameStatus(text: string): ChangedFile[] {
	return text
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [status = '', first = '', second] = line.split('\t');
			return second ? { status: status[0]!, path: second, from: first } : { status: status[0]!, path: first };
		});
}

const STATUS: Record<string, string> = { A: 'nova', M: 'alterada', D: 'removida', R: 'movida', C: 'copiada' };
const COLLECTIONS = ['faq', 'releases', 'bulletins', 'pages'] as const;

/**
 * The job summary of a pull request: the pages its content changes add, alter, move or remove,
 * with their title, their address on the site and their file, in a Markdown table.
 * `corpusDir` is the content folder of the checkout (paths are relative to `root`).
 */
export function changedPagesSummary(changes: ChangedFile[], corpusDir: string, root: string = process.cwd()): string {
	const corpus = existsSync(corpusDir) ? readCorpus(corpusDir).records : [];
	const rows = changes.flatMap((change) => {
		const inCorpus = relative(resolve(root, corpusDir), resolve(root, change.path)).split(sep);
		const collection = COLLECTIONS.find((name) => name === inCorpus[0]);
		if (!collection || inCorpus[0]?.startsWith('..') || !/\.mdx?$/.test(change.path)) return [];
		const id = inCorpus.slice(1).join('/').replace(/\.mdx?$/, '');
		const url = contentUrl({ collection, id })!;
		const record = corpus.find((entry) => resolve(entry.file) === resolve(root, change.path));
		const data = record?.data as { title?: unknown; product?: unknown; version?: unknown } | undefined;
		const title = typeof data?.title === 'string' ? data.title : typeof data?.version === 'string' ? `${String(data.product)} ${data.version}` : '';
		const status = STATUS[change.status] ?? change.status;
		const where = change.from ? `\`${change.from}\` → \`${change.path}\`` : `\`${change.path}\``;
		const cell = (text: string) => text.replace(/\|/g, '\\|');
		return [`| ${status} | ${cell(title) || '—'} | \`${url}\` | ${cell(where)} |`];
	});
	if (rows.length === 0) return '## Páginas deste pull request\n\nNenhuma página de conteúdo foi criada, alterada ou removida.\n';
	return [
		'## Páginas deste pull request',
		'',
		`${rows.length} página(s). Na prévia (artefato \`previa-do-site\`), cada endereço é a pasta com o \`index.html\` da página.`,
		'',
		'| mudança | título | endereço | arquivo |',
		'|---|---|---|---|',
		...rows,
		'',
	].join('\n');
}

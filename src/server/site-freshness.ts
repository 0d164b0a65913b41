import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Newest modification time (ms) under a file or folder, skipping `skip` folders; 0 if absent. */
function newestMtime(path: string, skip: readonly string[]): { mtime: number; file?: string } {
	if (!existsSync(path)) return { mtime: 0 };
	const stats = statSync(path);
	if (!stats.isDirectory()) return { mtime: stats.mtimeMs, file: path };
	let newest: { mtime: number; file?: string } = { mtime: 0 };
	for (const entry of readdirSync(path, { withFileTypes: true })) {
		const child = join(path, entry.name);
		if (entry.isDirectory() && (skip.includes(child) || entry.name === 'node_modules' || entry.name.startsWith('.'))) continue;
		const found = newestMtime(child, skip);
		if (found.mtime > newest.mtime) newest = found;
	}
	return newest;
}

export interface FreshnessInput {
	/** The built site. */
	distDir: string;
	/** Files and folders the build reads (sources, public files, content, configuration). */
	sources: readonly string[];
	/** Folders among the sources that the build does not read (e.g. src/server). */
	ignore?: readonly string[];
	/** For messages: paths are shown relative to it. */
	root: string;
}

/**
 * Why the site must be built again, in pt-BR, or undefined when `dist/` is up to date: it is
 * missing, has no index.html, or a source changed after the newest file of the build.
 */
export function siteBuildReason({ distDir, sources, ignore = [], root }: FreshnessInput): string | undefined {
	if (!existsSync(join(distDir, 'index.html'))) return `${relative(root, distDir) || distDir}/ não existe ou está incompleto`;
	const built = newestMtime(distDir, []).mtime;
	for (const source of sources) {
		const changed = newestMtime(source, ignore);
		if (changed.mtime > built) return `${relative(root, changed.file ?? source)} mudou depois da última construção`;
	}
	return undefined;
}

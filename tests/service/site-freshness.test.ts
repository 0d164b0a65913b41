import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { siteBuildReason } from '../../src/server/site-freshness';
import { removeDir, tempDir } from './helpers';

let root: string;

/** Writes a file with a given modification time (seconds since the epoch). */
function write(path: string, mtime: number): void {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, 'x');
	utimesSync(path, mtime, mtime);
}

beforeEach(() => {
	root = tempDir('freshness-');
});

afterEach(() => removeDir(root));

describe('siteBuildReason', () => {
	const input = () => ({
		distDir: join(root, 'dist'),
		root,
		sources: [join(root, 'src'), join(root, 'content')],
		ignore: [join(root, 'src', 'server')],
	});

	it('asks for a build when dist/ is missing', () => {
		write(join(root, 'src', 'page.astro'), 1_000);
		expect(siteBuildReason(input())).toBe('dist/ não existe ou está incompleto');
	});

	it('is satisfied when the build is newer than every source', () => {
		write(join(root, 'src', 'page.astro'), 1_000);
		write(join(root, 'content', 'faq', 'a.md'), 1_000);
		write(join(root, 'dist', 'index.html'), 2_000);
		expect(siteBuildReason(input())).toBeUndefined();
	});

	it('names the source or content file changed after the build', () => {
		write(join(root, 'src', 'page.astro'), 1_000);
		write(join(root, 'dist', 'index.html'), 2_000);
		write(join(root, 'content', 'faq', 'a.md'), 3_000);
		expect(siteBuildReason(input())).toBe(`${join('content', 'faq', 'a.md')} mudou depois da última construção`);
	});

	it('ignores the folders the build does not read', () => {
		write(join(root, 'dist', 'index.html'), 2_000);
		write(join(root, 'src', 'server', 'app.ts'), 3_000);
		expect(siteBuildReason(input())).toBeUndefined();
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/utils/content-dir';

const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
	dependencies: Record<string, string>;
	devDependencies: Record<string, string>;
	scripts: Record<string, string>;
};

/** The npm packages the run-time entry points import, following every local import. */
async function runtimeImports(): Promise<string[]> {
	const result = await build({
		entryPoints: ['scripts/start.ts', 'scripts/tickets.ts', 'src/server/main.ts'].map((entry) => join(projectRoot, entry)),
		bundle: true,
		platform: 'node',
		format: 'esm',
		write: false,
		metafile: true,
		packages: 'external',
		outdir: join(projectRoot, '.tmp', 'deps-check'),
		logLevel: 'silent',
	});
	const packages = new Set<string>();
	for (const output of Object.values(result.metafile.outputs)) {
		for (const { path, external } of output.imports) {
			if (!external || path.startsWith('node:')) continue;
			packages.add(path.split('/').slice(0, path.startsWith('@') ? 2 : 1).join('/'));
		}
	}
	return [...packages].sort();
}

describe('dependency placement', () => {
	it('puts every package npm start, the service and npm run tickets import in dependencies', async () => {
		const imported = await runtimeImports();
		expect(imported.length).toBeGreaterThan(3);
		expect(imported.filter((name) => !(name in pkg.dependencies))).toEqual([]);
	});

	it('keeps the build toolchain in devDependencies, and tsx (which runs the scripts) in dependencies', () => {
		for (const name of ['astro', '@astrojs/mdx', '@astrojs/sitemap', 'pagefind', 'typescript', 'remark-gfm']) {
			expect(pkg.devDependencies, name).toHaveProperty(name);
			expect(pkg.dependencies, name).not.toHaveProperty(name);
		}
		expect(pkg.dependencies).toHaveProperty('tsx');
		expect(pkg.scripts['audit:prod']).toBe('npm audit --omit=dev');
	});
});

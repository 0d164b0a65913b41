import { describe, expect, it } from 'vitest';
import { type CpuProfile, placeOf, summariseProfile } from '../../scripts/lib/cpu-profile-summary';

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

/**
 * root → hook (src/integrations/precompress.ts) → zlib (node:zlib)
 *      → route (outDir/pages/faq/_module_/_slug_.astro.mjs) → render (astro, in node_modules)
 *      → micromark (node_modules)
 */
const profile: CpuProfile = {
	nodes: [
		{ id: 1, callFrame: frame('(root)', ''), children: [2, 4, 6] },
		{ id: 2, callFrame: frame('astro:build:done', 'file:///p/src/integrations/precompress.ts'), children: [3] },
		{ id: 3, callFrame: frame('processChunkSync', 'node:zlib') },
		{ id: 4, callFrame: frame('default', 'file:///p/.tmp/dist-site/pages/faq/_module_/_slug_.astro.mjs?time=1'), children: [5] },
		{ id: 5, callFrame: frame('renderPage', 'file:///p/node_modules/astro/dist/runtime/render.js') },
		{ id: 6, callFrame: frame('go', 'file:///p/node_modules/micromark/lib/create-tokenizer.js') },
	],
	// Samples on the leaf nodes; time deltas in microseconds.
	samples: [3, 3, 3, 5, 2, 6],
	timeDeltas: [1_000_000, 1_000_000, 1_000_000, 500_000, 250_000, 2_000_000],
};

describe('placeOf', () => {
	it('names packages, project files, built routes and Node built-ins', () => {
		expect(placeOf(frame('go', 'file:///p/node_modules/micromark/lib/x.js'))).toBe('nm:micromark');
		expect(placeOf(frame('x', 'file:///p/node_modules/@astrojs/mdx/dist/index.js'))).toBe('nm:@astrojs/mdx');
		expect(placeOf(frame('check', 'file:///p/src/validation/corpus.ts'))).toBe('src/validation/corpus.ts');
		expect(placeOf(frame('default', 'file:///p/dist/pages/faq/_module_.astro.mjs?time=5'))).toBe('rota:faq/_module_.astro');
		expect(placeOf(frame('processChunkSync', 'node:zlib'))).toBe('node:zlib');
		expect(placeOf(frame('(garbage collector)', ''))).toBe('(garbage collector)');
	});
});

describe('summariseProfile', () => {
	const summary = summariseProfile(profile);

	it('adds up self time by package or file, largest first', () => {
		expect(summary.totalSeconds).toBeCloseTo(5.75);
		expect(summary.selfByPlace[0]).toEqual(['node:zlib', 3]);
		expect(Object.fromEntries(summary.selfByPlace)).toMatchObject({ 'nm:micromark': 2, 'nm:astro': 0.5, 'src/integrations/precompress.ts': 0.25 });
	});

	it("gives each project function and route the time of everything it calls, and nothing else's", () => {
		const inclusive = Object.fromEntries(summary.projectInclusive);
		expect(inclusive['astro:build:done src/integrations/precompress.ts']).toBeCloseTo(3.25);
		expect(inclusive['rota:faq/_module_/_slug_.astro']).toBeCloseTo(0.5);
		expect(summary.projectInclusive[0]![0]).toBe('astro:build:done src/integrations/precompress.ts');
		// micromark ran outside any project frame.
		expect(Object.keys(inclusive)).toHaveLength(2);
	});
});

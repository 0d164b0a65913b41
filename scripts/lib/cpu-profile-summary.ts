/**
 * Reads a V8 CPU profile (node --cpu-prof) of a build and says where the time went: self time by
 * package (node_modules/<package>) or project file, and inclusive time of the project's own
 * functions (an integration hook counts everything it calls, Astro's and the libraries' too).
 * Used by `npm run bench:build -- --profile` to print what the project adds above bare Astro.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
	functionName: string;
	url: string;
	lineNumber: number;
}
interface ProfileNode {
	id: number;
	callFrame: CallFrame;
	children?: number[];
}
export interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface ProfileSummary {
	/** Seconds sampled in all. */
	totalSeconds: number;
	/** Self seconds by place (a package, a project file, or V8's own entries), largest first. */
	selfByPlace: [string, number][];
	/** Inclusive seconds of each project function (`name file`), largest first. */
	projectInclusive: [string, number][];
}

/** Where a frame's code lives: `nm:<package>`, a project path (`src/…`), or V8's label. */
export function placeOf(frame: CallFrame): string {
	const { url } = frame;
	if (!url) return frame.functionName ? `(${frame.functionName.replace(/^\(|\)$/g, '')})` : '(native)';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (pkg) return `nm:${pkg[1]}`;
	const own = /\/((?:src|scripts)\/[^?]*)/.exec(url);
	if (own) return own[1]!;
	// The site's routes as Astro built them for prerendering (<outDir>/pages/faq/_module_/_slug_.astro.mjs).
	const route = /\/pages\/([^?]*)\.mjs(?:\?|$)/.exec(url);
	if (route) return `rota:${route[1]}`;
	if (url.startsWith('node:')) return url;
	return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

/** The project's own code: its sources, and the routes built from them. */
const isProject = (url: string) => !url.includes('node_modules') && (/\/(src|scripts)\//.test(url) || /\/pages\/[^?]*\.mjs(?:\?|$)/.test(url));
const sortDesc = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);

export function summariseProfile(profile: CpuProfile): ProfileSummary {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const selfMicros = new Map<number, number>();
	let total = 0;
	profile.samples.forEach((id, index) => {
		const delta = profile.timeDeltas[index] ?? 0;
		total += delta;
		selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
	});
	const selfByPlace = new Map<string, number>();
	const inclusive = new Map<string, number>();
	for (const [id, micros] of selfMicros) {
		const place = placeOf(byId.get(id)!.callFrame);
		selfByPlace.set(place, (selfByPlace.get(place) ?? 0) + micros / 1e6);
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const frame = byId.get(at)!.callFrame;
			if (!isProject(frame.url)) continue;
			const place = placeOf(frame);
			// A route counts as a whole (its getStaticPaths and page render together).
			const key = place.startsWith('rota:') ? place : `${frame.functionName || '(anônima)'} ${place}`;
			if (seen.has(key)) continue;
			seen.add(key);
			inclusive.set(key, (inclusive.get(key) ?? 0) + micros / 1e6);
		}
	}
	return { totalSeconds: total / 1e6, selfByPlace: sortDesc(selfByPlace), projectInclusive: sortDesc(inclusive) };
}

/** The summary of a .cpuprofile file, as lines to print (the `top` largest of each list). */
export function profileReport(file: string, top = 12): string[] {
	const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
	const line = ([name, seconds]: [string, number]) => `  ${seconds.toFixed(2).padStart(7)} s  ${name}`;
	return [
		`perfil ${file}: ${summary.totalSeconds.toFixed(1)} s amostrados`,
		' tempo próprio por pacote ou arquivo:',
		...summary.selfByPlace.slice(0, top).map(line),
		' funções do projeto (tempo incluindo o que chamam):',
		...(summary.projectInclusive.length ? summary.projectInclusive.slice(0, top).map(line) : ['  (nenhuma)']),
	];
}

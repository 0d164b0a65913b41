import { readFileSync, readdirSync } from 'node:fs';

/** Children of every process, read from /proc (Linux). */
function childrenMap(): Map<number, number[]> {
	const children = new Map<number, number[]>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
		} catch {
			// the process ended while we looked
		}
	}
	return children;
}

function rssBytes(pid: number): number {
	try {
		const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/** Resident memory of a process and all its descendants (the build spawns node and Pagefind). */
export function treeRss(root: number): number {
	const children = childrenMap();
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		total += rssBytes(pid);
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

export interface PeakRss {
	/** The highest sum over the process and all its descendants seen at one sample. */
	tree: number;
	/** The highest RSS of the process itself (the build's main process, without Pagefind's). */
	root: number;
}

/** Samples the tree's RSS and the root process's own every `ms` and keeps both peaks until stopped. */
export function watchPeakRss(root: number, ms = 100): { stop(): PeakRss } {
	const peak: PeakRss = { tree: 0, root: 0 };
	const timer = setInterval(() => {
		peak.tree = Math.max(peak.tree, treeRss(root));
		peak.root = Math.max(peak.root, rssBytes(root));
	}, ms);
	return {
		stop() {
			clearInterval(timer);
			return peak;
		},
	};
}

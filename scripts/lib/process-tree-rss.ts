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

/** Samples the tree's RSS every `ms` and keeps the peak until stopped. */
export function watchPeakRss(root: number, ms = 100): { stop(): number } {
	let peak = 0;
	const timer = setInterval(() => {
		peak = Math.max(peak, treeRss(root));
	}, ms);
	return {
		stop() {
			clearInterval(timer);
			return peak;
		},
	};
}

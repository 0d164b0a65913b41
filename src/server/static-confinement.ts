import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The only dot-folder served: RFC 8615's well-known URIs (security.txt and the like). */
const WELL_KNOWN = '.well-known';
/** Precompressed siblings the static server may pick instead of the file itself. */
const VARIANTS = ['', '.br', '.gz'];

function realOrUndefined(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}

/**
 * Decides whether a URL path may be served from the built site: no dotfile or dot-folder
 * (`.well-known/` excepted), and no file whose real path, after following symlinks, leaves the
 * folder. Returns false to answer 404 as for a missing page.
 */
export function staticConfinement(distDir: string): (urlPath: string) => boolean {
	const root = realpathSync(distDir);
	const inside = (real: string) => real === root || real.startsWith(root + sep);

	return (urlPath) => {
		let decoded: string;
		try {
			decoded = decodeURIComponent(urlPath);
		} catch {
			return false;
		}
		const segments = decoded.split('/').filter(Boolean);
		if (segments.some((segment, index) => segment.startsWith('.') && !(index === 0 && segment === WELL_KNOWN))) {
			return false;
		}
		const target = join(root, ...segments);
		const candidates = [target];
		try {
			if (statSync(target).isDirectory()) candidates.push(join(target, 'index.html'));
		} catch {
			// Missing: the static server answers 404 by itself.
		}
		for (const candidate of candidates) {
			for (const variant of VARIANTS) {
				const real = realOrUndefined(candidate + variant);
				if (real !== undefined && !inside(real)) return false;
			}
		}
		return true;
	};
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { MY_TICKETS_PATH } from '../../src/components/intake/confirmation-text';
import { type CorpusRecord, readCorpus } from '../../src/validation/corpus';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface BrokenLink {
	/** The page holding the link, as a URL path. */
	page: string;
	/** Where an editor fixes it: the content file and line, when the link comes from content. */
	source?: string;
	href: string;
	reason: string;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

function walk(node: Node, visit: (element: Element) => void): void {
	if ('tagName' in node) visit(node);
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) walk(child, visit);
	if ('content' in node && node.content) walk(node.content as Node, visit);
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** `faq/x/index.html` → `/faq/x/`; `404.html` → `/404.html`. */
function pagePath(dist: string, file: string): string {
	const rel = relative(dist, file).split(sep).join('/');
	return rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

/** The built file a URL path is served from, or undefined. */
function targetFile(dist: string, path: string): string | undefined {
	const decoded = decodeURIComponent(path);
	const candidates = decoded.endsWith('/') ? [join(dist, decoded, 'index.html')] : [join(dist, decoded), join(dist, decoded, 'index.html'), join(dist, `${decoded}.html`)];
	return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith(sep));
}

/** URL path of the page a content record publishes (modules and products have pages too). */
export function contentUrl(record: Pick<CorpusRecord, 'collection' | 'id'>): string | undefined {
	const urls: Record<CorpusRecord['collection'], (id: string) => string> = {
		faq: (id) => `/faq/${id}/`,
		pages: (id) => `/suporte/${id}/`,
		releases: (id) => `/novidades/${id}/`,
		bulletins: (id) => `/informativos/${id}/`,
		modules: (id) => `/faq/${id}/`,
		products: (id) => `/novidades/${id}/`,
	};
	return record.id ? urls[record.collection](record.id) : undefined;
}

/** URL path of each content page → its source file, so a broken link in content points to its line. */
function contentSources(corpusDir: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const record of readCorpus(corpusDir).records) {
		const url = record.collection === 'modules' || record.collection === 'products' ? undefined : contentUrl(record);
		if (url) map.set(url, record.file);
	}
	return map;
}

function sourceLine(file: string, href: string): string | undefined {
	const lines = readFileSync(file, 'utf8').split('\n');
	const bare = href.replace(/\/(#|$)/, '$1');
	const index = lines.findIndex((line) => line.includes(`(${href}`) || line.includes(`"${href}"`) || line.includes(`(${bare}`));
	return index >= 0 ? `${file}:${index + 1}` : undefined;
}

export interface CheckOptions {
	/** Corpus the site was built from, to point a broken link at its content file and line. */
	corpusDir?: string;
	/** The public origin: absolute links on it count as internal. */
	site?: string;
	/**
	 * Pages the change holds but that were left out of the build because their content has a
	 * problem (reported by the content rules), each with the anchors its Markdown source renders
	 * (scripts/lib/source-anchors.ts), or undefined when they cannot be known (a module's page):
	 * links to them are not broken, and their #anchors are checked against those of the source.
	 */
	absent?: ReadonlyMap<string, ReadonlySet<string> | undefined>;
}

/** What judge() needs to know about the built site. */
interface Site {
	dist: string;
	/** The ids of a built page. */
	ids: (file: string) => Set<string>;
	absent: ReadonlyMap<string, ReadonlySet<string> | undefined>;
}

/** The kind of a page, its first folder and depth: `/faq/fiscal/x/` and `/faq/pdv/y/` are one kind. */
const shapeOf = (page: string) => page.replace(/\/[^/]+/g, (segment, offset: number) => (offset === 0 ? segment : '/*'));

/**
 * The ids of every built page of the same kind as a page (same first folder, same depth): the
 * ids its layout adds around the Markdown body ("relacionados", a release's change groups…).
 */
function layoutIds(site: Site, page: string, cache: Map<string, Set<string>>): Set<string> {
	const shape = shapeOf(page);
	let found = cache.get(shape);
	if (!found) {
		found = new Set();
		for (const file of htmlFiles(site.dist)) if (shapeOf(pagePath(site.dist, file)) === shape) for (const id of site.ids(file)) found.add(id);
		cache.set(shape, found);
	}
	return found;
}

/** Pages the ticket service serves next to the built site ("Meus tickets" and the private links). */
const SERVICE_PAGES = [MY_TICKETS_PATH];

/** Why an internal URL does not resolve in the built site, or undefined when it does. */
function judge(site: Site, url: URL, layoutCache: Map<string, Set<string>>): string | undefined {
	if (SERVICE_PAGES.some((prefix) => url.pathname.startsWith(prefix))) return undefined;
	const file = targetFile(site.dist, url.pathname);
	const anchor = decodeURIComponent(url.hash.slice(1));
	if (!file) {
		const path = decodeURIComponent(url.pathname);
		const page = [path, `${path.replace(/\/$/, '')}/`].find((candidate) => site.absent.has(candidate));
		if (page === undefined) return `a página ${url.pathname} não existe`;
		// Left out of the build: its anchors are those of its Markdown source and of its layout. A
		// heading of another page of the same kind also passes (no wrong anchor is reported).
		const anchors = site.absent.get(page);
		if (anchor && anchors && !anchors.has(anchor) && !layoutIds(site, page, layoutCache).has(anchor)) {
			return `a âncora #${anchor} não existe em ${url.pathname} (nenhum título do arquivo dessa página gera esse endereço)`;
		}
		return undefined;
	}
	if (anchor && !site.ids(file).has(anchor)) return `a âncora #${anchor} não existe em ${url.pathname}`;
	return undefined;
}

/** The ids (and `<a name>`) of a parsed HTML document. */
export function idsOfDocument(document: Node): Set<string> {
	const found = new Set<string>();
	walk(document, (element) => {
		const id = attr(element, 'id');
		if (id) found.add(id);
		if (element.tagName === 'a' && attr(element, 'name')) found.add(attr(element, 'name')!);
	});
	return found;
}

/** The ids (and `<a name>`) of a built page. */
const idsOf = (file: string) => idsOfDocument(parse(readFileSync(file, 'utf8')));

/**
 * Every internal link and #anchor of the built site must resolve. External links are not
 * fetched (no network on CI); `site` is the public origin, whose absolute links count as internal.
 */
export function checkLinks(dist: string, options: CheckOptions = {}): BrokenLink[] {
	const files = htmlFiles(dist);
	const ids = new Map<string, Set<string>>();
	const links: { page: string; href: string }[] = [];
	for (const file of files) {
		const page = pagePath(dist, file);
		const pageIds = new Set<string>();
		walk(parse(readFileSync(file, 'utf8')), (element) => {
			const id = attr(element, 'id');
			if (id) pageIds.add(id);
			if (element.tagName === 'a' && attr(element, 'name')) pageIds.add(attr(element, 'name')!);
			// Feeds announced in the head are links readers follow; canonical/icon links are not checked.
			const isLink = element.tagName === 'a' || element.tagName === 'area' || (element.tagName === 'link' && attr(element, 'rel') === 'alternate');
			const href = isLink ? attr(element, 'href') : undefined;
			if (href !== undefined) links.push({ page, href });
		});
		ids.set(file, pageIds);
	}
	const sources = options.corpusDir ? contentSources(options.corpusDir) : new Map<string, string>();
	const origin = options.site ? new URL(options.site).origin : undefined;
	const site: Site = { dist, ids: (file) => ids.get(file) ?? new Set(), absent: options.absent ?? new Map() };
	const layoutCache = new Map<string, Set<string>>();
	const broken: BrokenLink[] = [];
	const seen = new Set<string>();
	for (const { page, href } of links) {
		if (seen.has(`${page} ${href}`)) continue;
		seen.add(`${page} ${href}`);
		if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
		const url = new URL(href, `http://site.invalid${page}`);
		if (url.origin !== 'http://site.invalid' && url.origin !== origin) continue;
		const report = (reason: string) => {
			const source = sources.get(page);
			// Attributed to the content file only when the link is written there; otherwise it comes from a template.
			broken.push({ page, href, reason, source: source ? sourceLine(source, href) : undefined });
		};
		if (href.trim() === '') {
			report('o link está vazio');
			continue;
		}
		const reason = judge(site, url, layoutCache);
		if (reason) report(reason);
	}
	return broken;
}

/** Markdown links `[text](href)` and HTML `href="…"` of a source line. */
const SOURCE_LINK = /\]\(\s*<?([^)\s>]+)|\bhref=["']([^"']+)["']/g;

/**
 * The links written in content files that were left out of the build (their page could not be
 * built while it has a content problem), checked against the built site from their source text,
 * so that one run reports them too.
 */
export function checkSourceLinks(dist: string, files: { file: string; page: string }[], options: Omit<CheckOptions, 'corpusDir'> = {}): BrokenLink[] {
	const origin = options.site ? new URL(options.site).origin : undefined;
	const cache = new Map<string, Set<string>>();
	const ids = (file: string) => cache.get(file) ?? cache.set(file, idsOf(file)).get(file)!;
	const site: Site = { dist, ids, absent: options.absent ?? new Map() };
	const layoutCache = new Map<string, Set<string>>();
	const broken: BrokenLink[] = [];
	for (const { file, page } of files) {
		const lines = readFileSync(file, 'utf8').split(/\r?\n/);
		const closing = lines.indexOf('---', 1);
		lines.forEach((text, index) => {
			if (index <= closing) return;
			for (const match of text.matchAll(SOURCE_LINK)) {
				const href = match[1] ?? match[2] ?? '';
				if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
				const url = new URL(href, `http://site.invalid${page}`);
				if (url.origin !== 'http://site.invalid' && url.origin !== origin) continue;
				const reason = judge(site, url, layoutCache);
				if (reason) broken.push({ page, href, reason, source: `${file}:${index + 1}` });
			}
		});
	}
	return broken;
}

export function formatBrokenLink(link: BrokenLink): string {
	return `${link.source ?? `(modelo da página ${link.page})`}  página ${link.page}: link "${link.href}" quebrado, ${link.reason}`;
}

import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { contentDir } from './content-dir';
import { hasMarkdown } from './markdown-files';
import { compareVersions } from './versions';

export type FaqEntry = CollectionEntry<'faq'>;
export type ModuleEntry = CollectionEntry<'modules'>;
export type ProductEntry = CollectionEntry<'products'>;
export type ReleaseEntry = CollectionEntry<'releases'>;
export type BulletinEntry = CollectionEntry<'bulletins'>;
export type PageEntry = CollectionEntry<'pages'>;

/** The collections that are folders of Markdown in the corpus, each named as its folder (content.config.ts). */
export type CorpusFolder = 'faq' | 'releases' | 'bulletins' | 'pages';

/**
 * The entries of a corpus folder; none, without asking Astro, when the folder holds no Markdown.
 * The content model lets a corpus leave any of these folders out (a corpus made only of FAQ
 * articles is valid), but Astro's getCollection answers a collection with no entry by printing,
 * in English and at every call, that the content config has errors.
 */
export async function corpusEntries<C extends CorpusFolder>(collection: C): Promise<CollectionEntry<C>[]> {
	if (!hasMarkdown(join(contentDir(), collection))) return [];
	return getCollection(collection);
}

let publishedCache: Promise<FaqEntry[]> | undefined;

/**
 * Published articles (drafts are validated but never built), newest first. Every article page
 * needs the list (related articles), so a production build reads and sorts it once: without
 * that, N pages would each sort N articles. Under `astro dev` it is read afresh, so edits show.
 */
export function publishedFaq(): Promise<FaqEntry[]> {
	const load = async () => {
		const entries = (await corpusEntries('faq')).filter(({ data }) => !data.draft);
		return entries.sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title, 'pt-BR'));
	};
	if (!import.meta.env.PROD) return load();
	return (publishedCache ??= load());
}

/**
 * Articles that get a page: the published ones, and under `astro dev` the drafts too, so an
 * editor can preview a draft (the page marks it "Rascunho"; lists, search and suggestions
 * still leave it out, and a production build never has it).
 */
export async function faqWithPages(): Promise<FaqEntry[]> {
	if (!import.meta.env.DEV) return publishedFaq();
	return corpusEntries('faq');
}

let byIdCache: Promise<Map<string, FaqEntry>> | undefined;

/** Published articles by id, for related-article links (cached like publishedFaq). */
export function publishedFaqById(): Promise<Map<string, FaqEntry>> {
	const load = async () => new Map((await publishedFaq()).map((entry) => [entry.id, entry]));
	if (!import.meta.env.PROD) return load();
	return (byIdCache ??= load());
}

/** URL of an article: /faq/<module>/<slug>/. */
export function faqUrl(id: string): string {
	return `/faq/${id}/`;
}

/** Products in file order with their modules in file order. */
export async function productsWithModules(): Promise<{ product: ProductEntry; modules: ModuleEntry[] }[]> {
	const [products, modules] = await Promise.all([getCollection('products'), getCollection('modules')]);
	return products.map((product) => ({ product, modules: modules.filter((module) => module.data.product === product.id) }));
}

/** Support pages in navigation order (then by title). */
export async function supportPages(): Promise<PageEntry[]> {
	const pages = await corpusEntries('pages');
	return pages.sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.title.localeCompare(b.data.title, 'pt-BR'));
}

/** Release notes, newest version first within a product, newest date first across products. */
export async function releasesNewestFirst(): Promise<ReleaseEntry[]> {
	const releases = await corpusEntries('releases');
	return releases.sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || compareVersions(b.data.version, a.data.version));
}

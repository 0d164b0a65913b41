/**
 * Examples the search shows (placeholders and tips), picked from the published content at build
 * time so that each one finds something: a routine code, a SEFAZ rejection, a phrase customers
 * use and a module name. Nothing here is written by hand; an example the content lacks is left out.
 */

/** What the picker needs of an article; published ones, newest first. */
export interface ExampleArticle {
	data: { title: string; module: string; keywords: readonly string[]; routine?: string };
}
/** What the picker needs of a module. */
export interface ExampleModule {
	id: string;
	data: { name: string };
}

export interface SearchExamples {
	/** A routine (program) code, e.g. "FIS0020". */
	routine?: string;
	/** A rejection as customers type it, e.g. "rejeição 539". */
	rejection?: string;
	/** A phrase from the keywords, e.g. "usuário já conectado". */
	phrase?: string;
	/** The module with the most articles, e.g. "Fiscal". */
	module?: string;
	/** The newest release's version, e.g. "26.02.001" (set by components/search/examples.ts). */
	version?: string;
}

const REJECTION = /\brejeição\s+(\d{3})\b/i;
/** A keyword that reads like a customer's words: two to four words, no digits. */
const PHRASE = /^[\p{L}-]+(?: [\p{L}-]+){1,3}$/u;

export function pickSearchExamples(articles: readonly ExampleArticle[], modules: readonly ExampleModule[]): SearchExamples {
	const routine = articles.find((article) => article.data.routine)?.data.routine;
	const code = articles.map((article) => REJECTION.exec(article.data.title)?.[1]).find(Boolean);
	const phrase = articles.flatMap((article) => article.data.keywords).find((keyword) => PHRASE.test(keyword.trim()));
	const counts = new Map<string, number>();
	for (const article of articles) counts.set(article.data.module, (counts.get(article.data.module) ?? 0) + 1);
	const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
	return {
		routine,
		rejection: code ? `rejeição ${code}` : undefined,
		phrase: phrase?.trim(),
		module: modules.find((module) => module.id === busiest)?.data.name,
	};
}

/** "Ex.: rejeição 539, usuário já conectado, FIS0020", or the fallback when the content gives no example. */
export function examplesPlaceholder(examples: readonly (string | undefined)[], fallback: string): string {
	const present = examples.filter((example): example is string => Boolean(example));
	return present.length ? `Ex.: ${present.join(', ')}` : fallback;
}

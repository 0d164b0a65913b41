/**
 * The suggestions and the site search over a real Pagefind index (the browser bundle run in
 * Node), built from a small fixture FAQ: misspelt, synonym, abbreviated and no-match titles go
 * through the real query understanding, term searches (with Pagefind's stemming and its
 * short-prefix fallback) and ranking.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/pagefind-index';
import { DOMAIN_LEXICON } from '../../src/search/lexicon';
import type { PagefindApi } from '../../src/search/pagefind-client';
import { queryAidsFrom } from '../../src/search/query-aids';
import { searchSite, warmSiteSearch } from '../../src/search/query';
import { FAQ_ONLY, rankTitle, suggestWith, warmWith, type SuggestContext } from '../../src/search/suggest';
import { BROADER_CLOSENESS, matchTerm } from '../../src/search/term-search';
import { understandQuery, type QueryTerm } from '../../src/search/understand';
import { mergeLexicons, type Lexicon } from '../../src/search/synonyms';
import { buildVocabulary, vocabularyJson } from '../../src/search/vocabulary';
import { readSynonymsFile } from '../../src/utils/synonyms-file';
import { readCorpus } from '../../src/validation/corpus';
import { projectRoot } from '../../src/utils/content-dir';
import { FIXTURE_ARTICLES } from '../fixtures/suggest-index/articles';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The indexed part of an article page, as src/pages/faq/[module]/[slug].astro marks it. */
function articlePage(article: IndexedArticle): string {
	return `<!doctype html><html lang="pt-BR"><head><title>${escape(article.title)}</title></head><body>
	<article data-pagefind-body>
		<span hidden data-pagefind-filter="tipo">faq</span><span hidden data-pagefind-filter="modulo">${article.module}</span>
		<span hidden data-pagefind-meta="modulo">${article.module}</span><span hidden data-pagefind-meta="id">${article.id}</span>
		<h1 data-pagefind-weight="10">${escape(article.title)}</h1>
		<p data-pagefind-meta="description">${escape(article.description)}</p>
		${article.routine ? `<dd data-pagefind-weight="8" data-pagefind-meta="rotina">${article.routine}</dd>` : ''}
		<dd data-pagefind-weight="7" data-pagefind-meta="keywords">${escape(article.keywords.join(', '))}</dd>
		<p>${escape(article.body)}</p>
	</article></body></html>`;
}

type IndexedArticle = Omit<(typeof FIXTURE_ARTICLES)[number], 'routine'> & { routine?: string };

/**
 * Writes the article pages, indexes them with Pagefind and loads Pagefind's browser bundle in
 * Node over them (fetch reads the files), with the query aids the build would write.
 */
async function indexArticles(articles: readonly IndexedArticle[], prefix: string, lexicon: Lexicon): Promise<{ site: string; context: SuggestContext }> {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	const site = mkdtempSync(join(projectRoot, '.tmp', prefix));
	for (const article of articles) {
		mkdirSync(join(site, 'faq', article.id), { recursive: true });
		writeFileSync(join(site, 'faq', article.id, 'index.html'), articlePage(article));
	}
	await buildSearchIndex(site);
	globalThis.fetch = (async (input: string | URL) => new Response(await readFile(fileURLToPath(new URL(String(input)))))) as typeof fetch;
	const pagefind = (await import(/* @vite-ignore */ join(site, 'pagefind', 'pagefind.js'))) as PagefindApi;
	await pagefind.options({ baseUrl: '/' });
	const vocabulary = buildVocabulary(articles.map((article) => [article.title, article.description, ...article.keywords, article.routine ?? '']));
	return { site, context: { pagefind, aids: queryAidsFrom({ version: 1, articles: articles.length, words: vocabularyJson(vocabulary), lexicon }) } };
}

describe('suggestions over a real Pagefind index', () => {
	let site: string;
	let context: SuggestContext;
	const realFetch = globalThis.fetch;
	const suggested = async (title: string) => (await suggestWith(context, title)).map((entry) => entry.id);

	beforeAll(async () => {
		({ site, context } = await indexArticles(FIXTURE_ARTICLES, 'suggest-index-', DOMAIN_LEXICON));
	}, 60_000);

	afterAll(() => {
		globalThis.fetch = realFetch;
		rmSync(site, { recursive: true, force: true });
	});

	it('finds the article for a title in its own words and for a code alone', async () => {
		expect((await suggested('pinpad não comunica no caixa'))[0]).toBe('frente-de-loja/pinpad-nao-comunica');
		expect((await suggested('FIS0230'))[0]).toBe('fiscal/cancelamento-fora-do-prazo');
	});

	it('corrects the most telling word when it is misspelt', async () => {
		expect((await suggested('pinpag nao encontrado'))[0]).toBe('frente-de-loja/pinpad-nao-comunica');
		expect((await suggested('cancelamneto de nota recusado'))[0]).toBe('fiscal/cancelamento-fora-do-prazo');
		expect((await suggested('tranferencia entre lojas parada'))[0]).toBe('estoque/transferencia-em-transito');
		const ranking = await rankTitle(context, 'pinpag nao encontrado');
		expect(ranking.terms.find((term) => term.term.word === 'pinpag')).toMatchObject({ kind: 'corrected', searched: ['pinpad'] });
	});

	it('understands the store floor’s words through the lexicon', async () => {
		expect((await suggested('maquininha de cartão sem sinal'))[0]).toBe('frente-de-loja/pinpad-nao-comunica');
		expect((await suggested('preço da prateleira errado depois da remarcação'))[0]).toBe('comercial/etiqueta-preco-antigo');
		expect((await suggested('contagem cíclica da seção'))[0]).toBe('estoque/inventario-por-secao');
	});

	it('finds a product the FAQ never names through what articles call it, worth less than the word itself', async () => {
		expect((await suggested('o azeite novo não aparece no aplicativo de compras'))[0]).toBe('loja-virtual/produto-fora-do-app');
		const ranking = await rankTitle(context, 'o azeite novo não aparece no aplicativo de compras');
		expect(ranking.terms.find((term) => term.term.word === 'azeite')).toMatchObject({ kind: 'broader', searched: ['produto', 'mercadoria'], closeness: BROADER_CLOSENESS });
		expect(BROADER_CLOSENESS).toBeLessThan(1);
	});

	it('completes abbreviations cut with a period', async () => {
		expect((await suggested('transf. parada em trânsito'))[0]).toBe('estoque/transferencia-em-transito');
		expect((await suggested('ped. não vincula no receb.'))[0]).toBe('compras/pedido-sem-recebimento');
	});

	it('searches a cut word nothing completes by its start, in the articles’ bodies too; a sentence-ending typo is still corrected', async () => {
		// "correspondente" is only in the body of the card refund article: the vocabulary cannot complete "corresp.".
		const [corresp] = understandQuery('corresp.', context.aids);
		const started = await matchTerm(context.pagefind, corresp!, { vocabulary: context.aids?.vocabulary });
		expect(started).toMatchObject({ kind: 'prefix', searched: ['corresp'] });
		const ids = await Promise.all(started.results.map(async (result) => (await result.data()).meta.id));
		expect(ids).toEqual(['financeiro/estorno-recebimento-cartao']);
		// Nothing starts with "pinpd": the period ended the sentence, and the word is corrected.
		const [pinpd] = understandQuery('pinpd.', context.aids);
		expect(await matchTerm(context.pagefind, pinpd!, { vocabulary: context.aids?.vocabulary })).toMatchObject({ kind: 'corrected', searched: ['pinpad'] });
	});

	it('stays silent on titles nothing answers, even when a common word matches', async () => {
		for (const title of ['folha de pagamento dos funcionários', 'relatório de vendas por hora', 'férias do usuário', 'alarme da câmara fria']) {
			expect(await suggested(title), title).toEqual([]);
		}
	});

	it('lists after the first only pages that score close to it', async () => {
		const ranking = await rankTitle(context, 'pinpad TEF cartão');
		expect(ranking.pages[0]?.id).toBeDefined();
		for (const page of ranking.pages.slice(1)) expect(page.score).toBeGreaterThanOrEqual(ranking.pages[0]!.score * 0.5);
	});

	it('searches synonyms only when the typed word finds nothing, when asked to (the site search)', async () => {
		const searched: string[] = [];
		const counting: PagefindApi = { ...context.pagefind, search: (text, options) => (searched.push(String(text)), context.pagefind.search(text, options)) };
		const term = { word: 'pinpad', alternatives: ['pinpad', 'maquininha', 'tef'], kind: 'word' as const };
		expect((await matchTerm(counting, term, { synonymsWhenMissing: true })).hits.size).toBeGreaterThan(0);
		// the synonyms were never searched: only the word (its probe, then the word itself)
		expect(searched.filter((text) => !/maquininha|tef/.test(text))).toEqual(searched);
		expect(searched).toContain('pinpad');
		const missing = { word: 'maquininha', alternatives: ['maquininha', 'pinpad'], kind: 'word' as const };
		expect((await matchTerm(counting, missing, { synonymsWhenMissing: true })).hits.size).toBeGreaterThan(0);
		expect(searched.some((text) => text.includes('maquininha'))).toBe(true);
	});

	it('takes an expression as found only when the index has every word of it, not a short prefix of one', async () => {
		// "compradorzinho" is in no article: Pagefind would fall back to the pages with "compra…" and
		// the expression would match the purchase-order article through "pedido" alone.
		const loose = await matchTerm(context.pagefind, { word: 'encomenda', alternatives: ['encomenda', 'pedido compradorzinho'], kind: 'word' }, { pagefind: FAQ_ONLY, vocabulary: context.aids?.vocabulary });
		expect(loose.kind).toBe('missing');
		const real = await matchTerm(context.pagefind, { word: 'encomenda', alternatives: ['encomenda', 'pedido compra'], kind: 'word' }, { pagefind: FAQ_ONLY, vocabulary: context.aids?.vocabulary });
		expect(real.kind).toBe('exact');
		expect([...real.hits.keys()].length).toBeGreaterThan(0);
	});

	it('never runs the plain search of a word the index lacks: Pagefind would score every page of its short fallback prefix', async () => {
		const searched: string[] = [];
		const counting: PagefindApi = { ...context.pagefind, search: (text, options) => (searched.push(String(text)), context.pagefind.search(text, options)) };
		// "emaranhado" is in no article: Pagefind alone would fall back to a short prefix of it and find pages anyway
		const plain = await context.pagefind.search('emaranhado');
		expect(plain?.results.length).toBeGreaterThan(0);
		const unknown = await matchTerm(counting, { word: 'emaranhado', alternatives: ['emaranhado'], kind: 'word' });
		expect(unknown.kind).toBe('missing');
		expect(searched[0]).toBe('"emaranhado"');
		expect(searched).not.toContain('emaranhado');
		searched.length = 0;
		// a word only the bodies have (no vocabulary vouches for it) is still found, as typed
		const bodyWord = await matchTerm(counting, { word: 'reinicie', alternatives: ['reinicie'], kind: 'word' });
		expect(bodyWord.kind).toBe('exact');
		expect(bodyWord.hits.size).toBeGreaterThan(0);
		expect(searched).toEqual(['"reinicie"', 'reinicie']);
	});

	it('a title gone stale while its terms are searched fetches no article: the newer title gets the index', async () => {
		const fetched: string[] = [];
		const controller = new AbortController();
		const watching: PagefindApi = {
			...context.pagefind,
			search: async (text, options) => {
				const found = await context.pagefind.search(text, options);
				// The customer types on while the first term is searched.
				controller.abort();
				return found && { ...found, results: found.results.map((result) => ({ ...result, data: () => (fetched.push(`${text} ${result.id}`), result.data()) })) };
			},
		};
		const stale = suggestWith({ ...context, pagefind: watching }, 'nota cancelada fora do prazo', { signal: controller.signal });
		await expect(stale).rejects.toMatchObject({ name: 'AbortError' });
		expect(fetched).toEqual([]);
		// The same search, not aborted, fetches the articles it shows.
		const live = await suggestWith({ ...context, pagefind: { ...watching, search: context.pagefind.search } }, 'nota cancelada fora do prazo');
		expect(live[0]?.id).toBe('fiscal/cancelamento-fora-do-prazo');
	});

	it('warms while the customer types: the chunks of the completed words and of the word being typed are loaded ahead', async () => {
		const preloaded: (string | null)[] = [];
		const recording: PagefindApi = { ...context.pagefind, preload: (text, options) => (preloaded.push(text), context.pagefind.preload(text, options)) };
		await warmWith({ ...context, pagefind: recording }, 'pinpad sem comunic');
		expect(preloaded).toContain('pinpad');
		expect(preloaded).toContain('comunic');
		preloaded.length = 0;
		// One or two letters say too little about the word to load its chunk.
		await warmWith({ ...context, pagefind: recording }, 'pinpad co');
		expect(preloaded).toContain('pinpad');
		expect(preloaded).not.toContain('co');
	});

	it('counts the FAQ articles from the query aids, without loading every filter of the index for it', async () => {
		let filterCalls = 0;
		const counting: PagefindApi = { ...context.pagefind, filters: () => (filterCalls++, context.pagefind.filters()) };
		const withCount = await rankTitle({ ...context, pagefind: counting }, 'pinpad não comunica no caixa');
		expect(filterCalls).toBe(0);
		// Without the build's count (an old or missing file), Pagefind counts them: the same ranking.
		const withoutCount = await rankTitle({ pagefind: counting, aids: { ...context.aids, articles: undefined } }, 'pinpad não comunica no caixa');
		expect(filterCalls).toBe(1);
		expect(withoutCount.pages).toEqual(withCount.pages);
		expect(withCount.pages[0]).toBeDefined();
	});

	it('still reads a word cut with a period as the words it starts, without a vocabulary (the header search)', async () => {
		const cut = await matchTerm(context.pagefind, { word: 'transf', alternatives: ['transf'], kind: 'abbreviation' });
		expect(cut.kind).toBe('exact');
		const ids = await Promise.all(cut.results.map(async (result) => (await result.data()).meta.id));
		expect(ids).toContain('estoque/transferencia-em-transito');
	});

	it('the site search shares the understanding: a misspelt word, a synonym and a no-match query', async () => {
		const urls = async (text: string) => Promise.all((await searchSite(context.pagefind, { text }, { aids: context.aids })).hits.map(async (hit) => (await hit.data()).url));
		expect((await urls('pinpag'))[0]).toBe('/faq/frente-de-loja/pinpad-nao-comunica/');
		expect((await urls('maquininha'))[0]).toBe('/faq/frente-de-loja/pinpad-nao-comunica/');
		expect((await urls('transf.'))[0]).toBe('/faq/estoque/transferencia-em-transito/');
		expect(await urls('folha de pagamento')).toEqual([]);
	});

	it('tries a misspelt word by its first letters only on words that start with them, whatever the page searched before', async () => {
		// Pagefind's fallback for a start no word has depends on the index chunks already loaded (a
		// search of "cancelamento" loads its chunk): "cancem…" would then find "cancelamento", whose
		// first four letters are the same.
		await context.pagefind.search('cancelamento');
		const typo: QueryTerm = { word: 'cancemento', alternatives: ['cancemento'], kind: 'word' };
		expect((await matchTerm(context.pagefind, typo)).kind).toBe('missing');
		// A start some word really has is still tried: "estornno" → "estor…" (estorno).
		const doubled = await matchTerm(context.pagefind, { word: 'estornno', alternatives: ['estornno'], kind: 'word' });
		expect(doubled).toMatchObject({ kind: 'prefix', searched: ['estor'] });
		// Only the word's start was understood: its match counts less than a word found as typed.
		expect(doubled.closeness).toBeGreaterThan(0);
		expect(doubled.closeness).toBeLessThan(1);
	});

	it('the site search warms while the customer types: the completed words are not searched again when the customer pauses', async () => {
		const searched: string[] = [];
		const recording: PagefindApi = { ...context.pagefind, search: (text, options) => (searched.push(String(text)), context.pagefind.search(text, options)) };
		await warmSiteSearch(recording, 'etiqueta gondola pre', context.aids);
		expect(searched).toEqual(expect.arrayContaining(['etiqueta', 'gondola']));
		searched.length = 0;
		const outcome = await searchSite(recording, { text: 'etiqueta gondola preço' }, { aids: context.aids });
		expect(outcome.used).toEqual(['etiqueta', 'gondola', 'preco']);
		expect(searched).toContain('preco');
		expect(searched.filter((text) => /etiqueta|gondola/.test(text) && !text.includes(' '))).toEqual([]);
	});
});

describe("the customer's own word before a synonym", () => {
	let site: string;
	let context: SuggestContext;
	const realFetch = globalThis.fetch;
	const shelf = (id: string, place: string): IndexedArticle => ({
		id: `comercial/${id}`,
		module: 'Comercial',
		title: `Etiqueta da ${place} sem preço depois da carga`,
		description: `A etiqueta da ${place} sai em branco quando a carga de preços não termina.`,
		keywords: ['etiqueta', place],
		body: `Refaça a carga de preços e imprima de novo a etiqueta da ${place}.`,
	});

	beforeAll(async () => {
		// The same article twice, in the two words of one lexicon group ("gôndola", "prateleira"),
		// among the other fixture articles but the one about shelf labels.
		const others = FIXTURE_ARTICLES.filter((article) => article.id !== 'comercial/etiqueta-preco-antigo');
		({ site, context } = await indexArticles([...others, shelf('etiqueta-gondola', 'gôndola'), shelf('etiqueta-prateleira', 'prateleira')], 'suggest-synonym-', DOMAIN_LEXICON));
	}, 60_000);

	afterAll(() => {
		globalThis.fetch = realFetch;
		rmSync(site, { recursive: true, force: true });
	});

	it('lists first the article written with the word the customer typed, then the one with its synonym', async () => {
		const suggested = async (title: string) => (await suggestWith(context, title)).map((entry) => entry.id);
		expect(await suggested('etiqueta da prateleira sem preço')).toEqual(['comercial/etiqueta-prateleira', 'comercial/etiqueta-gondola']);
		expect(await suggested('etiqueta da gôndola sem preço')).toEqual(['comercial/etiqueta-gondola', 'comercial/etiqueta-prateleira']);
	});
});

/**
 * The project's own query set (tests/fixtures/faq-corpus/queries.json) over its corpus, indexed
 * the way the article template marks it: a regression guard on the whole method, with the floors
 * that make it worth having (the silence floor, the ranking, the corrections).
 */
describe('the fixture query set over its corpus', () => {
	let site: string;
	let context: SuggestContext;
	const realFetch = globalThis.fetch;
	const corpusDir = 'tests/fixtures/faq-corpus';
	const queries = JSON.parse(readFileSync(join(corpusDir, 'queries.json'), 'utf8')) as { title: string; expected: string[] }[];

	beforeAll(async () => {
		const records = readCorpus(corpusDir).records.filter((record) => record.collection === 'faq');
		const articles = records.flatMap((record) => {
			const data = record.data as { title: string; description: string; module: string; keywords?: string[]; routine?: string; draft?: boolean };
			if (data.draft) return [];
			const body = readFileSync(record.file, 'utf8').replace(/^---[\s\S]*?---/, '');
			return [{ id: record.id, module: data.module, title: data.title, description: data.description, keywords: data.keywords ?? [], routine: data.routine, body }];
		});
		({ site, context } = await indexArticles(articles, 'suggest-fixture-', mergeLexicons(DOMAIN_LEXICON, readSynonymsFile(corpusDir))));
	}, 60_000);

	afterAll(() => {
		globalThis.fetch = realFetch;
		rmSync(site, { recursive: true, force: true });
	});

	it('puts the expected article in the top 3 for nearly every title and first for most', async () => {
		const answered = queries.filter((query) => query.expected.length > 0);
		let first = 0;
		let top3 = 0;
		for (const query of answered) {
			const ids = (await suggestWith(context, query.title)).map((entry) => entry.id);
			const rank = ids.findIndex((id) => query.expected.includes(id));
			if (rank === 0) first += 1;
			if (rank >= 0 && rank < 3) top3 += 1;
		}
		expect(answered.length).toBeGreaterThanOrEqual(40);
		expect(top3 / answered.length).toBeGreaterThanOrEqual(0.95);
		expect(first / answered.length).toBeGreaterThanOrEqual(0.9);
	}, 60_000);

	it('reads past reported speech: "o cliente diz que" names no topic', async () => {
		// "diz" is only in the body of the rejection 204 article: taken as a topic word it would be
		// the title's rarest, and the promotion article would carry too little of the title to be shown.
		const ids = (await suggestWith(context, 'O cliente diz que o desconto não saiu')).map((entry) => entry.id);
		expect(ids[0]).toBe('comercial/promocao-leve-pague-nao-aplica');
	});

	it('reads past an indefinite pronoun: "nada funciona" names no topic', async () => {
		// "nada" is on no page: taken as a topic word it would weigh as the rarest, and the article
		// on the refused correction letter would carry too little of the title to be shown.
		const ids = (await suggestWith(context, 'Carta de correção recusada, nada funciona')).map((entry) => entry.id);
		expect(ids[0]).toBe('fiscal/carta-de-correcao-recusada');
	});

	it('finds an article written in the singular from a title in the plural the stemmer keeps apart ("cupons" / "cupom")', async () => {
		// Pagefind's Portuguese stemmer gives "cupons" and "cupom" different stems: searched alone,
		// "cupons" finds only the pages whose body has the plural, and the NFC-e article came first.
		const ranking = await rankTitle(context, 'cupons cancelados depois da venda');
		expect(ranking.terms[0]).toMatchObject({ kind: 'exact', searched: ['cupons', 'cupom'] });
		const ids = (await suggestWith(context, 'cupons cancelados depois da venda')).map((entry) => entry.id);
		expect(ids).toEqual(['frente-de-loja/cancelar-cupom-depois-de-finalizado']);
		// The site search reads the word the same way: "cupons" alone found only a page whose body has the plural.
		const { hits } = await searchSite(context.pagefind, { text: 'cupons' }, { aids: context.aids });
		expect(await Promise.all(hits.map(async (hit) => (await hit.data()).meta.id))).toContain('frente-de-loja/cancelar-cupom-depois-de-finalizado');
	});

	it('reads past a verb no article uses ("pifou"), but not past a noun no article uses', async () => {
		const ranking = await rankTitle(context, 'pinpad pifou');
		expect(ranking.terms.map((term) => term.kind)).toEqual(['exact', 'missing']);
		expect(ranking.pages.map((page) => page.id)).toHaveLength(1);
		expect((await suggestWith(context, 'pinpad pifou')).map((entry) => entry.id)).toEqual(['frente-de-loja/pinpad-sem-comunicacao-tef']);
		expect(await suggestWith(context, 'pinpad do holerite')).toEqual([]);
	});

	it('counts a page found through the other number in full, as if the customer had typed that word', async () => {
		const [cupons] = understandQuery('cupons', context.aids);
		const match = await matchTerm(context.pagefind, cupons!, { pagefind: FAQ_ONLY, vocabulary: context.aids?.vocabulary });
		// Every page with "cupom" scores at least what its own search of "cupom" gives (a synonym's match counts 0.7 of it).
		const singular = (await context.pagefind.search('cupom', FAQ_ONLY))!.results;
		expect(singular.length).toBeGreaterThan(0);
		for (const result of singular) expect(match.hits.get(result.id)?.score).toBeGreaterThanOrEqual(result.score);
	});

	it('corrects a misspelt word joined by a hyphen part by part', async () => {
		// The vocabulary has "icms" and "st" as words of their own: "icsm-st" is within reach of neither.
		const ranking = await rankTitle(context, 'cálculo do icsm-st errado na nota');
		expect(ranking.terms.find((term) => term.term.word === 'icsm-st')).toMatchObject({ kind: 'corrected', searched: ['icms st'] });
		const ids = (await suggestWith(context, 'cálculo do icsm-st errado na nota')).map((entry) => entry.id);
		expect(ids[0]).toBe('fiscal/cest-obrigatorio-rejeicao-806');
	});

	it('stays silent on the titles nothing answers, and the search never presents a page as having all their words', async () => {
		const unanswered = queries.filter((query) => query.expected.length === 0);
		let silent = 0;
		for (const query of unanswered) {
			if ((await suggestWith(context, query.title)).length === 0) silent += 1;
			const outcome = await searchSite(context.pagefind, { text: query.title }, { aids: context.aids });
			// 'all' with nothing ignored would tell the customer a page has every word they typed.
			expect(outcome.mode === 'all' && outcome.ignored.length === 0, query.title).toBe(false);
		}
		expect(unanswered.length).toBeGreaterThanOrEqual(8);
		expect(silent / unanswered.length).toBeGreaterThanOrEqual(0.8);
	}, 60_000);
});

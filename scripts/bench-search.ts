/**
 * npm run bench:search -- [--articles 5000] [--queries 40] [--delay 60] [--port 4520] [--keep] [--verbose]
 * Generates a corpus of N FAQ articles (scripts/lib/generate-corpus.ts), builds the site with its
 * Pagefind index, serves it (scripts/serve-site.ts) and, in chromium, types each query into the
 * header search and into the /busca/ page, one key at a time. For each query it measures the
 * time from the last keystroke to the results being in the page (p50, p95) and the bytes the
 * browser fetched (first query: search code, Pagefind, its WebAssembly and index chunks; later
 * queries: what they add). Then it types each query as a ticket subject on /abrir-ticket/, each
 * on a fresh page in a fresh browser context (a customer who just arrived), and measures the
 * time from the last keystroke to the suggestions in the page, pause included. It also prints
 * the size of the query aids file (the FAQ vocabulary and lexicon, raw and gzip). --verbose adds
 * every query's figures and the files the first query fetched, one by one.
 * A benchmark, not a test: it prints figures and judges nothing.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE_SEARCH_PAUSE_MS } from '../src/components/search/site-search-typing';
import { projectRoot } from '../src/utils/content-dir';
import { buildSite } from './lib/build-site';
import { generateCorpus, sampleQueries } from './lib/generate-corpus';
import { percentile } from './lib/stats';
import { workDir } from './lib/work-dir';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '5000' },
		queries: { type: 'string', default: '40' },
		delay: { type: 'string', default: '60' },
		port: { type: 'string', default: '4520' },
		keep: { type: 'boolean', default: false },
		verbose: { type: 'boolean', default: false },
	},
});
const articles = Number(values.articles);
const queryCount = Number(values.queries);
const delay = Number(values.delay);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(queryCount) || queryCount < 30) {
	console.error('Use: npm run bench:search -- --articles <N> --queries <30 ou mais>');
	process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
function folderBytes(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			const inner = folderBytes(path);
			bytes += inner.bytes;
			files += inner.files;
		} else {
			bytes += statSync(path).size;
			files += 1;
		}
	}
	return { bytes, files };
}

/** Bytes received (body as sent + headers) by the page and its Pagefind worker, from Playwright's request events. */
class Traffic {
	#bytes = 0;
	#pagefind = 0;
	#pending: Promise<void>[] = [];
	/** Every response received, in order: what a query fetched is a slice of it. */
	readonly files: { path: string; bytes: number }[] = [];
	constructor(context: BrowserContext) {
		context.on('requestfinished', (request) => {
			this.#pending.push(
				request.sizes().then(
					(sizes) => {
						const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
						const path = new URL(request.url()).pathname;
						this.#bytes += bytes;
						this.files.push({ path, bytes });
						if (path.startsWith('/pagefind/')) this.#pagefind += bytes;
					},
					() => undefined,
				),
			);
		});
	}
	async snapshot() {
		await Promise.all(this.#pending);
		return { bytes: this.#bytes, pagefind: this.#pagefind };
	}
}

interface Measure {
	query: string;
	/** What the query fetched, file by file (printed with --verbose for the first query). */
	files: { path: string; bytes: number }[];
	latency: number;
	bytes: number;
	pagefindBytes: number;
	status: string;
}

/** Every page of the context notes when the browser received its last key (see typeAndMeasure). */
async function recordKeyTimes(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		document.addEventListener('keydown', (event) => ((window as unknown as { __lastKey: number }).__lastKey = event.timeStamp), true);
	});
}

/**
 * Types `query` into `input` key by key and resolves with the ms from the last keydown to the
 * rendered results. The keydown's time is the event's own timeStamp (when the browser received
 * the key), not when the page got round to handling it: a page busy when the key arrives pays for it.
 */
async function typeAndMeasure(page: Page, input: string, marker: { selector: string; attribute: string; value: string }, query: string): Promise<number> {
	const rendered = page.evaluate(
		({ selector, attribute, value }) =>
			new Promise<number>((resolve) => {
				const target = document.querySelector(selector)!;
				const observer = new MutationObserver(() => {
					if (target.getAttribute(attribute) === value) {
						observer.disconnect();
						// The next frame: the results are laid out and painted.
						requestAnimationFrame(() => resolve(performance.now()));
					}
				});
				observer.observe(target, { attributes: true, attributeFilter: [attribute] });
			}),
		marker,
	);
	await page.locator(input).pressSequentially(query, { delay });
	const renderedAt = await rendered;
	const lastKey = await page.evaluate(() => (window as unknown as { __lastKey: number }).__lastKey);
	return renderedAt - lastKey;
}

async function session(page: Page, traffic: Traffic, url: string, queries: string[], kind: 'header' | 'page'): Promise<Measure[]> {
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	const measures: Measure[] = [];
	for (const [index, query] of queries.entries()) {
		const before = await traffic.snapshot();
		const filesBefore = traffic.files.length;
		let input: string;
		let marker: { selector: string; attribute: string; value: string };
		if (kind === 'header') {
			input = '.site-search-input';
			if (index === 0) {
				await page.locator('site-search .site-search-open').click();
			} else {
				await page.locator(input).fill('');
				await page.waitForSelector('.site-search-results[data-query=""]', { state: 'attached' });
			}
			marker = { selector: '.site-search-results', attribute: 'data-query', value: query };
		} else {
			input = '#busca-q';
			if (index > 0) {
				await page.locator(input).fill('');
				await page.waitForSelector('.search-page-list[data-state=""]', { state: 'attached' });
			}
			marker = { selector: '.search-page-list', attribute: 'data-state', value: `?${new URLSearchParams({ q: query.trim() }).toString()}` };
		}
		const latency = await typeAndMeasure(page, input, marker, query);
		await page.waitForTimeout(50);
		const after = await traffic.snapshot();
		const status = (await page.locator(kind === 'header' ? '.site-search-status' : '.search-page-status').textContent()) ?? '';
		measures.push({ query, files: traffic.files.slice(filesBefore), latency, bytes: after.bytes - before.bytes, pagefindBytes: after.pagefind - before.pagefind, status });
	}
	return measures;
}

/** Each query typed as a ticket subject on a fresh page (new context, empty cache). */
async function coldSuggestions(browser: import('@playwright/test').Browser, base: string, queries: string[]): Promise<Measure[]> {
	const measures: Measure[] = [];
	for (const query of queries) {
		const context = await browser.newContext({ locale: 'pt-BR' });
		await recordKeyTimes(context);
		const traffic = new Traffic(context);
		const page = await context.newPage();
		await page.goto(`${base}/abrir-ticket/`);
		await page.locator('#assunto, [name="subject"]').first().click();
		const latency = await typeAndMeasure(page, '[name="subject"]', { selector: 'ticket-intake', attribute: 'data-suggestions-for', value: query.trim().replace(/\s+/g, ' ') }, query);
		const after = await traffic.snapshot();
		const shown = await page.locator('[data-suggestions-list] li').count();
		measures.push({ query, files: traffic.files, latency, bytes: after.bytes, pagefindBytes: after.pagefind, status: `${shown} sugestões` });
		await context.close();
	}
	return measures;
}

function reportCold(measures: Measure[]): void {
	const latencies = measures.map((measure) => measure.latency).sort((a, b) => a - b);
	const bytes = measures.map((measure) => measure.bytes).sort((a, b) => a - b);
	console.log(`\nSugestões ao abrir ticket, página nova por assunto (${measures.length} assuntos; última tecla → sugestões na tela, pausa incluída)`);
	console.log(`  p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, máx ${latencies.at(-1)!.toFixed(0)} ms`);
	console.log(`  bytes por página (tudo, inclusive a página): mediana ${kb(percentile(bytes, 50))}, p95 ${kb(percentile(bytes, 95))}`);
	if (values.verbose) for (const measure of measures) console.log(`    ${measure.latency.toFixed(0).padStart(5)} ms ${kb(measure.bytes).padStart(10)}  ${measure.query}  → ${measure.status}`);
}

function report(title: string, measures: Measure[]): void {
	const [first, ...later] = measures;
	const latencies = later.map((measure) => measure.latency).sort((a, b) => a - b);
	const laterBytes = later.map((measure) => measure.bytes).sort((a, b) => a - b);
	console.log(`\n${title} (${measures.length} consultas; latência = última tecla → resultados na tela, inclui a espera de digitação)`);
	console.log(`  primeira consulta: ${first!.latency.toFixed(0)} ms, ${kb(first!.bytes)} baixados, dos quais ${kb(first!.pagefindBytes)} do Pagefind (runtime, worker, WebAssembly, metadados, índice, trechos)`);
	console.log(`  consultas seguintes: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, máx ${latencies.at(-1)!.toFixed(0)} ms`);
	console.log(
		`  bytes por consulta seguinte: mediana ${kb(percentile(laterBytes, 50))}, p95 ${kb(percentile(laterBytes, 95))}, total ${kb(laterBytes.reduce((sum, bytes) => sum + bytes, 0))}`,
	);
	if (values.verbose) {
		console.log('  arquivos da primeira consulta:');
		for (const file of first!.files) console.log(`    ${kb(file.bytes).padStart(10)}  ${file.path}`);
		for (const measure of measures) console.log(`    ${measure.latency.toFixed(0).padStart(5)} ms ${kb(measure.bytes).padStart(10)}  ${measure.query}  → ${measure.status}`);
	}
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((done) => setTimeout(done, 250));
	}
	throw new Error(`O servidor não respondeu em ${url}`);
}

const work = workDir('bench-search');
const corpus = generateCorpus(join(work, 'corpus'), articles);
const queries = sampleQueries(corpus, queryCount);
const dist = join(work, 'dist');
let server: ReturnType<typeof spawn> | undefined;
try {
	const built = performance.now();
	buildSite({ contentDir: corpus.dir, outDir: dist });
	const buildSeconds = (performance.now() - built) / 1000;
	const index = folderBytes(join(dist, 'pagefind'));

	server = spawn('npx', ['tsx', 'scripts/serve-site.ts', '--dist', dist, '--content', corpus.dir, '--port', values.port!, '--fresh-data'], {
		cwd: projectRoot,
		stdio: ['ignore', 'ignore', 'inherit'],
		detached: true,
	});
	const base = `http://127.0.0.1:${values.port}`;
	await waitForServer(`${base}/api/health`, 60_000);

	const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
	const results: [string, Measure[]][] = [];
	for (const kind of ['header', 'page'] as const) {
		const context = await browser.newContext({ locale: 'pt-BR' });
		await recordKeyTimes(context);
		const traffic = new Traffic(context);
		const page = await context.newPage();
		const url = kind === 'header' ? `${base}/faq/${corpus.articles[0]!.id}/` : `${base}/busca/`;
		results.push([kind === 'header' ? 'Busca do cabeçalho (Ctrl/⌘K) numa página de artigo' : 'Página /busca/ (com filtros e contagens)', await session(page, traffic, url, queries, kind)]);
		await context.close();
	}
	const cold = await coldSuggestions(browser, base, queries);
	await browser.close();

	const aids = readFileSync(join(dist, 'busca', 'vocabulario.json'));
	console.log(`corpus: ${articles} artigos gerados; build com índice em ${buildSeconds.toFixed(1)} s`);
	console.log(`índice Pagefind: ${index.files} arquivos, ${kb(index.bytes)} em disco`);
	console.log(`vocabulário e léxico (/busca/vocabulario.json): ${kb(aids.length)}, ${kb(gzipSync(aids).length)} com gzip`);
	console.log(`digitação: ${delay} ms entre teclas; espera antes de mostrar os resultados: ${SITE_SEARCH_PAUSE_MS} ms no cabeçalho e na /busca/`);
	for (const [title, measures] of results) report(title, measures);
	reportCold(cold);
} finally {
	if (server?.pid) {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	}
	if (!values.keep) rmSync(work, { recursive: true, force: true });
	else console.log(`\narquivos mantidos em ${work}`);
}

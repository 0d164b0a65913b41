/**
 * npm run eval:suggest -- <corpus> [--queries <arquivo.json>] [--delay 35] [--port 4530] [--quente] [--verbose]
 * Builds the site from a corpus (CONTENT_DIR), serves it with the ticket service, and in
 * chromium types each title of <corpus>/queries.json into "Assunto" on /abrir-ticket/, one key at
 * a time, as a person would. It reads the links under "Artigos sugeridos" and prints hit@1, hit@3
 * and MRR (titles with expected articles), the share of titles without an expected article that
 * showed nothing, and p50/p95 from the last keystroke to the suggestions in the page.
 * An evaluation, not a test: it prints figures and judges nothing.
 */
import { chromium, type Page } from '@playwright/test';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../src/server/config';
import { assertCorpusDir, MissingCorpusError } from '../src/utils/content-dir';
import { startSiteServer } from '../src/server/site-server';
import { buildSite } from './lib/build-site';
import { ascending, percentile } from './lib/stats';
import { workDir } from './lib/work-dir';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		delay: { type: 'string', default: '35' },
		port: { type: 'string', default: '4530' },
		verbose: { type: 'boolean', default: false },
		/** One page for every title (warm index) instead of a fresh page per title. */
		quente: { type: 'boolean', default: false },
		/** Another list of titles for the same corpus (default: <corpus>/queries.json). */
		queries: { type: 'string' },
	},
});
const corpusArg = positionals[0];
if (!corpusArg) {
	console.error('Use: npm run eval:suggest -- <pasta do corpus com queries.json>');
	process.exit(1);
}
const corpus = resolve(process.cwd(), corpusArg);
try {
	assertCorpusDir(corpus);
} catch (error) {
	if (!(error instanceof MissingCorpusError)) throw error;
	console.error(error.message);
	process.exit(1);
}
const queriesFile = values.queries ? resolve(process.cwd(), values.queries) : join(corpus, 'queries.json');
if (!existsSync(queriesFile)) {
	console.error(`O arquivo de títulos "${queriesFile}" não existe: crie-o na pasta do corpus ou indique outro com --queries.`);
	process.exit(1);
}
const queries = z
	.array(z.object({ title: z.string(), expected: z.array(z.string()), style: z.string().optional() }))
	.parse(JSON.parse(readFileSync(queriesFile, 'utf8')));

const work = workDir('eval-suggest');
const dist = join(work, 'dist');
console.log(`Gerando o site a partir de ${corpus}…`);
buildSite({ contentDir: corpus, outDir: dist });
const config = { ...loadConfig({ ...process.env, CONTENT_DIR: corpus, TICKET_API_DATA_DIR: join(work, 'data'), TICKET_API_RATE_LIMIT: '0' }, Number(values.port)), port: Number(values.port) };
const site = await startSiteServer({ distDir: dist, config });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

interface Outcome {
	title: string;
	expected: string[];
	shown: string[];
	latencyMs: number;
}
const outcomes: Outcome[] = [];
/** The intake page, freshly opened in a context of its own (no cache) unless warm mode shares one. */
async function openIntake(shared?: Page): Promise<{ page: Page; close: () => Promise<void> }> {
	if (shared) return { page: shared, close: async () => undefined };
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${site.server.url}/abrir-ticket/`);
	return { page, close: () => context.close() };
}

try {
	const warmPage = values.quente ? (await openIntake()).page : undefined;
	for (const query of queries) {
		const { page, close } = await openIntake(warmPage);
		const subject = page.locator('ticket-intake').getByRole('textbox', { name: /Assunto/ });
		await subject.waitFor();
		// Start from an empty subject, as a new ticket would.
		await subject.fill('');
		await page.locator('ticket-intake:not([data-suggestions-for]), ticket-intake[data-suggestions-for=""]').waitFor({ timeout: 5_000 }).catch(() => undefined);
		const normalized = query.title.trim().replace(/\s+/g, ' ');
		// Time of the last keystroke and of the list answering this subject, both in the page's clock.
		await page.evaluate((expected) => {
			const host = document.querySelector('ticket-intake') as HTMLElement;
			const state = window as unknown as { __lastKey: number; __shown: Promise<number> };
			document.addEventListener('keydown', () => (state.__lastKey = performance.now()), { capture: true });
			state.__shown = new Promise((done) => {
				const observer = new MutationObserver(() => {
					if (host.dataset.suggestionsFor === expected) {
						observer.disconnect();
						done(performance.now());
					}
				});
				observer.observe(host, { attributes: true, attributeFilter: ['data-suggestions-for'] });
			});
		}, normalized);
		await subject.click();
		await page.keyboard.type(query.title, { delay: Number(values.delay) });
		const latencyMs = await page.evaluate(async () => {
			const state = window as unknown as { __lastKey: number; __shown: Promise<number> };
			const shownAt = await Promise.race([state.__shown, new Promise<number>((done) => setTimeout(() => done(Number.NaN), 5_000))]);
			return shownAt - state.__lastKey;
		});
		const region = page.getByRole('region', { name: 'Artigos sugeridos' });
		const hrefs = (await region.isVisible()) ? await region.getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')) : [];
		const shown = hrefs.map((href) => href.replace(/^\/faq\//, '').replace(/\/$/, ''));
		outcomes.push({ title: query.title, expected: query.expected, shown, latencyMs });
		await close();
		if (values.verbose) console.log(`${latencyMs.toFixed(0).padStart(5)} ms  ${query.title}  →  ${shown.slice(0, 3).join(', ') || '(nada)'}`);
	}
} finally {
	await browser.close();
	await site.close();
	rmSync(work, { recursive: true, force: true });
}

const positive = outcomes.filter((outcome) => outcome.expected.length > 0);
const negative = outcomes.filter((outcome) => outcome.expected.length === 0);
const rankOf = (outcome: Outcome) => outcome.shown.findIndex((id) => outcome.expected.includes(id));
const hitAt = (k: number) => positive.filter((outcome) => rankOf(outcome) >= 0 && rankOf(outcome) < k).length / positive.length;
const mrr = positive.reduce((sum, outcome) => sum + (rankOf(outcome) >= 0 ? 1 / (rankOf(outcome) + 1) : 0), 0) / positive.length;
const silent = negative.filter((outcome) => outcome.shown.length === 0).length / negative.length;
const latencies = ascending(outcomes.map((outcome) => outcome.latencyMs).filter(Number.isFinite));
const timedOut = outcomes.length - latencies.length;

console.log(`\nCorpus: ${corpus} (${queries.length} títulos: ${positive.length} com artigo esperado, ${negative.length} sem)`);
console.log(`hit@1: ${hitAt(1).toFixed(3)}`);
console.log(`hit@3: ${hitAt(3).toFixed(3)}`);
console.log(`MRR: ${mrr.toFixed(3)}`);
console.log(`sem artigo esperado e nada mostrado: ${negative.length ? silent.toFixed(3) : 'n/a'}`);
console.log(`última tecla → sugestões: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms${timedOut ? ` (${timedOut} sem resposta em 5 s)` : ''}`);
for (const outcome of positive.filter((entry) => rankOf(entry) !== 0)) {
	console.log(`  fora do 1º lugar: "${outcome.title}" → ${outcome.shown.slice(0, 3).join(', ') || '(nada)'} (esperado ${outcome.expected.join(' ou ')})`);
}
for (const outcome of negative.filter((entry) => entry.shown.length > 0)) {
	console.log(`  ruído: "${outcome.title}" → ${outcome.shown.slice(0, 3).join(', ')}`);
}

/**
 * npm run relatorio -- [--desde AAAA-MM-DD] [--saida pasta]
 * Writes the editors' report (index.html and CSV files) from the ticket service's database in
 * TICKET_API_DATA_DIR (default data/), with titles and names from CONTENT_DIR.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReport, checkSince } from '../src/report/figures';
import { pageTitles } from '../src/report/titles';
import { writeReport } from '../src/report/write';
import { loadConfigOrExit } from '../src/server/cli';
import { DATABASE_FILE, openTicketStore } from '../src/server/storage';
import { readCatalog } from '../src/utils/catalog';
import { countOf } from '../src/utils/plural';

const NOUNS = {
	session: { one: 'sessão', many: 'sessões' },
	ticket: { one: 'ticket', many: 'tickets' },
	resolved: { one: 'resolvida por um artigo', many: 'resolvidas por um artigo' },
	answer: { one: 'resposta', many: 'respostas' },
	csv: { one: 'arquivo CSV', many: 'arquivos CSV' },
};

const USAGE = `Uso:
  npm run relatorio -- [--desde AAAA-MM-DD] [--saida pasta]
    --desde  primeiro dia contado (padrão: todo o período registrado)
    --saida  pasta do relatório (padrão: data/relatorio)`;

function fail(message: string): never {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(1);
}

let values: { desde?: string; saida?: string };
try {
	({ values } = parseArgs({ options: { desde: { type: 'string' }, saida: { type: 'string' } } }));
} catch (error) {
	// node's message is in English; the option it names is what the editor needs.
	const named = /'([^']+)'/.exec((error as Error).message)?.[1];
	fail(named ? `Não entendi "${named}": confira as opções e o valor de cada uma.` : 'Não entendi as opções da linha de comando.');
}

const since = values.desde?.trim() || undefined;
const problem = since === undefined ? undefined : checkSince(since);
if (problem) fail(problem);

const config = loadConfigOrExit(process.env);
if (!existsSync(join(config.dataDir, DATABASE_FILE))) {
	fail(`Não há banco do serviço de tickets em ${join(config.dataDir, DATABASE_FILE)}. Defina TICKET_API_DATA_DIR com a pasta do banco.`);
}
const outDir = resolve(values.saida?.trim() || join(config.dataDir, 'relatorio'));

const catalog = readCatalog(config.contentDir);
const labels = {
	products: new Map(catalog.products.map((product) => [product.id, product.name])),
	modules: new Map(catalog.modules.map((module) => [module.id, module.name])),
};
const store = openTicketStore(config.dataDir);
try {
	const report = buildReport(store.database, { since, titles: pageTitles(config.contentDir) });
	const files = await writeReport(outDir, report, labels);
	const shown = relative(process.cwd(), files[0]!);
	const { sessions, tickets, resolved, feedback } = report.totals;
	console.log(`Relatório gravado em ${shown.startsWith('..') ? files[0] : shown} (e ${countOf(files.length - 1, NOUNS.csv)} ao lado).`);
	console.log(
		`  ${countOf(sessions, NOUNS.session)}, ${countOf(tickets, NOUNS.ticket)}, ${countOf(resolved, NOUNS.resolved)}, ${countOf(feedback, NOUNS.answer)} a “Isso foi útil?”.`,
	);
} finally {
	store.close();
}

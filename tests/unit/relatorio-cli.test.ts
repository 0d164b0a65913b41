import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/server/storage';
import { seedReportDatabase } from '../fixtures/report/seed';
import { removeDir, tempDir } from '../service/helpers';

/** `npm run relatorio` as an editor runs it, over a throw-away data folder. */
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

function folder(prefix: string): string {
	const dir = tempDir(prefix);
	dirs.push(dir);
	return dir;
}

function relatorio(dataDir: string, args: string[]) {
	return spawnSync('npx', ['tsx', 'scripts/relatorio.ts', ...args], {
		env: { ...process.env, TICKET_API_DATA_DIR: dataDir, CONTENT_DIR: 'tests/fixtures/faq-corpus' },
		encoding: 'utf8',
	});
}

describe('npm run relatorio', () => {
	it('refuses a day that does not exist, in pt-BR, and writes nothing', () => {
		const dataDir = folder('relatorio-data-');
		seedReportDatabase(dataDir);
		const result = relatorio(dataDir, ['--desde', '2026-02-30']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('A data inicial deve ser um dia válido no formato AAAA-MM-DD, como 2026-11-01; recebido "2026-02-30".');
		expect(result.stderr).toContain('npm run relatorio -- [--desde AAAA-MM-DD] [--saida pasta]');
		expect(existsSync(join(dataDir, 'relatorio'))).toBe(false);
	}, 60_000);

	it('refuses an option it does not know, naming it', () => {
		const dataDir = folder('relatorio-data-');
		seedReportDatabase(dataDir);
		const result = relatorio(dataDir, ['--ate', '2026-11-30']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Não entendi "--ate": confira as opções e o valor de cada uma.');
		expect(existsSync(join(dataDir, 'relatorio'))).toBe(false);
	}, 60_000);

	it('says where it looked when there is no database, without creating one', () => {
		const dataDir = folder('relatorio-vazio-');
		const result = relatorio(dataDir, []);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`Não há banco do serviço de tickets em ${join(dataDir, DATABASE_FILE)}. Defina TICKET_API_DATA_DIR com a pasta do banco.`,
		);
		expect(readdirSync(dataDir)).toEqual([]);
	}, 60_000);

	it('counts from the day given in --desde: the page says so and its totals are those of the period', () => {
		const dataDir = folder('relatorio-data-');
		const outDir = join(folder('relatorio-saida-'), 'novembro');
		seedReportDatabase(dataDir);
		const result = relatorio(dataDir, ['--desde', '2026-11-20', '--saida', outDir]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		// From 20/11: 2 tickets, 1 "Isso resolveu" and 2 answers to "Isso foi útil?" in the seed.
		expect(result.stdout).toContain('e 9 arquivos CSV ao lado');
		expect(result.stdout).toContain('3 sessões, 2 tickets, 1 resolvida por um artigo, 2 respostas a “Isso foi útil?”.');
		const html = readFileSync(join(outDir, 'index.html'), 'utf8');
		expect(html).toContain('<p>Período: desde 20/11/2026. Gerado em');
		const totals = [...html.matchAll(/<dt>([^<]+)<\/dt><dd>([^<]+)<\/dd>/g)].map(([, name, value]) => [name, value]);
		expect(totals).toEqual([
			['Sessões', '3'],
			['Tickets', '2'],
			['Resolvidas por um artigo', '1'],
			['Resolvidas sem ticket', '33,3%'],
			['Respostas a “Isso foi útil?”', '2'],
		]);
		expect(readdirSync(outDir).filter((file) => file.endsWith('.csv'))).toHaveLength(9);
	}, 60_000);
});

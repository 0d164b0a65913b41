import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableCsv } from './csv';
import type { Report } from './figures';
import { reportHtml } from './html';
import { type ReportLabels, reportTables } from './tables';

/** Writes index.html and one CSV per table into `outDir`; returns the files written. */
export async function writeReport(outDir: string, report: Report, labels: ReportLabels = {}): Promise<string[]> {
	mkdirSync(outDir, { recursive: true });
	const files: string[] = [];
	for (const table of Object.values(reportTables(report, labels))) {
		const file = join(outDir, `${table.file}.csv`);
		writeFileSync(file, tableCsv(table));
		files.push(file);
	}
	const index = join(outDir, 'index.html');
	writeFileSync(index, await reportHtml(report, labels));
	return [index, ...files];
}

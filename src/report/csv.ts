import { stringify } from 'csv-stringify/sync';
import type { ReportTable } from './tables';

/**
 * A table as CSV for spreadsheets set to pt-BR: ";" between cells (the comma is the decimal
 * mark there) and a UTF-8 byte order mark, so accents open correctly.
 */
export function tableCsv(table: ReportTable): string {
	return stringify([table.columns, ...table.rows], { delimiter: ';', bom: true, record_delimiter: 'windows' });
}

/**
 * CSV output: RFC 4180 quoting, raw values (shares as fractions, no separators), one header row. A text
 * cell that a spreadsheet would run as a formula (starting =, +, -, @) is prefixed with ' unless `raw`.
 */
import type { CellValue, ReportTable } from '../report/report';
import type { Write } from './table';

export function renderCsv(table: ReportTable, write: Write, options: { raw?: boolean } = {}): void {
  write(csvHeader(table.columns));
  for (const row of table.rows) write(csvLine(row.cells, options.raw ?? false));
}

/** The header line: the columns' machine names. */
export function csvHeader(columns: ReportTable['columns']): string {
  return `${columns.map((c) => csvField(c.key)).join(',')}\n`;
}

/** One record line (a streamed table writes these as its rows become known). */
export function csvLine(cells: readonly CellValue[], raw: boolean): string {
  return `${cells.map((value) => csvCell(value, raw)).join(',')}\n`;
}

function csvCell(value: CellValue, raw: boolean): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return csvField(raw ? value : defuseFormula(value));
}

/** Spreadsheets treat a cell starting with =, +, -, @ (or a tab/CR before them) as a formula (OWASP "CSV injection"). */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The area map (`--area-map FILE`): CSV with a header `old,new[,council]` naming an area (or its code) in
 * the earlier election and the area it became in the later one, for renamed or notional areas.
 *
 *     old,new,council
 *     St Peter's Parish,St Peter's,Worcester
 */
import { DataError, InputError } from '../errors';
import type { AreaMapEntry } from '../core/match';
import { CsvScanner } from './csv';
import { headerKey } from './layouts/layout';

const oldNames = ['old', 'before', 'from', 'previous'];
const newNames = ['new', 'after', 'to', 'current'];

export function parseAreaMap(text: string, file: string): AreaMapEntry[] {
  const records: { cells: string[]; line: number }[] = [];
  const scanner = new CsvScanner(file, (cells, line) => records.push({ cells, line }));
  scanner.push(text.replace(/^\uFEFF/, ''));
  scanner.end();
  const [header, ...rows] = records;
  if (!header) throw new InputError(file, 'empty area map: expected a header old,new[,council]');
  const columns = header.cells.map(headerKey);
  const find = (names: readonly string[]) => columns.findIndex((c) => names.includes(c));
  const oldColumn = find(oldNames);
  const newColumn = find(newNames);
  const councilColumn = find(['council']);
  if (oldColumn === -1 || newColumn === -1) {
    throw new InputError(file, `the area map needs columns "old" and "new" (found: ${header.cells.join(', ')})`);
  }
  return rows
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
    .map(({ cells, line }) => {
      const origin = { file, line };
      const cell = (column: number) => (column === -1 ? '' : (cells[column] ?? '').trim());
      const before = cell(oldColumn);
      const after = cell(newColumn);
      if (before === '') throw new DataError(origin, 'old area is blank');
      if (after === '') throw new DataError(origin, `new area is blank (for ${JSON.stringify(before)})`);
      const council = cell(councilColumn);
      return { before, after, council: council === '' ? null : council, origin };
    });
}

/**
 * The small CSV files that go beside the results (`--parties`, `--area-map`, `--before FILE`): a header row
 * naming the columns, then one record per line. One reader for all of them, so they agree on the things a
 * user notices: a byte-order mark is ignored, header names compare as the layouts' do (`headerKey`: case,
 * space, `_` and `-` do not matter), records with every cell blank carry nothing and are skipped (the
 * scanner already skips blank lines), and a missing column is told in one wording with the header found.
 */
import { InputError, type Origin } from '../errors';
import { CsvScanner } from './csv';
import { HeaderIndex } from './layouts/header';

/** A column of a side file. */
export interface SideColumn {
  /** The header names it goes by; messages call it by the first. */
  readonly names: readonly string[];
  /** The file must have it. */
  readonly required?: boolean;
  /** For an optional column the missing-column message names: when it is needed ("for many councils"). */
  readonly neededFor?: string;
}

export interface SideFile<Key extends string> {
  /** What the file is, in messages: "area map", "composition file", "party file". */
  readonly what: string;
  /** The header it expects, for the message on an empty file: "old,new[,council]". */
  readonly header: string;
  readonly columns: Readonly<Record<Key, SideColumn>>;
}

export interface SideRecord<Key extends string> {
  /** The file and the line the record starts on. */
  readonly origin: Origin;
  /** Each column's cell, trimmed; '' when the file has no such column or the row is short. */
  readonly cells: Readonly<Record<Key, string>>;
}

/**
 * The records of a side file, keyed by its columns, in file order. Throws an InputError naming the file when
 * it is empty or lacks a required column:
 *
 *     map.csv: the area map needs columns "old" and "new" (found: from_ward, to_ward)
 */
export function readSideCsv<Key extends string>(text: string, file: string, spec: SideFile<Key>): SideRecord<Key>[] {
  const records: { cells: string[]; line: number }[] = [];
  const scanner = new CsvScanner(file, (cells, line) => records.push({ cells, line }));
  scanner.push(text.replace(/^\uFEFF/, ''));
  scanner.end();
  const [header, ...rows] = records;
  if (!header) throw new InputError(file, `empty ${spec.what}: expected a header ${spec.header}`);
  const index = new HeaderIndex(header.cells);
  const keys = Object.keys(spec.columns) as Key[];
  const columns = keys.map((key) => ({ key, column: index.find(...spec.columns[key].names) }));
  const required = keys.filter((key) => spec.columns[key].required);
  if (columns.some(({ key, column }) => column === undefined && spec.columns[key].required)) {
    throw new InputError(file, missingColumnsText(spec, required, header.cells));
  }
  return rows
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''))
    .map(({ cells, line }) => ({
      origin: { file, line },
      cells: Object.fromEntries(
        columns.map(({ key, column }) => [key, column === undefined ? '' : (cells[column] ?? '').trim()]),
      ) as Record<Key, string>,
    }));
}

/** `the composition file needs columns "party" and "seats", and "council" for many councils (found: ...)` */
function missingColumnsText<Key extends string>(spec: SideFile<Key>, required: readonly Key[], header: readonly string[]): string {
  const name = (key: Key) => JSON.stringify(spec.columns[key].names[0]);
  const names = required.map(name);
  const listed = names.length === 1 ? `column ${names[0]}` : `columns ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const optional = (Object.keys(spec.columns) as Key[])
    .filter((key) => spec.columns[key].neededFor !== undefined)
    .map((key) => `, and ${name(key)} ${spec.columns[key].neededFor}`)
    .join('');
  return `the ${spec.what} needs ${listed}${optional} (found: ${header.map((h) => h.trim()).join(', ')})`;
}

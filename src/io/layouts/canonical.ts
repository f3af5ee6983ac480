/**
 * The canonical long layout: one row per candidate,
 * `ward,candidate,party,votes[,elected][,seats][,council][,electorate][,ballots][,rejected][,code][,defending][,system]`.
 * Header names are case-insensitive and `area`, `constituency` and `division` stand for `ward`.
 */
import { DataError, InputError, type Origin } from '../../errors';
import { parseCount, parseDecimal, parseFlag, parsePositiveCount, parseSystem, parseText, RepeatedText, type CountWriting } from '../cells';
import type { RecordReading } from '../rows';
import { headerKey, type Layout, type LayoutReader } from './layout';

type Field =
  | 'area'
  | 'candidate'
  | 'party'
  | 'votes'
  | 'elected'
  | 'seats'
  | 'council'
  | 'electorate'
  | 'ballots'
  | 'rejected'
  | 'code'
  | 'defending'
  | 'system'
  | 'quota';

/** Accepted header names for each field (compared with headerKey). */
const aliases: Record<Field, readonly string[]> = {
  area: ['ward', 'area', 'constituency', 'division', 'ward name', 'area name', 'constituency name', 'division name'],
  candidate: ['candidate', 'candidate name', 'name'],
  party: ['party', 'party name', 'description'],
  votes: ['votes', 'votes cast', 'vote'],
  elected: ['elected'],
  seats: ['seats', 'seats contested', 'vacancies'],
  council: ['council', 'council name', 'authority', 'local authority'],
  electorate: ['electorate', 'registered electors'],
  ballots: ['ballots', 'ballot papers', 'ballot papers counted', 'total poll'],
  rejected: ['rejected', 'rejected ballots', 'invalid votes'],
  code: ['code', 'ward code', 'area code', 'gss code', 'ons code', 'constituency code'],
  defending: ['defending'],
  system: ['system', 'voting system', 'electoral system'],
  quota: ['quota'],
};

const required: readonly Field[] = ['area', 'candidate', 'party', 'votes'];

const fieldByHeader = new Map<string, Field>(
  (Object.entries(aliases) as [Field, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [headerKey(name), field] as const),
  ),
);

/** The canonical layout's columns, in the order `results formats` lists them; also the fields a --map file can name. */
export const canonicalColumns = [
  'ward',
  'candidate',
  'party',
  'votes',
  'elected',
  'seats',
  'council',
  'electorate',
  'ballots',
  'rejected',
  'code',
  'defending',
  'system',
  'quota',
] as const;

export const canonicalLayout: Layout = {
  name: 'canonical',
  splittable: true,
  title: 'one row per candidate: ward,candidate,party,votes[,elected,seats,council,electorate,ballots,rejected,code,defending]',
  columns: [...canonicalColumns],
  headerless: false,
  match(header) {
    const fields = new Set(header.map((name) => fieldByHeader.get(headerKey(name))));
    const found = required.filter((field) => fields.has(field)).length;
    return found === required.length ? 1 : found / (required.length + 1);
  },
  open(header, file) {
    return new CanonicalReader(header, file);
  },
};

/**
 * The canonical reader for a file that writes its numbers its own way (a `--map` with `"decimalPoint": true`:
 * counts written `2241.00000` are whole numbers, `12.5` is still refused).
 */
export function canonicalReader(header: readonly string[], file: string, written: CountWriting): LayoutReader {
  return new CanonicalReader(header, file, written);
}

class CanonicalReader implements LayoutReader {
  /** Each field's column, or -1 when the file has none (its cell reads as blank). */
  private readonly column: Record<Field, number>;
  private readonly width: number;
  /** The council and area cells of the record before, as written and as read: the rows of a contest repeat them. */
  private readonly council = new RepeatedText();
  private readonly area = new RepeatedText();

  constructor(
    header: readonly string[],
    file: string,
    private readonly written: CountWriting = {},
  ) {
    this.width = header.length;
    this.column = canonicalFields(header, file);
  }

  read(cells: readonly string[], origin: Origin): RecordReading {
    const column = this.column;
    // Called for every row of a file of millions: each cell is read by its column number, and a column the
    // file does not have is blank without being parsed.
    const cell = (index: number): string => cellAt(cells, index);
    // A row whose ward is not blank, of the header's width, is neither of the two checked first.
    if (cells.length !== this.width || cell(column.area).trim() === '') {
      // A row of empty cells (",,,,," left below the data by a spreadsheet) holds nothing to lose.
      if (cells.every((c) => c.trim() === '')) return { setAside: 'blank' };
      if (cells.length !== this.width) {
        throw new DataError(origin, `ragged row: ${cells.length} fields where the header has ${this.width}`, 'ragged-row');
      }
    }
    const area = this.area.read(cell(column.area));
    if (area === '') throw new DataError(origin, 'ward is blank', 'blank-cell');
    const candidate = parseText(cell(column.candidate));
    // A ward with nobody in it: no candidate, no party, no votes. In a long layout a ward with no candidates
    // can only be written like this (no nominations, or a placeholder row); it holds no result to count, so
    // the row is set aside and counted (an error under --strict). A blank name with a party or votes is an
    // error: it would lose a result.
    if (candidate === '' && [column.party, column.votes, column.elected].every((index) => cell(index).trim() === '')) {
      return { setAside: 'a row with a ward but no candidate' };
    }
    if (candidate === '') throw new DataError(origin, `candidate is blank (in ${JSON.stringify(area)})`, 'blank-cell');
    const council = column.council === -1 ? '' : this.council.read(cell(column.council));
    const code = column.code === -1 ? '' : parseText(cell(column.code));
    const defending = column.defending === -1 ? '' : parseText(cell(column.defending));
    const written = this.written;
    const count = (index: number, what: string): number | null =>
      index === -1 ? null : parseCount(cellAt(cells, index), what, origin, written);
    return [
      {
        council: council === '' ? null : council,
        area,
        code: code === '' ? null : code,
        candidate,
        party: parseText(cell(column.party)),
        votes: parseCount(cell(column.votes), 'votes', origin, written),
        elected: column.elected === -1 ? null : parseFlag(cell(column.elected), 'elected', origin),
        seats: column.seats === -1 ? null : parsePositiveCount(cell(column.seats), 'seats', origin, written),
        electorate: count(column.electorate, 'electorate'),
        ballots: count(column.ballots, 'ballots'),
        rejected: count(column.rejected, 'rejected'),
        defending: defending === '' ? null : defending,
        cancelled: false,
        system: column.system === -1 ? undefined : parseSystem(cell(column.system), origin),
        quota: column.quota === -1 ? undefined : parseDecimal(cell(column.quota), 'quota', origin),
        origin,
      },
    ];
  }
}

/**
 * Each canonical field's column in a header, or -1 when the file has none; throws on a duplicate or missing
 * column (the reader's rule, shared with the worker's byte path, cli/byte-part.ts).
 */
export function canonicalFields(header: readonly string[], file: string): Record<Field, number> {
  const index: Partial<Record<Field, number>> = {};
  header.forEach((name, column) => {
    const field = fieldByHeader.get(headerKey(name));
    if (field === undefined) return;
    const previous = index[field];
    if (previous !== undefined) {
      throw new InputError(
        `${file}:1`,
        `duplicate column for ${field}: ${JSON.stringify(header[previous])} (column ${previous + 1}) and ${JSON.stringify(name)} (column ${column + 1})`,
        { code: 'duplicate-column' },
      );
    }
    index[field] = column;
  });
  const missing = required.filter((field) => index[field] === undefined);
  if (missing.length > 0) {
    throw new InputError(
      file,
      `missing column ${missing.map((f) => JSON.stringify(f)).join(', ')} (found: ${header.map((h) => h.trim()).join(', ')})`,
      { code: 'missing-column' },
    );
  }
  return Object.fromEntries(Object.keys(aliases).map((field) => [field, index[field as Field] ?? -1])) as Record<Field, number>;
}

/** A record's cell by column number; a column the file does not have (-1) is blank. */
function cellAt(cells: readonly string[], index: number): string {
  return index === -1 ? '' : (cells[index] ?? '');
}

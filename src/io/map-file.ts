/**
 * The column map (`--map FILE`): a small JSON file that reads a layout we have never seen as the
 * canonical one. Every key is optional except that ward, candidate, party and votes must come from
 * somewhere (a column, composed columns or a constant):
 *
 *     {
 *       "columns":   { "ward": "Ward Name", "party": "Party", "votes": "Total Votes", "elected": "Result" },
 *       "compose":   { "candidate": ["Forename", "Surname"] },
 *       "constants": { "council": "Worcester" },
 *       "values":    { "party": { "Lab Co-op": "Labour and Co-operative" }, "elected": { "Elected": "1", "Not elected": "0" } },
 *       "sum":       false,
 *       "decimalPoint": false
 *     }
 *
 * - `columns`: canonical field → the file's column name (compared without case, surrounding space or `_`/`-`).
 * - `compose`: canonical field → columns joined with a space, blanks skipped (first name + surname).
 * - `constants`: canonical field → the same value on every row (the council's name, a seat count).
 * - `values`: canonical field → { value as written → value to use }, applied after the above.
 * - `sum`: true when rows are partial counts (one per polling district or precinct) to be summed per candidate.
 * - `decimalPoint`: true when "." is a decimal point in the file (an STV export with decimal transfer values):
 *   counts written `2241.00000` are read as whole numbers; `12.5` votes are still refused; the quota may be
 *   fractional either way.
 *
 * Canonical fields: ward (or area), candidate, party, votes, elected, seats, council, electorate, ballots,
 * rejected, code, defending, system (`stv` or `plurality`, usually a constant: `"constants": {"system": "stv"}`),
 * quota.
 */
import { InputError } from '../errors';
import { canonicalColumns, canonicalReader } from './layouts/canonical';
import { HeaderIndex } from './layouts/header';
import type { Layout, LayoutReader } from './layouts/layout';

/** The fields a map can name: the canonical layout's columns. */
export const mapFields = canonicalColumns;
type MapField = (typeof mapFields)[number];

export interface ColumnMap {
  readonly columns: Partial<Record<MapField, string>>;
  readonly compose: Partial<Record<MapField, readonly string[]>>;
  readonly constants: Partial<Record<MapField, string>>;
  readonly values: Partial<Record<MapField, Readonly<Record<string, string>>>>;
  readonly sum: boolean;
  /** "." is a decimal point in the file: whole-number fields accept `2241.00000`. */
  readonly decimalPoint: boolean;
}

/** Parses and checks a map file; every mistake names the file and the key. */
export function parseMapFile(text: string, file: string): ColumnMap {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(file, `not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(json)) throw new InputError(file, 'a map file is a JSON object with "columns", "compose", "constants", "values"');
  const known = new Set(['columns', 'compose', 'constants', 'values', 'sum', 'decimalPoint', 'description', '$comment']);
  for (const key of Object.keys(json)) {
    if (!known.has(key))
      throw new InputError(file, `unknown key ${JSON.stringify(key)} (expected columns, compose, constants, values, sum, decimalPoint)`);
  }
  const section = <T>(key: string, check: (value: unknown) => value is T, expected: string): Partial<Record<MapField, T>> => {
    const value = json[key] ?? {};
    if (!isObject(value)) throw new InputError(file, `"${key}" must be an object of field → ${expected}`);
    for (const [field, entry] of Object.entries(value)) {
      const canonical = field === 'area' ? 'ward' : field;
      if (!(mapFields as readonly string[]).includes(canonical)) {
        throw new InputError(file, `"${key}.${field}": unknown field (expected ${mapFields.join(', ')})`);
      }
      if (!check(entry)) throw new InputError(file, `"${key}.${field}" must be ${expected}`);
    }
    return Object.fromEntries(Object.entries(value).map(([field, entry]) => [field === 'area' ? 'ward' : field, entry]));
  };
  const map: ColumnMap = {
    columns: section('columns', isString, 'a column name'),
    compose: section('compose', (v): v is string[] => Array.isArray(v) && v.length > 0 && v.every(isString), 'a list of column names'),
    constants: section('constants', isString, 'a string'),
    values: section(
      'values',
      (v): v is Record<string, string> => isObject(v) && Object.values(v).every(isString),
      'an object of value → value',
    ),
    sum: json['sum'] === true,
    decimalPoint: json['decimalPoint'] === true,
  };
  for (const key of ['sum', 'decimalPoint']) {
    if (json[key] !== undefined && typeof json[key] !== 'boolean') throw new InputError(file, `"${key}" must be true or false`);
  }
  const system = map.constants.system;
  if (system !== undefined && !['stv', 'plurality', 'fptp', 'bloc'].includes(system.trim().toLowerCase())) {
    throw new InputError(file, `"constants.system" must be "stv" or "plurality", got ${JSON.stringify(system)}`);
  }
  for (const field of ['ward', 'candidate', 'party', 'votes'] as const) {
    if (map.columns[field] === undefined && map.compose[field] === undefined && map.constants[field] === undefined) {
      throw new InputError(file, `no source for ${JSON.stringify(field)}: give it in "columns", "compose" or "constants"`);
    }
  }
  return map;
}

/** A layout reading files through the map into the canonical layout's rows (and its checks). */
export function mappedLayout(map: ColumnMap, mapFile: string): Layout {
  return {
    name: 'map',
    title: `columns mapped by ${mapFile}`,
    columns: mapFields,
    headerless: false,
    sums: map.sum,
    splittable: true,
    match: () => 1,
    open(header, file) {
      return new MappedReader(map, mapFile, new HeaderIndex(header), file);
    },
  };
}

class MappedReader implements LayoutReader {
  private readonly sources: { field: MapField; columns: number[]; constant: string | null }[] = [];
  private readonly canonical: LayoutReader;

  constructor(
    private readonly map: ColumnMap,
    mapFile: string,
    index: HeaderIndex,
    file: string,
  ) {
    const column = (name: string, field: MapField) => {
      const found = index.find(name);
      if (found === undefined) {
        throw new InputError(
          file,
          `column ${JSON.stringify(name)} (for ${field}, from ${mapFile}) is not in the file (found: ${index.header.map((h) => h.trim()).join(', ')})`,
        );
      }
      return found;
    };
    for (const field of mapFields) {
      const named = map.columns[field];
      const composed = map.compose[field];
      const constant = map.constants[field];
      if (named !== undefined) this.sources.push({ field, columns: [column(named, field)], constant: null });
      else if (composed !== undefined) this.sources.push({ field, columns: composed.map((name) => column(name, field)), constant: null });
      else if (constant !== undefined) this.sources.push({ field, columns: [], constant });
    }
    this.canonical = canonicalReader(
      this.sources.map((s) => s.field),
      file,
      { decimalPoint: map.decimalPoint },
    );
  }

  read(cells: readonly string[], origin: { file: string; line: number }) {
    const mapped = this.sources.map(({ field, columns, constant }) => {
      const value =
        constant ??
        columns
          .map((c) => (cells[c] ?? '').trim())
          .filter((part) => part !== '')
          .join(' ');
      return this.map.values[field]?.[value] ?? value;
    });
    return this.canonical.read(mapped, origin);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

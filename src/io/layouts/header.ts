/**
 * Finding columns in a header by their accepted names, shared by the layouts that have a header.
 * Names compare with `headerKey` (case, surrounding space and `_`/`-`/space do not matter), so
 * `Candidate first name`, `candidate_first_name` and `CANDIDATE FIRST NAME ` are one column.
 */
import { InputError } from '../../errors';
import { headerKey } from './layout';

export class HeaderIndex {
  private readonly byKey = new Map<string, number>();

  constructor(readonly header: readonly string[]) {
    header.forEach((name, column) => {
      const key = headerKey(name);
      // The first of duplicated names wins (Wayne County 2024 repeats `office`); `others` sees the rest.
      if (key !== '' && !this.byKey.has(key)) this.byKey.set(key, column);
    });
  }

  /** The column of the first accepted name present, or undefined. */
  find(...names: readonly string[]): number | undefined {
    for (const name of names) {
      const column = this.byKey.get(headerKey(name));
      if (column !== undefined) return column;
    }
    return undefined;
  }

  has(...names: readonly string[]): boolean {
    return this.find(...names) !== undefined;
  }

  /** Like `find`, but a missing column is an InputError naming the layout, the column and the header found. */
  require(file: string, layout: string, ...names: readonly string[]): number {
    const column = this.find(...names);
    if (column === undefined) {
      throw new InputError(
        file,
        `missing column ${JSON.stringify(names[0])} for the ${layout} layout (found: ${this.header.map((h) => h.trim()).join(', ')})`,
      );
    }
    return column;
  }

  /** The fraction of `names` present: how well a header fits a layout's required columns. */
  score(names: readonly (readonly string[])[]): number {
    return names.filter((alternatives) => this.has(...alternatives)).length / names.length;
  }
}

/** A cell by column, '' when the column is absent or the row is short. */
export function cellAt(cells: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : (cells[column] ?? '');
}

/**
 * What the wide layouts (commons-constituency, commons-1918, wide) share: one row per area and one column
 * per party holding that party's votes, where a blank or 0 means the party did not stand there.
 */
import { DataError, type Origin } from '../../errors';
import { parseCount, parseText } from '../cells';
import { cellAt } from './header';

/** A party column: where it is and the party it stands for. */
export interface PartyColumn {
  readonly column: number;
  readonly party: string;
}

/** The header's party columns, in header order: every named column (trimmed) that `isParty` keeps. */
export function partyColumns(header: readonly string[], isParty: (column: number, party: string) => boolean): PartyColumn[] {
  return header
    .map((name, column) => ({ column, party: name.trim() }))
    .filter(({ column, party }) => party !== '' && isParty(column, party));
}

/** A party's votes in one row, or null when it did not stand there (the cell is blank or 0). */
export function standingVotes(cell: string, party: string, origin: Origin): number | null {
  const votes = parseCount(cell, `votes for ${party}`, origin);
  return votes === null || votes === 0 ? null : votes;
}

/**
 * The row's area from its column; a row with every cell blank is set aside as an empty row, and a blank
 * area in a row with figures is an error naming the column (`what`).
 */
export function areaOrEmptyRow(
  cells: readonly string[],
  column: number,
  what: string,
  origin: Origin,
): string | { readonly setAside: string } {
  const area = parseText(cellAt(cells, column));
  if (area !== '') return area;
  if (cells.every((c) => c.trim() === '')) return { setAside: 'empty rows' };
  throw new DataError(origin, `${what} is blank`);
}

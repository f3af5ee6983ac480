/**
 * The shape every human-readable view is built in before it is rendered: blocks of a heading line and a
 * table, then notes. Report builders (tally, swing, ...) own the column labels; renderers
 * (table, markdown, csv) own the characters.
 */

export type CellValue = string | number | boolean | null;

/** How a column's values are shown: counts with separators, net changes in seats signed, shares as percentages, changes in share signed points. */
export type ColumnType = 'text' | 'count' | 'net' | 'share' | 'change' | 'flag' | 'party';

export interface Column {
  /** The machine name (csv header). */
  readonly key: string;
  /** The human label (table and markdown header). */
  readonly label: string;
  readonly type: ColumnType;
}

/** A piece of a heading line; `colour` marks a party name to be shown in its colour. */
export interface Span {
  readonly text: string;
  readonly colour?: string | null;
  readonly strong?: boolean;
}

export interface Row {
  readonly cells: readonly CellValue[];
  /** Party colour for cells of type `party`. */
  readonly colour?: string | null;
  /** Highlight the row (an elected candidate). */
  readonly strong?: boolean;
}

export interface ReportTable {
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

export interface Block {
  /** What the block is, for views that arrange blocks (the HTML page lists contest headlines first). */
  readonly kind?: 'contest' | 'totals';
  /** A section title ("Worcester"), shown above the heading. */
  readonly section?: string;
  readonly heading: readonly Span[];
  readonly table: ReportTable | null;
  /** Lines under the table ("valid votes 2,184 · majority 194 (8.9%)"). */
  readonly notes: readonly string[];
  /**
   * For a contest block, what a page needs to pick and order its result lines: the majority as a share of
   * the valid votes (null when there is none: unopposed, cancelled, STV) and whether a seat changed hands.
   */
  readonly contest?: { readonly majorityShare: number | null; readonly changedHands: boolean };
}

export interface Report {
  readonly blocks: readonly Block[];
  /** Closing lines: the conventions used and the rows read. */
  readonly footer: readonly string[];
}

export function text(value: string, colour?: string | null, strong?: boolean): Span {
  return { text: value, ...(colour !== undefined ? { colour } : {}), ...(strong ? { strong } : {}) };
}

/**
 * The grid cli-table3 draws for our tables, drawn directly. cli-table3 measures each cell several times through
 * string-width (which builds two regular expressions per call), merges sixteen border options per cell, and
 * lays a table out in pieces quadratic in its rows, so a ward of 125,000 candidates overflowed its stack and a
 * file of 125,000 wards written in kana took 46 s (issue 16, item 4). Here each cell is measured once, in
 * time linear in its length, by display-width.ts (cli-table3's own measure, code point by code point), and a
 * table costs time linear in its cells. The output is byte-identical to cli-table3's for the options table.ts
 * passes (`__tests__/format/table-grid.test.ts` compares the two); a cell holding a line break, or a ragged
 * row, returns null for the caller to draw with cli-table3, which our reports never need.
 */

import { displayWidth } from './display-width';

export type Align = 'left' | 'right';

// cli-table3's `utils.colorizeLines`: what it does to a coloured cell (closing colour a line leaves open).
// Loaded only when a cell carries colour, so piped output never loads cli-table3 at all.
type ColorizeLines = (lines: string[]) => string[];
let colorizeLines: ColorizeLines | undefined;
const colorize = (): ColorizeLines =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use: plain output never needs it
  (colorizeLines ??= (require('cli-table3/src/utils') as { colorizeLines: ColorizeLines }).colorizeLines);

/** cli-table3's own pattern for the colour codes it strips before measuring (utils.js `codeRegex`). */
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[(?:\d*;){0,5}\d*m/g;

/** cli-table3's own measure (utils.strlen: string-width 4 of the text without colour), for the rare cell
 * displayWidth leaves to it (an emoji sequence, an escape that is not colour). Loaded only then. */
type Strlen = (text: string) => number;
let strlen: Strlen | undefined;
const cliTable3Width = (text: string): number =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use: most cells never need it
  (strlen ??= (require('cli-table3/src/utils') as { strlen: Strlen }).strlen)(text);

/** One cell as cli-table3 would hold it: its single line (colour closed) and its width; null for a line break. */
function cellOf(text: string): { line: string; width: number } | null {
  if (text.includes('\n')) return null;
  if (!text.includes('\u001b')) {
    const width = displayWidth(text);
    return { line: text, width: width === -1 ? cliTable3Width(text) : width };
  }
  const width = displayWidth(text.replace(SGR, ''));
  return { line: colorize()([text])[0]!, width: width === -1 ? cliTable3Width(text) : width };
}

/**
 * The grid of `head` and `rows` as cli-table3 draws it with padding 1 either side, no rules between body rows
 * and no border or head colour (table.ts's options); null when a cell is not simple or a row's length differs
 * from the head's, for the caller to draw with cli-table3.
 */
export function simpleGrid(head: readonly string[], rows: readonly (readonly string[])[], aligns: readonly Align[]): string | null {
  const columns = head.length;
  if (columns === 0) return null;
  const lines: string[][] = [];
  const widthOf: number[][] = [];
  const widths = new Array<number>(columns).fill(0);
  const measure = (row: readonly string[]): boolean => {
    if (row.length !== columns) return false;
    const rowLines: string[] = [];
    const rowWidths: number[] = [];
    for (let x = 0; x < columns; x++) {
      const cell = cellOf(row[x]!);
      if (cell === null) return false;
      rowLines.push(cell.line);
      rowWidths.push(cell.width);
      // cli-table3: a column is as wide as its widest cell plus the padding.
      if (cell.width + 2 > widths[x]!) widths[x] = cell.width + 2;
    }
    lines.push(rowLines);
    widthOf.push(rowWidths);
    return true;
  };
  if (!measure(head)) return null;
  for (const row of rows) if (!measure(row)) return null;
  const rule = (left: string, middle: string, right: string) => left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
  const out: string[] = [rule('┌', '┬', '┐')];
  for (let y = 0; y < lines.length; y++) {
    let text = '│';
    for (let x = 0; x < columns; x++) {
      const gap = ' '.repeat(widths[x]! - 2 - widthOf[y]![x]!);
      text += aligns[x] === 'right' ? ` ${gap}${lines[y]![x]!} │` : ` ${lines[y]![x]!}${gap} │`;
    }
    out.push(text);
  }
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

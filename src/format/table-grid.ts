/**
 * The grid cli-table3 draws for our tables, drawn directly when every cell is simple enough to know its width
 * without cli-table3's measuring. cli-table3 measures each cell several times through string-width, which
 * builds two regular expressions (ansi-regex, emoji-regex) per call, and it merges sixteen border options per
 * cell: on a 2,749-contest tally that was 6 s of a 6.5 s table (bench/RESULTS.md). Here the width of a cell
 * is its length when every character is one that string-width counts as one column; anything else (wide or
 * combining characters, emoji, line breaks, escape sequences that are not SGR colour, ragged rows) returns
 * null and the caller draws that table with cli-table3 itself. The output is byte-identical to cli-table3's
 * for the options table.ts passes (`__tests__/format/table-grid.test.ts` compares the two).
 */

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

/**
 * Characters string-width 4 (cli-table3's measure) counts as exactly one column, alone and beside any other
 * character of the set: printable ASCII, Latin-1 and Latin Extended, IPA, Greek, Cyrillic, Armenian,
 * Hebrew, Arabic and on to U+10FF, Latin Extended Additional and Greek Extended, general punctuation
 * (dashes, quotes, bullets; not the zero-width joiner or the bidi controls), currency signs, arrows and
 * mathematical operators (the minus sign), box drawing and block elements (the share bars). Checked
 * character by character against string-width in the test; combining marks U+0300-U+036F (width 0), the
 * Hangul jamo from U+1100 (width 2) and emoji are outside.
 */
function oneColumn(code: number): boolean {
  if (code < 0x20) return false;
  if (code <= 0x7e) return true;
  if (code < 0xa0) return false;
  if (code <= 0x2ff) return true;
  if (code < 0x370) return false;
  if (code <= 0x10ff) return true;
  if (code < 0x1e00) return false;
  if (code <= 0x1fff) return true;
  if (code < 0x2010) return false;
  if (code <= 0x2027) return true;
  if (code < 0x2030) return false;
  if (code <= 0x205e) return true;
  if (code < 0x20a0) return false;
  if (code <= 0x20c0) return true;
  if (code < 0x2190) return false;
  if (code <= 0x2319) return true;
  if (code < 0x2500) return false;
  return code <= 0x259f;
}

/** Columns on screen, or -1 when the text holds a character outside the one-column set. */
function simpleWidth(text: string): number {
  for (let i = 0; i < text.length; i++) if (!oneColumn(text.charCodeAt(i))) return -1;
  return text.length;
}

/** One cell as cli-table3 would hold it: its single line (colour closed) and its width; null if not simple. */
function cellOf(text: string): { line: string; width: number } | null {
  if (!text.includes('\u001b')) {
    const width = simpleWidth(text);
    return width === -1 ? null : { line: text, width };
  }
  const width = simpleWidth(text.replace(SGR, ''));
  return width === -1 ? null : { line: colorize()([text])[0]!, width };
}

/**
 * The grid of `head` and `rows` as cli-table3 draws it with padding 1 either side, no rules between body rows
 * and no border or head colour (table.ts's options); null when a cell is not simple or a row's length differs
 * from the head's, for the caller to draw with cli-table3.
 */
export function simpleGrid(head: readonly string[], rows: readonly (readonly string[])[], aligns: readonly Align[]): string | null {
  const columns = head.length;
  if (columns === 0) return null;
  const all = [head, ...rows];
  const lines: string[][] = [];
  const widthOf: number[][] = [];
  const widths = new Array<number>(columns).fill(0);
  for (const row of all) {
    if (row.length !== columns) return null;
    const rowLines: string[] = [];
    const rowWidths: number[] = [];
    for (let x = 0; x < columns; x++) {
      const cell = cellOf(row[x]!);
      if (cell === null) return null;
      rowLines.push(cell.line);
      rowWidths.push(cell.width);
      // cli-table3: a column is as wide as its widest cell plus the padding.
      if (cell.width + 2 > widths[x]!) widths[x] = cell.width + 2;
    }
    lines.push(rowLines);
    widthOf.push(rowWidths);
  }
  const rule = (left: string, middle: string, right: string) => left + widths.map((w) => '─'.repeat(w)).join(middle) + right;
  const out: string[] = [rule('┌', '┬', '┐')];
  for (let y = 0; y < all.length; y++) {
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

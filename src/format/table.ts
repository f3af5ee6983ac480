/** Terminal tables: each block's heading line, a cli-table3 table, its notes; then the footer. */
import type { Block, Report, ReportTable, Span } from '../report/report';
import { displayCell, isNumeric } from './cells';
import { safeText } from './safe-text';
import { simpleGrid, type Align } from './table-grid';
import type { Theme } from './theme';
import { largest as largestOf } from '../core/arrays';

export type Write = (text: string) => void;

export interface TableOptions {
  /**
   * The terminal's width when stdout is a terminal: party totals then get a share bar, if it fits. Null (pipes,
   * files) never draws one, so piped output stays plain text.
   */
  readonly terminalWidth?: number | null;
}

/** The narrowest share bar worth drawing, and the widest. */
const BAR_MIN = 10;
const BAR_MAX = 30;

export function renderTable(report: Report, theme: Theme, write: Write, options: TableOptions = {}): void {
  const writer = new TableWriter(theme, write, options);
  for (const block of report.blocks) writer.block(block);
  writer.footer(report.footer);
}

/**
 * The table written block by block, as a report is built (the tally streams its contests): a section title
 * is written above the first block of each section. renderTable is this over a whole report.
 */
export class TableWriter {
  private section: string | undefined;

  constructor(
    private readonly theme: Theme,
    private readonly write: Write,
    private readonly options: TableOptions = {},
  ) {}

  block(block: Block): void {
    if (block.section !== undefined && block.section !== this.section) {
      this.section = block.section;
      this.write(`${this.theme.strong(safeText(block.section))}\n\n`);
    }
    this.write(renderBlock(block, this.theme, this.options.terminalWidth ?? null));
  }

  footer(lines: readonly string[]): void {
    for (const line of lines) this.write(`${this.theme.dim(safeText(line))}\n`);
  }
}

function renderBlock(block: Block, theme: Theme, terminalWidth: number | null): string {
  const lines: string[] = [];
  if (block.heading.length > 0) lines.push(renderSpans(block.heading, theme));
  if (block.table !== null) {
    const plain = renderGrid(block.table, theme);
    const shareColumn = block.table.columns.findIndex((c) => c.type === 'share');
    const room = terminalWidth === null ? 0 : terminalWidth - visibleWidth(plain.split('\n')[0] ?? '') - 3;
    lines.push(
      block.kind === 'totals' && shareColumn !== -1 && room >= BAR_MIN
        ? renderGrid(withShareBars(block.table, shareColumn, Math.min(room, BAR_MAX)), theme, shareColumn + 1)
        : plain,
    );
  }
  for (const note of block.notes) lines.push(theme.dim(safeText(note)));
  return `${lines.join('\n')}\n\n`;
}

/** A grid of the table's cells; `barColumn` (if any) holds share bars, drawn in the row's party colour. */
function renderGrid(reportTable: ReportTable, theme: Theme, barColumn = -1): string {
  const { columns, rows } = reportTable;
  const head = columns.map((c) => theme.strong(safeText(c.label)));
  const aligns = columns.map((c): Align => (isNumeric(c) ? 'right' : 'left'));
  const body = rows.map((row) =>
    row.cells.map((value, i) => {
      const column = columns[i]!;
      const shown = safeText(displayCell(value, column));
      if (column.type === 'party' || i === barColumn) return theme.party(shown, row.colour ?? null);
      return row.strong ? theme.strong(shown) : shown;
    }),
  );
  return simpleGrid(head, body, aligns) ?? cliTable3Grid(head, body, aligns);
}

/**
 * The grid drawn by cli-table3: the renderer of record, used for any table simpleGrid cannot measure itself
 * (and the reference its test compares against). Loaded only then.
 */
export function cliTable3Grid(head: readonly string[], rows: readonly (readonly string[])[], aligns: readonly Align[]): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use: most tables never need it
  const Table = require('cli-table3') as typeof import('cli-table3');
  // Colour goes through the theme only: cli-table3's own header and border colours are switched off.
  const table = new Table({
    head: [...head],
    colAligns: [...aligns],
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    // No rule between body rows: a results table reads down its columns.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) table.push([...row]);
  return table.toString();
}

/** Eighths of a block, so a bar's length is shown to 1/8 of a character. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * The table with a bar column after the share: each party's share drawn in block characters in its colour,
 * scaled so the largest share fills the width (the number beside it gives the exact value).
 */
function withShareBars(table: ReportTable, shareColumn: number, width: number): ReportTable {
  const shares = table.rows.map((row) => row.cells[shareColumn]);
  const largest = largestOf(
    shares.map((share) => (typeof share === 'number' ? share : 0)),
    0,
  );
  const columns = [...table.columns];
  columns.splice(shareColumn + 1, 0, { key: 'bar', label: '', type: 'text' });
  const rows = table.rows.map((row, i) => {
    const share = shares[i];
    const eighths = typeof share === 'number' && largest > 0 ? Math.round((share / largest) * width * 8) : 0;
    const bar = '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
    const cells = [...row.cells];
    cells.splice(shareColumn + 1, 0, bar);
    return { ...row, cells };
  });
  return { columns, rows };
}

/** Width on screen of a rendered line: ANSI colour codes take no room. */
function visibleWidth(line: string): number {
  // eslint-disable-next-line no-control-regex
  return [...line.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

export function renderSpans(spans: readonly Span[], theme: Theme): string {
  return spans
    .map((span) => {
      const shown = safeText(span.text);
      const coloured = span.colour !== undefined ? theme.party(shown, span.colour) : shown;
      return span.strong ? theme.strong(coloured) : coloured;
    })
    .join('');
}

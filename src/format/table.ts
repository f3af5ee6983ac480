/** Terminal tables: each block's heading line, a cli-table3 table, its notes; then the footer. */
import Table from 'cli-table3';
import type { Block, Report, Span } from '../report/report';
import { displayCell, isNumeric } from './cells';
import { safeText } from './safe-text';
import type { Theme } from './theme';

export type Write = (text: string) => void;

export function renderTable(report: Report, theme: Theme, write: Write): void {
  let section: string | undefined;
  for (const block of report.blocks) {
    if (block.section !== undefined && block.section !== section) {
      section = block.section;
      write(`${theme.strong(safeText(block.section))}\n\n`);
    }
    write(renderBlock(block, theme));
  }
  for (const line of report.footer) write(`${theme.dim(safeText(line))}\n`);
}

function renderBlock(block: Block, theme: Theme): string {
  const lines: string[] = [];
  if (block.heading.length > 0) lines.push(renderSpans(block.heading, theme));
  if (block.table !== null) {
    const { columns, rows } = block.table;
    // Colour goes through the theme only: cli-table3's own header and border colours are switched off.
    const table = new Table({
      head: columns.map((c) => theme.strong(safeText(c.label))),
      colAligns: columns.map((c) => (isNumeric(c) ? 'right' : 'left')),
      style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
      // No rule between body rows: a results table reads down its columns.
      chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    });
    for (const row of rows) {
      table.push(
        row.cells.map((value, i) => {
          const column = columns[i]!;
          const shown = safeText(displayCell(value, column));
          if (column.type === 'party') return theme.party(shown, row.colour ?? null);
          return row.strong ? theme.strong(shown) : shown;
        }),
      );
    }
    lines.push(table.toString());
  }
  for (const note of block.notes) lines.push(theme.dim(safeText(note)));
  return `${lines.join('\n')}\n\n`;
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

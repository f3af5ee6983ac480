/** Markdown a reporter can paste: a heading line in bold, a pipe table, notes in italics. */
import type { Block, Report } from '../report/report';
import { displayCell, isNumeric } from './cells';
import { safeText } from './safe-text';
import type { Write } from './table';

export function renderMarkdown(report: Report, write: Write): void {
  const writer = new MarkdownWriter(write);
  for (const block of report.blocks) writer.block(block);
  writer.footer(report.footer);
}

/** Markdown written block by block, as a report is built; renderMarkdown is this over a whole report. */
export class MarkdownWriter {
  private section: string | undefined;

  constructor(private readonly write: Write) {}

  block(block: Block): void {
    const write = this.write;
    if (block.section !== undefined && block.section !== this.section) {
      this.section = block.section;
      write(`## ${escapeMarkdown(block.section)}\n\n`);
    }
    if (block.heading.length > 0) write(`**${escapeMarkdown(block.heading.map((s) => s.text).join(''))}**\n\n`);
    if (block.table !== null) {
      const { columns, rows } = block.table;
      write(`| ${columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |\n`);
      write(`|${columns.map((c) => (isNumeric(c) ? '---:' : '---')).join('|')}|\n`);
      for (const row of rows) {
        write(`| ${row.cells.map((value, i) => escapeMarkdown(displayCell(value, columns[i]!))).join(' | ')} |\n`);
      }
      write('\n');
    }
    for (const note of block.notes) write(`_${escapeMarkdown(note)}_\n\n`);
  }

  footer(lines: readonly string[]): void {
    for (const line of lines) this.write(`_${escapeMarkdown(line)}_\n\n`);
  }
}

/**
 * Every piece of text in markdown passes here: control characters and bidi overrides become visible escapes
 * (safeText), and characters that would start markdown syntax are escaped; pipes would split cells, `<`
 * would start raw HTML.
 */
export function escapeMarkdown(text: string): string {
  return safeText(text).replace(/([\\`*_[\]|<>#])/g, '\\$1');
}

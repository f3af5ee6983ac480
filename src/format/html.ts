/**
 * The results page: one self-contained HTML file (inline CSS and SVG, no scripts, no fonts, no requests, so it
 * can be opened offline, mailed, or embedded), built from the same Report the terminal table shows plus the
 * charts. Readable on a phone (tables scroll inside their box, charts scale to the width) and printable
 * (no breaks inside a table or chart). Every piece of text from the data is escaped.
 */
import type { Block, Report, Span } from '../report/report';
import { displayCell, isNumeric } from './cells';
import { escapeXml as escapeHtml } from './svg/svg';
import type { Write } from './table';

export interface HtmlChart {
  /** An SVG document from src/format/svg. */
  readonly svg: string;
  /** A caption under the chart (optional). */
  readonly caption?: string;
}

export interface HtmlPage {
  readonly title: string;
  readonly report: Report;
  readonly charts: readonly HtmlChart[];
}

/**
 * A Content-Security-Policy that forbids every fetch: should anything on the page ever try to load something,
 * the browser refuses. Inline styles are the page's only resource.
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #595959; --rule: #d9d9d9; --band: #f4f4f4; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
ul.headlines { list-style: none; padding: 0; margin: 0; }
ul.headlines li { padding: 0.4rem 0; border-bottom: 1px solid var(--rule); }
.party { white-space: nowrap; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; border-radius: 2px;
  vertical-align: baseline; border: 1px solid rgba(0, 0, 0, 0.25); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1.5rem; }
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.25rem; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 0.3rem 0.6rem; text-align: left; border-bottom: 1px solid var(--rule); }
th { border-bottom: 2px solid var(--ink); font-weight: 600; }
td.num, th.num { text-align: right; }
tr.strong td { font-weight: 600; }
tbody tr:nth-child(even) { background: var(--band); }
p.note { color: var(--muted); font-size: 0.9rem; margin: 0.3rem 0 0; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.85rem; }
footer p { margin: 0.2rem 0; }
@media (max-width: 30rem) {
  main { padding: 0.5rem; }
  h1 { font-size: 1.3rem; }
  th, td { padding: 0.25rem 0.35rem; font-size: 0.9rem; }
}
@media print {
  @page { margin: 1.5cm; }
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .charts { display: block; }
  figure { break-inside: avoid; margin-bottom: 1rem; max-width: 16cm; }
  .block, table, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  tbody tr:nth-child(even) { background: none; }
  .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

export function renderHtml(page: HtmlPage, write: Write): void {
  const { report } = page;
  const contests = report.blocks.filter((b) => b.kind !== 'totals');
  const totals = report.blocks.filter((b) => b.kind === 'totals');
  write(
    [
      '<!DOCTYPE html>',
      '<html lang="en-GB">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(page.title)}</title>`,
      `<style>${STYLE}</style>`,
      '</head>',
      '<body>',
      '<main>',
      `<h1>${escapeHtml(page.title)}</h1>`,
      '',
    ].join('\n'),
  );
  if (contests.length > 0) {
    write('<section aria-labelledby="headlines"><h2 id="headlines">Results</h2>\n<ul class="headlines">\n');
    for (const block of contests) write(`<li>${spansHtml(block.heading)}</li>\n`);
    write('</ul></section>\n');
  }
  if (page.charts.length > 0) {
    write('<section aria-labelledby="charts"><h2 id="charts">Charts</h2>\n<div class="charts">\n');
    for (const chart of page.charts) {
      write(`<figure>\n${chart.svg.replace(/^<\?xml[^>]*>\s*/, '')}`);
      if (chart.caption !== undefined) write(`<figcaption>${escapeHtml(chart.caption)}</figcaption>\n`);
      write('</figure>\n');
    }
    write('</div></section>\n');
  }
  if (totals.length > 0) {
    write('<section aria-labelledby="totals"><h2 id="totals">Party totals</h2>\n');
    for (const block of totals) write(blockHtml(block));
    write('</section>\n');
  }
  if (contests.length > 0) {
    write('<section aria-labelledby="contests"><h2 id="contests">Contests</h2>\n');
    let section: string | undefined;
    for (const block of contests) {
      if (block.section !== undefined && block.section !== section && new Set(contests.map((b) => b.section)).size > 1) {
        section = block.section;
        write(`<h3>${escapeHtml(section)}</h3>\n`);
      }
      write(blockHtml(block));
    }
    write('</section>\n');
  }
  write('<footer>\n');
  for (const line of report.footer) write(`<p>${escapeHtml(line)}</p>\n`);
  write('</footer>\n</main>\n</body>\n</html>\n');
}

function blockHtml(block: Block): string {
  const parts = ['<div class="block">', `<h3>${spansHtml(block.heading)}</h3>`];
  if (block.table !== null) {
    const { columns, rows } = block.table;
    const cellClass = (numeric: boolean) => (numeric ? ' class="num"' : '');
    parts.push('<div class="table-wrap"><table>');
    parts.push(
      `<thead><tr>${columns.map((c) => `<th scope="col"${cellClass(isNumeric(c))}>${escapeHtml(c.label)}</th>`).join('')}</tr></thead>`,
    );
    parts.push('<tbody>');
    for (const row of rows) {
      const cells = row.cells.map((value, i) => {
        const column = columns[i]!;
        const shown = escapeHtml(displayCell(value, column));
        if (column.type === 'party') return `<td>${partyHtml(shown, row.colour ?? null)}</td>`;
        return `<td${cellClass(isNumeric(column))}>${shown}</td>`;
      });
      parts.push(`<tr${row.strong ? ' class="strong"' : ''}>${cells.join('')}</tr>`);
    }
    parts.push('</tbody></table></div>');
  }
  for (const note of block.notes) parts.push(`<p class="note">${escapeHtml(note)}</p>`);
  parts.push('</div>');
  return `${parts.join('\n')}\n`;
}

function spansHtml(spans: readonly Span[]): string {
  return spans
    .map((span) => {
      const shown = escapeHtml(span.text);
      const coloured = span.colour !== undefined ? partyHtml(shown, span.colour) : shown;
      return span.strong ? `<strong>${coloured}</strong>` : coloured;
    })
    .join('');
}

/** A party name after a swatch of its colour; the name itself carries the meaning, the swatch only helps. */
function partyHtml(escapedName: string, colour: string | null): string {
  if (colour === null || !/^#[0-9a-f]{6}$/i.test(colour)) return escapedName;
  return `<span class="party"><span class="swatch" style="background:${colour}" aria-hidden="true"></span>${escapedName}</span>`;
}

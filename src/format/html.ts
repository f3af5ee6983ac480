/**
 * The results page: one self-contained HTML file (inline CSS and SVG, no scripts, no fonts, no requests, so it
 * can be opened offline, mailed, or embedded), built from the same Report the terminal table shows plus the
 * charts. Readable on a phone (tables scroll inside their box, each chart has a narrow layout) and printable
 * (no breaks inside a table or chart). Every piece of text from the data is escaped.
 */
import type { Block, Report, Span } from '../report/report';
import { displayCell, isNumeric } from './cells';
import { escapeXml as escapeHtml } from './svg/svg';
import type { Write } from './table';

export interface HtmlChart {
  /** An SVG document from src/format/svg, laid out wide. */
  readonly svg: string;
  /** The same chart laid out for a phone (NARROW), shown instead of `svg` on a narrow screen. */
  readonly narrow?: string;
  /** A caption under the chart (optional). */
  readonly caption?: string;
}

export interface HtmlPage {
  readonly title: string;
  readonly report: Report;
  readonly charts: readonly HtmlChart[];
  /** A line under the title (the date, the publisher's subtitle). */
  readonly subtitle?: string;
  /** "Source: ...", under the title. */
  readonly source?: string;
  /** Blocks shown after the party totals, before the charts (the councils' summary of a local election). */
  readonly summary?: readonly Block[];
}

/** The party totals on the first screen: the parties with seats, at least this many, the rest one click away. */
export const FIRST_SCREEN_PARTIES = 10;

/** Up to this many contests, every result line is listed before the charts; past it, the page picks some. */
export const MOST_HEADLINES = 40;
/** How many result lines a big election's page picks for its first screen (gains, else the closest). */
export const PICKED_HEADLINES = 20;
/**
 * Up to this many contests, each has its candidates' table; past it (LEAP 2018: 2,749 contests, 16,000
 * candidates) the page lists the result lines by council and says where the candidates are, so it stays a
 * page a phone can open (a few hundred kB, not 6 MB).
 */
export const MOST_CONTEST_TABLES = 100;

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
main { max-width: 60rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
p.subtitle { font-size: 1.1rem; margin: -0.5rem 0 0.5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
ul.headlines { list-style: none; padding: 0; margin: 0; }
ul.headlines li { padding: 0.4rem 0; border-bottom: 1px solid var(--rule); }
.party { white-space: nowrap; }
/* A result line's party span is a phrase ("Labour gain 2 (no previous holder), 1 hold"): it wraps. */
ul.headlines .party, caption .party, h3 .party { white-space: normal; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; border-radius: 2px;
  vertical-align: baseline; border: 1px solid rgba(0, 0, 0, 0.25); }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
figure { margin: 0; max-width: 100%; }
figure svg { display: block; max-width: 100%; height: auto; }
figure .narrow { display: none; }
figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.25rem; }
details { border-bottom: 1px solid var(--rule); padding: 0.3rem 0; }
summary { cursor: pointer; font-weight: 600; padding: 0.2rem 0; }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { padding: 0.3rem 0.6rem; text-align: left; border-bottom: 1px solid var(--rule); }
th { border-bottom: 2px solid var(--ink); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.strong td { font-weight: 600; }
tbody tr:nth-child(even) { background: var(--band); }
p.note { color: var(--muted); font-size: 0.9rem; margin: 0.3rem 0 0; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: 0.85rem; }
footer p { margin: 0.2rem 0; }
@media (max-width: 43.75rem) {
  figure .wide { display: none; }
  figure .narrow { display: block; }
}
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
  figure .wide { display: block; }
  figure .narrow { display: none; }
  .block, table, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  tbody tr:nth-child(even) { background: none; }
  .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * The page, shaped like a results page: the overall party totals (seats and change first), the charts, the
 * result lines (all of them for a small election; for a big one the seats that changed hands, else the closest
 * results, with the full list below), then every contest grouped by council in collapsible sections, each
 * with its council's totals.
 */
export function renderHtml(page: HtmlPage, write: Write): void {
  const { report } = page;
  const contests = report.blocks.filter((b) => b.kind !== 'totals');
  const totals = report.blocks.filter((b) => b.kind === 'totals');
  // The overall totals close the report; a council's own totals (several councils) sit in its section.
  const overall = totals.at(-1);
  const councilTotals = new Map(totals.slice(0, -1).map((b) => [b.section, b]));
  const sections = new Set(contests.map((b) => b.section)).size;
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
      ...(page.subtitle !== undefined ? [`<p class="subtitle">${escapeHtml(page.subtitle)}</p>`] : []),
      ...(page.source !== undefined ? [`<p class="note">${escapeHtml(page.source)}</p>`] : []),
      '',
    ].join('\n'),
  );
  if (overall !== undefined) {
    write('<section aria-labelledby="totals"><h2 id="totals">Party totals</h2>\n');
    write(firstScreen(scoreboard(overall)));
    // A summary's first note is its line in words; its table (a row per council) opens on request.
    for (const block of page.summary ?? []) {
      const [line, ...notes] = block.notes;
      write(`<p>${escapeHtml(line ?? '')}</p>\n<details><summary>${spansHtml(block.heading)}</summary>\n`);
      write(blockHtml({ ...block, notes }));
      write('</details>\n');
    }
    write('</section>\n');
  }
  if (page.charts.length > 0) {
    write('<section aria-labelledby="charts"><h2 id="charts">Charts</h2>\n<div class="charts">\n');
    for (const chart of page.charts) {
      const wide = chart.svg.replace(/^<\?xml[^>]*>\s*/, '');
      if (chart.narrow === undefined) write(`<figure>\n${wide}`);
      else write(`<figure>\n<div class="wide">${wide}</div>\n<div class="narrow">${chart.narrow}</div>\n`);
      if (chart.caption !== undefined) write(`<figcaption>${escapeHtml(chart.caption)}</figcaption>\n`);
      write('</figure>\n');
    }
    write('</div></section>\n');
  }
  if (contests.length > 0) {
    const picked = pickHeadlines(contests);
    write(`<section aria-labelledby="headlines"><h2 id="headlines">${escapeHtml(picked.title)}</h2>\n<ul class="headlines">\n`);
    for (const block of picked.blocks) write(`<li>${headlineHtml(block, sections > 1)}</li>\n`);
    write('</ul>\n');
    if (picked.blocks.length < contests.length) {
      write(
        `<p class="note">${escapeHtml(`${picked.blocks.length} of ${contests.length} results; every result is listed below, council by council.`)}</p>\n`,
      );
    }
    write('</section>\n');
  }
  if (contests.length > 0) {
    const tables = contests.length <= MOST_CONTEST_TABLES;
    write('<section aria-labelledby="contests"><h2 id="contests">All results</h2>\n');
    if (!tables) {
      write(
        `<p class="note">${escapeHtml(`${contests.length} contests: each with its result line; the candidates of every contest are in the same command's text, CSV or JSON output.`)}</p>\n`,
      );
    }
    for (const [section, blocks] of groupBySection(contests)) {
      const own = councilTotals.get(section);
      const name = section ?? 'Contests';
      write(
        `<details${sections === 1 && tables ? ' open' : ''}><summary>${escapeHtml(`${name} · ${blocks.length === 1 ? '1 contest' : `${blocks.length} contests`}`)}</summary>\n`,
      );
      if (own !== undefined) write(blockHtml(scoreboard(own)));
      if (tables) for (const block of blocks) write(blockHtml(block));
      else {
        write('<ul class="headlines">\n');
        for (const block of blocks) write(`<li>${spansHtml(block.heading)}</li>\n`);
        write('</ul>\n');
      }
      write('</details>\n');
    }
    write('</section>\n');
  }
  write('<footer>\n');
  for (const line of report.footer) write(`<p>${escapeHtml(publishedText(line))}</p>\n`);
  write('</footer>\n</main>\n</body>\n</html>\n');
}

/** The result lines a page shows first: all of a small election's; for a big one, the seats that changed hands, else the closest. */
function pickHeadlines(contests: readonly Block[]): { title: string; blocks: readonly Block[] } {
  if (contests.length <= MOST_HEADLINES) return { title: 'Results', blocks: contests };
  const changed = contests.filter((b) => b.contest?.changedHands === true);
  if (changed.length > 0) {
    return { title: `Seats that changed hands (${changed.length})`, blocks: changed.slice(0, PICKED_HEADLINES) };
  }
  const closest = contests
    .filter((b) => b.contest?.majorityShare !== null && b.contest?.majorityShare !== undefined)
    .sort((a, b) => a.contest!.majorityShare! - b.contest!.majorityShare!)
    .slice(0, PICKED_HEADLINES);
  return { title: 'Closest results', blocks: closest };
}

function groupBySection(blocks: readonly Block[]): Map<string | undefined, Block[]> {
  const groups = new Map<string | undefined, Block[]>();
  for (const block of blocks) {
    const group = groups.get(block.section);
    if (group) group.push(block);
    else groups.set(block.section, [block]);
  }
  return groups;
}

/** A result line, after its council's name when the page has several councils ("Adur · Buckingham: ..."). */
function headlineHtml(block: Block, withCouncil: boolean): string {
  const council = withCouncil && block.section !== undefined ? `<span class="council">${escapeHtml(block.section)} · </span>` : '';
  return `${council}${spansHtml(block.heading)}`;
}

/** Columns a reader wants first on a phone, where the rest scroll: party, seats and their change, then share. */
const SCOREBOARD_ORDER = ['party', 'seats', 'netSeats', 'share', 'change', 'votes', 'candidates'];

/** A party totals block with its columns in scoreboard order (any column not named keeps its place after). */
function scoreboard(block: Block): Block {
  if (block.table === null) return block;
  const { columns, rows } = block.table;
  const rank = (key: string) => {
    const at = SCOREBOARD_ORDER.indexOf(key);
    return at === -1 ? SCOREBOARD_ORDER.length : at;
  };
  const order = columns.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c.key) - rank(b.c.key) || a.i - b.i);
  return {
    ...block,
    table: {
      columns: order.map(({ c }) => c),
      rows: rows.map((row) => ({ ...row, cells: order.map(({ i }) => row.cells[i]!) })),
    },
  };
}

/**
 * The overall totals on the first screen: every party with a seat (at least FIRST_SCREEN_PARTIES rows), and
 * the rest of the table (GE2019: some 70 parties with no seat) folded under "All N parties".
 */
function firstScreen(block: Block): string {
  const table = block.table;
  if (table === null) return blockHtml(block);
  const seats = table.columns.findIndex((c) => c.key === 'seats');
  const withSeats = seats === -1 ? 0 : table.rows.filter((row) => typeof row.cells[seats] === 'number' && row.cells[seats] > 0).length;
  const shown = Math.max(FIRST_SCREEN_PARTIES, withSeats);
  if (table.rows.length <= shown + 2) return blockHtml(block);
  const first = blockHtml({ ...block, notes: [], table: { ...table, rows: table.rows.slice(0, shown) } });
  const rest = blockHtml({
    ...block,
    heading: [{ text: `The other ${table.rows.length - shown} parties` }],
    table: { ...table, rows: table.rows.slice(shown) },
  });
  return `${first}<details><summary>${escapeHtml(`All ${table.rows.length} parties`)}</summary>\n${rest}</details>\n`;
}

/**
 * A closing line as published: file paths cut to the file's name, and the citations of the project's own
 * design notes ("domain-rules.md §4a") left out, since a reader of the page has neither.
 */
export function publishedText(line: string): string {
  return line
    .replace(/\s*\(domain-rules\.md §\d+(?:\.\d+)*[a-z]?\)/g, '')
    .replace(/[;,]?\s*domain-rules\.md §\d+(?:\.\d+)*[a-z]?/g, '')
    .replace(/(?:[A-Za-z]:)?(?:[^\s,()]*[\\/])+([^\s,()/\\]+)/g, '$1');
}

function blockHtml(block: Block): string {
  const parts = ['<div class="block">'];
  if (block.table !== null) {
    const { columns, rows } = block.table;
    const cellClass = (numeric: boolean) => (numeric ? ' class="num"' : '');
    // The heading is the table's caption: read out with the table, and kept with it when printed.
    parts.push(`<div class="table-wrap"><table><caption>${spansHtml(block.heading)}</caption>`);
    parts.push(
      `<thead><tr>${columns.map((c) => `<th scope="col"${cellClass(isNumeric(c))}>${escapeHtml(c.label)}</th>`).join('')}</tr></thead>`,
    );
    parts.push('<tbody>');
    for (const row of rows) {
      const cells = row.cells.map((value, i) => {
        const column = columns[i]!;
        const shown = escapeHtml(displayCell(value, column));
        if (column.type === 'party') return `<td>${partyHtml(shown, row.colour ?? null)}</td>`;
        // A real minus sign (U+2212) in signed figures, as print has it.
        const signed = column.type === 'net' || column.type === 'change' ? shown.replace(/^-/, '−') : shown;
        return `<td${cellClass(isNumeric(column))}>${signed}</td>`;
      });
      parts.push(`<tr${row.strong ? ' class="strong"' : ''}>${cells.join('')}</tr>`);
    }
    parts.push('</tbody></table></div>');
  } else parts.push(`<h3>${spansHtml(block.heading)}</h3>`);
  for (const note of block.notes) parts.push(`<p class="note">${escapeHtml(publishedText(note))}</p>`);
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

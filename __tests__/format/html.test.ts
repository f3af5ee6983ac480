import { renderHtml } from '../../src/format/html';
import { shareBarsChart } from '../../src/format/svg/share-bars';
import type { Report } from '../../src/report/report';
import { text } from '../../src/report/report';

/** Battenhall 2016 as the tally report has it, with one hostile party name to prove escaping. */
const report: Report = {
  blocks: [
    {
      kind: 'contest',
      section: 'Worcester',
      heading: [text('Battenhall: ', undefined, true), text('Green', '#02A95B', true), text(', majority 194 (1,081 vs 887)')],
      table: {
        columns: [
          { key: 'candidate', label: 'Candidate', type: 'text' },
          { key: 'party', label: 'Party', type: 'party' },
          { key: 'votes', label: 'Votes', type: 'count' },
          { key: 'share', label: 'Share', type: 'share' },
        ],
        rows: [
          { cells: ['Louis Stephen', 'Green', 1081, 1081 / 2184], colour: '#02A95B', strong: true },
          { cells: ['David Tibbutt', 'Conservative', 887, 887 / 2184], colour: '#0087DC' },
          { cells: ['<script>alert(1)</script>', 'Us & "Them"', 89, 89 / 2184], colour: 'red;background:url(x)' },
        ],
      },
      notes: ['valid votes 2,184 · majority 194 (8.9%)'],
    },
    {
      kind: 'totals',
      heading: [text('Worcester: party totals', undefined, true)],
      table: {
        columns: [
          { key: 'party', label: 'Party', type: 'party' },
          { key: 'share', label: 'Share', type: 'share' },
        ],
        rows: [{ cells: ['Green', 1081 / 2184], colour: '#02A95B' }],
      },
      notes: [],
    },
  ],
  footer: ['Shares: top vote.'],
};

function page(): string {
  let html = '';
  renderHtml(
    {
      title: 'Worcester & <friends>',
      report,
      charts: [{ svg: shareBarsChart({ title: 'Shares', parties: [{ party: 'Green', colour: '#02A95B', share: 0.495, change: null }] }) }],
    },
    (t) => {
      html += t;
    },
  );
  return html;
}

describe('the HTML results page', () => {
  it('lists the headline lines first, then charts, party totals and contest tables', () => {
    const html = page();
    const order = ['<h2 id="headlines">', '<h2 id="charts">', '<h2 id="totals">', '<h2 id="contests">', '<footer>'].map((s) =>
      html.indexOf(s),
    );
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(html).toContain(
      '<li><strong>Battenhall: </strong><strong><span class="party"><span class="swatch" style="background:#02A95B" aria-hidden="true"></span>Green</span></strong>, majority 194 (1,081 vs 887)</li>',
    );
  });

  it('escapes every piece of text from the data', () => {
    const html = page();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Us &amp; &quot;Them&quot;');
    expect(html).toContain('<title>Worcester &amp; &lt;friends&gt;</title>');
    // A colour that is not #rrggbb never reaches a style attribute.
    expect(html).not.toContain('url(x)');
  });

  it('is self-contained: inline style and SVG, no scripts, no links, and a policy that forbids fetching', () => {
    const html = page();
    expect(html).not.toMatch(/<script|<link|@import|@font-face|src=|href=/i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  });

  it('is readable on a phone and printable', () => {
    const html = page();
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('.table-wrap { overflow-x: auto;');
    expect(html).toContain('@media print');
  });

  it('shows numbers the way the table does, right-aligned', () => {
    expect(page()).toContain('<td class="num">1,081</td><td class="num">49.5%</td>');
  });
});

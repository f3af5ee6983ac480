import { MOST_CONTEST_TABLES, MOST_HEADLINES, PICKED_HEADLINES, publishedText, renderHtml } from '../../src/format/html';
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
  it('shows the party totals first, then the charts, the result lines and the contests by council', () => {
    const html = page();
    const order = ['<h2 id="totals">', '<h2 id="charts">', '<h2 id="headlines">', '<h2 id="contests">', '<footer>'].map((s) =>
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

/** Battenhall's block repeated as `count` contests over `councils` councils, for the shape of a big election's page. */
function bigReport(count: number, councils: number, changed: (i: number) => boolean): Report {
  const contest = report.blocks[0]!;
  const blocks = Array.from({ length: count }, (_, i) => ({
    ...contest,
    section: `Council ${i % councils}`,
    heading: [text(`Ward ${i}: `, undefined, true), text('Green', '#02A95B', true), text(`, majority ${i + 1}`)],
    contest: { majorityShare: (count - i) / 1000, changedHands: changed(i) },
  }));
  return { blocks: [...blocks, report.blocks[1]!], footer: report.footer };
}

function render(page: Parameters<typeof renderHtml>[0]): string {
  let html = '';
  renderHtml(page, (t) => {
    html += t;
  });
  return html;
}

describe('the HTML results page of a big election', () => {
  it('lists the closest results first, capped, and says every result is below (no seat changed hands)', () => {
    const html = render({ title: 'Big', report: bigReport(MOST_HEADLINES + 10, 5, () => false), charts: [] });
    const first = html.slice(html.indexOf('<h2 id="headlines">'), html.indexOf('<h2 id="contests">'));
    expect(first).toContain('Closest results');
    expect(first.match(/<li>/g)).toHaveLength(PICKED_HEADLINES);
    // The closest is the last contest (the smallest majority share), with its council's name.
    expect(first).toContain(`Council ${(MOST_HEADLINES + 9) % 5} · </span><strong>Ward ${MOST_HEADLINES + 9}: `);
    expect(first).toContain(`${PICKED_HEADLINES} of ${MOST_HEADLINES + 10} results; every result is listed below, council by council.`);
  });

  it('lists the seats that changed hands first when some did', () => {
    const html = render({ title: 'Big', report: bigReport(MOST_HEADLINES + 10, 5, (i) => i % 10 === 0), charts: [] });
    expect(html).toContain('Seats that changed hands (5)');
  });

  it('groups every contest by council in collapsible sections, and leaves the candidate tables off past MOST_CONTEST_TABLES', () => {
    const html = render({ title: 'Big', report: bigReport(MOST_CONTEST_TABLES + 1, 4, () => false), charts: [] });
    expect(html.match(/<details><summary>Council \d · \d+ contests<\/summary>/g)).toHaveLength(4);
    expect(html).not.toContain('<td>Louis Stephen</td>');
    const small = render({ title: 'Small', report: bigReport(8, 1, () => false), charts: [] });
    expect(small).toContain('<details open><summary>Council 0 · 8 contests</summary>');
    expect(small).toContain('<td>Louis Stephen</td>');
  });
});

describe('published text on the page', () => {
  it('cuts file paths to the file name and leaves out the citations of the design notes', () => {
    expect(
      publishedText(
        'Compared with: /home/desk/results/leap-2016-05-05.csv. Baseline: last fought: each seat against the party that won it when it was last fought (defections and by-elections since ignored; domain-rules.md §4a).',
      ),
    ).toBe(
      'Compared with: leap-2016-05-05.csv. Baseline: last fought: each seat against the party that won it when it was last fought (defections and by-elections since ignored).',
    );
    expect(publishedText('Rows: 16063 read from ../data/leap-2018-05-03.csv, first at ../data/leap-2018-05-03.csv:4784.')).toBe(
      'Rows: 16063 read from leap-2018-05-03.csv, first at leap-2018-05-03.csv:4784.',
    );
  });

  it('shows the party totals with party, seats and change first, with real minus signs, the heading as the caption', () => {
    const totals: Report = {
      blocks: [
        {
          kind: 'totals',
          heading: [text('Worcester: party totals', undefined, true)],
          table: {
            columns: [
              { key: 'party', label: 'Party', type: 'party' },
              { key: 'votes', label: 'Votes', type: 'count' },
              { key: 'share', label: 'Share', type: 'share' },
              { key: 'seats', label: 'Seats', type: 'count' },
              { key: 'change', label: 'Change', type: 'change' },
              { key: 'netSeats', label: 'Net seats', type: 'net' },
            ],
            rows: [{ cells: ['Conservative', 6578, 0.304, 3, -0.071, -1], colour: '#0087DC' }],
          },
          notes: [],
        },
      ],
      footer: [],
    };
    const html = render({ title: 'Worcester', report: totals, charts: [] });
    expect(html).toMatch(
      /<th[^>]*>Party<\/th><th[^>]*>Seats<\/th><th[^>]*>Net seats<\/th><th[^>]*>Share<\/th><th[^>]*>Change<\/th><th[^>]*>Votes<\/th>/,
    );
    expect(html).toContain('<td class="num">3</td><td class="num">−1</td><td class="num">30.4%</td><td class="num">−7.1</td>');
    expect(html).toContain('<caption><strong>Worcester: party totals</strong></caption>');
  });
});

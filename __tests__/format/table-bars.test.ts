import { renderTable } from '../../src/format/table';
import { plainTheme, type Theme } from '../../src/format/theme';
import type { Report } from '../../src/report/report';

/** Worcester 2016 party totals (LEAP 2016: Lab 7,831, Con 6,578, Green 3,401 of 21,627 valid votes). */
const report: Report = {
  blocks: [
    {
      kind: 'totals',
      heading: [{ text: 'Worcester: party totals' }],
      table: {
        columns: [
          { key: 'party', label: 'Party', type: 'party' },
          { key: 'votes', label: 'Votes', type: 'count' },
          { key: 'share', label: 'Share', type: 'share' },
        ],
        rows: [
          { cells: ['Labour', 7831, 7831 / 21627], colour: '#E4003B' },
          { cells: ['Conservative', 6578, 6578 / 21627], colour: '#0087DC' },
          { cells: ['Green', 3401, 3401 / 21627], colour: '#02A95B' },
        ],
      },
      notes: [],
    },
  ],
  footer: [],
};

function render(terminalWidth: number | null, theme: Theme = plainTheme, blockKind: 'totals' | 'contest' = 'totals'): string {
  let out = '';
  const withKind: Report = { ...report, blocks: report.blocks.map((b) => ({ ...b, kind: blockKind })) };
  renderTable(withKind, theme, (t) => (out += t), { terminalWidth });
  return out;
}

describe('share bars in the party totals table', () => {
  it('are drawn on a wide terminal, the largest share filling the bar', () => {
    const lines = render(100).split('\n');
    const labour = lines.find((l) => l.includes('Labour'))!;
    const green = lines.find((l) => l.includes('Green'))!;
    expect(labour).toContain('█'.repeat(30));
    // Green 15.7% / Labour 36.2% of 30 characters = 13.0 characters.
    expect((green.match(/█/g) ?? []).length).toBe(13);
  });

  it('are never drawn when the output is not a terminal (pipes, files)', () => {
    expect(render(null)).not.toMatch(/[█▏▎▍▌▋▊▉]/);
  });

  it('are left out when the terminal is too narrow for them', () => {
    const narrow = render(40);
    expect(narrow).not.toContain('█');
    for (const line of render(48).split('\n')) expect([...line].length).toBeLessThanOrEqual(48);
  });

  it('fit the terminal width they are given', () => {
    for (const line of render(60).split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('are only for party totals, not the candidates of a contest', () => {
    expect(render(120, plainTheme, 'contest')).not.toContain('█');
  });

  it('are drawn in the party colour through the theme', () => {
    const recording: Theme = { ...plainTheme, party: (t, colour) => (colour ? `[${colour}]${t}[/]` : t) };
    expect(render(100, recording)).toContain(`[#E4003B]${'█'.repeat(30)}[/]`);
  });
});

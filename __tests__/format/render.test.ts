import { renderCsv } from '../../src/format/csv';
import { renderMarkdown } from '../../src/format/markdown';
import { renderJson, streamed } from '../../src/format/json';
import { renderTable } from '../../src/format/table';
import { plainTheme, type Theme } from '../../src/format/theme';
import type { Report } from '../../src/report/report';

const report: Report = {
  blocks: [
    {
      heading: [
        { text: 'Battenhall: ', strong: true },
        { text: 'Green', colour: '#02A95B', strong: true },
        { text: ', majority 194 (1,081 vs 887)' },
      ],
      table: {
        columns: [
          { key: 'candidate', label: 'Candidate', type: 'text' },
          { key: 'party', label: 'Party', type: 'party' },
          { key: 'votes', label: 'Votes', type: 'count' },
          { key: 'share', label: 'Share', type: 'share' },
        ],
        rows: [
          { cells: ['Louis Stephen', 'Green', 1081, 0.495], colour: '#02A95B', strong: true },
          { cells: ['David Tibbutt', 'Conservative', 887, 0.4061], colour: '#0087DC' },
        ],
      },
      notes: ['valid votes 2,184'],
    },
  ],
  footer: ['Shares: top vote.'],
};

function collect(render: (write: (text: string) => void) => void): string {
  const parts: string[] = [];
  render((text) => parts.push(text));
  return parts.join('');
}

describe('the table renderer', () => {
  it('draws a heading line, a table with numbers aligned right, notes and footer', () => {
    expect(collect((write) => renderTable(report, plainTheme, write))).toBe(
      [
        'Battenhall: Green, majority 194 (1,081 vs 887)',
        '┌───────────────┬──────────────┬───────┬───────┐',
        '│ Candidate     │ Party        │ Votes │ Share │',
        '│ Louis Stephen │ Green        │ 1,081 │ 49.5% │',
        '│ David Tibbutt │ Conservative │   887 │ 40.6% │',
        '└───────────────┴──────────────┴───────┴───────┘',
        'valid votes 2,184',
        '',
        'Shares: top vote.',
        '',
      ].join('\n'),
    );
  });

  it('puts colour only where the theme says: party names in their colour', () => {
    const recording: Theme = {
      party: (text, colour) => `<${colour}>${text}</>`,
      strong: (text) => `*${text}*`,
      dim: (text) => text,
      warning: (text) => text,
    };
    const text = collect((write) => renderTable(report, recording, write));
    expect(text).toContain('*Battenhall: **<#02A95B>Green</>*, majority 194');
    expect(text).toContain('<#0087DC>Conservative</>');
    expect(text).toContain('*1,081*');
  });
});

describe('the markdown renderer', () => {
  it('writes a bold heading and a pipe table with numeric columns aligned right', () => {
    expect(collect((write) => renderMarkdown(report, write))).toBe(
      [
        '**Battenhall: Green, majority 194 (1,081 vs 887)**',
        '',
        '| Candidate | Party | Votes | Share |',
        '|---|---|---:|---:|',
        '| Louis Stephen | Green | 1,081 | 49.5% |',
        '| David Tibbutt | Conservative | 887 | 40.6% |',
        '',
        '_valid votes 2,184_',
        '',
        '_Shares: top vote._',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('the csv renderer', () => {
  it('quotes fields with commas and quotes, keeps numbers raw, and defuses formula-like text', () => {
    const table = {
      columns: [
        { key: 'area', label: 'area', type: 'text' as const },
        { key: 'votes', label: 'votes', type: 'count' as const },
        { key: 'share', label: 'share', type: 'share' as const },
      ],
      rows: [{ cells: ['Ayr, Carrick and "Cumnock"', -3, 0.495] }, { cells: ['=HYPERLINK("x")', null, true] }],
    };
    expect(collect((write) => renderCsv(table, write))).toBe(
      'area,votes,share\n"Ayr, Carrick and ""Cumnock""",-3,0.495\n"\'=HYPERLINK(""x"")",,true\n',
    );
  });
});

describe('the json renderer', () => {
  it('streams marked arrays item by item and the result parses back', () => {
    const text = collect((write) => renderJson({ schema: 'x/1', items: streamed([{ a: 1 }, { a: 2 }]), empty: streamed([]) }, write));
    expect(JSON.parse(text)).toEqual({ schema: 'x/1', items: [{ a: 1 }, { a: 2 }], empty: [] });
  });
});

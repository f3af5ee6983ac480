/**
 * The table's fast grid (src/format/table-grid.ts) against cli-table3 drawing the same cells: byte for byte,
 * or it declines (null) and table.ts draws with cli-table3. Speed never changes an answer (issue 17).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as grid from '../../src/format/table-grid';
import { simpleGrid, type Align } from '../../src/format/table-grid';
import { cliTable3Grid } from '../../src/format/table';
import { root, runCli } from '../cli/run-cli';

/** What table.ts draws: the fast grid when it can, else cli-table3. */
const drawn = (head: string[], rows: string[][], aligns: Align[]) => simpleGrid(head, rows, aligns) ?? cliTable3Grid(head, rows, aligns);

describe('the fast table grid', () => {
  it('draws every character as cli-table3 (string-width) measures it, alone and beside others', () => {
    // Every code point up to the CJK ideographs, then every 17th, then every 997th past the ideographic planes
    // (display-width.test.ts checks each one's width); 64 to a table, one row each, so every cell's own
    // padding is compared.
    const codes: number[] = [];
    for (let code = 0x20; code < 0x110000; code += code < 0x3400 ? 1 : code < 0x30000 ? 17 : 997) {
      if (code !== 0x0a && (code < 0xd800 || code > 0xdfff)) codes.push(code);
    }
    const aligns: Align[] = ['right', 'left'];
    for (let start = 0; start < codes.length; start += 64) {
      const rows = codes.slice(start, start + 64).map((code) => {
        const ch = String.fromCodePoint(code);
        return [ch, `a${ch}${ch}b`];
      });
      expect([codes[start]!.toString(16), simpleGrid(['x', 'y'], rows, aligns)]).toEqual([
        codes[start]!.toString(16),
        cliTable3Grid(['x', 'y'], rows, aligns),
      ]);
    }
  });

  it('draws a Worcester 2016 ward (Battenhall) exactly as cli-table3 does, without falling back', () => {
    const head = ['Candidate', 'Party', 'Votes', 'Share', 'Elected'];
    const rows = [
      ['Marjory Bisset', 'Green', '1,081', '45.4%', 'elected'],
      ['Rob Wilkinson', 'Conservative', '887', '37.2%', ''],
      ['Alex Farrow', 'Labour', '243', '10.2%', ''],
    ];
    const aligns: Align[] = ['left', 'left', 'right', 'right', 'left'];
    const fast = simpleGrid(head, rows, aligns);
    expect(fast).not.toBeNull();
    expect(fast).toBe(cliTable3Grid(head, rows, aligns));
  });

  it('draws wide, combining, emoji and emoji-sequence cells itself, exactly as cli-table3 does', () => {
    const cells = ['漢字', '候補1', 'Zoe\u0301', 'vote 🗳', '👍🏽 up', '🇬🇧', '❤️', '1\ufe0f\u20e3', 'tab\there', 'ｶﾀｶﾅ', 'a\u200bb'];
    for (const cell of cells) {
      const fast = simpleGrid(['x', 'y'], [[cell, 'z']], ['left', 'right']);
      expect(fast).not.toBeNull();
      expect(fast).toBe(cliTable3Grid(['x', 'y'], [[cell, 'z']], ['left', 'right']));
    }
  });

  it('declines only a line break in a cell (our reports escape them) and ragged rows', () => {
    expect(simpleGrid(['x'], [['two\nlines']], ['left'])).toBeNull();
    expect(simpleGrid(['a', 'b'], [['only one']], ['left', 'left'])).toBeNull();
  });

  it('gives cli-table3 output for random tables, coloured or not', () => {
    const pieces = [
      'a',
      'Z',
      ' ',
      '9',
      ',',
      '.',
      '%',
      '-',
      "'",
      'é',
      'ß',
      'Ł',
      'ŵ',
      'Ω',
      'Ж',
      '–',
      '’',
      '−',
      '█',
      '▍',
      '·',
      '漢',
      '\u0301',
      '🗳',
      '\n',
      'カ',
      'ｶ',
      '한',
      '\u200b',
      '\u0483',
      '\ufe0f',
      '\u200d',
      '🏽',
      '🇬',
      '👍',
      '𠀀',
    ];
    const plain = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));
    // The codes chalk writes (bold, dim, truecolour, 256 and 16 colours) and some it never writes (unclosed).
    const wraps = [
      (t: string) => t,
      (t: string) => `\u001b[1m${t}\u001b[22m`,
      (t: string) => `\u001b[2m${t}\u001b[22m`,
      (t: string) => `\u001b[38;2;228;0;59m${t}\u001b[39m`,
      (t: string) => `\u001b[1m\u001b[38;5;33m${t}\u001b[39m\u001b[22m`,
      (t: string) => `\u001b[91m${t}\u001b[39m`,
      (t: string) => `\u001b[1m${t}`,
      (t: string) => `\u001b[41m${t}`,
    ];
    const cell = fc.tuple(plain, fc.nat(wraps.length - 1)).map(([t, w]) => wraps[w]!(t));
    const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
      fc.record({
        head: fc.array(cell, { minLength: columns, maxLength: columns }),
        rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 6 }),
        aligns: fc.array(fc.constantFrom<Align>('left', 'right'), { minLength: columns, maxLength: columns }),
      }),
    );
    fc.assert(
      fc.property(table, ({ head, rows, aligns }) => {
        expect(drawn(head, rows, aligns)).toBe(cliTable3Grid(head, rows, aligns));
      }),
      { numRuns: 400 },
    );
  });
});

describe('results tally as a table, fast grid against cli-table3 alone', () => {
  // Every results fixture; not the check command's broken files, the party list or the candidate list (no votes).
  const notResults = new Set(['parties-example.csv', 'dc-candidates-parl.2019-12-12-extract.csv', 'corrections-example.csv']);
  const fixtures = readdirSync(path.join(root, 'fixtures')).filter(
    (f) => f.endsWith('.csv') && !f.startsWith('check-') && !notResults.has(f),
  );

  it.each(fixtures)('%s prints the same table', async (fixture) => {
    const args = ['tally', `fixtures/${fixture}`, '--quiet'];
    const fast = await runCli(args);
    expect(fast.status).toBe(0);
    const spy = jest.spyOn(grid, 'simpleGrid').mockReturnValue(null);
    try {
      const reference = await runCli(args);
      expect(spy).toHaveBeenCalled();
      expect(fast).toEqual(reference);
    } finally {
      spy.mockRestore();
    }
  });
});

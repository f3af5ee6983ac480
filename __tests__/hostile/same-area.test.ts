/**
 * One rule for "the same area" (issue 16, item 5): a ward written `Siân` in NFC on one row and NFD on
 * another, or `North` and `north`, was two contests in `tally` and passed `check`, while swing and gains
 * folded them together. Now the reader groups rows by areaKey (core/fold.ts), the key --area, swing and
 * gains use, and says which lines spelled one area two ways.
 */
import { areaKey, foldName } from '../../src/core/fold';
import { results } from './run-cli';

const file = 'fixtures/bad/area-spelled-two-ways.csv';

describe('one area, two spellings', () => {
  it('the fold is blind to Unicode form, case and spacing, and keeps other scripts', () => {
    expect(areaKey('Si\u00e2n')).toBe(areaKey('Sia\u0302n'));
    expect(areaKey('North')).toBe(areaKey(' NORTH  '));
    expect(areaKey('St. John’s')).toBe(areaKey('Saint Johns'));
    // Letters of other scripts are letters: two Cyrillic wards must not fold to one empty key.
    expect(areaKey('Центр')).not.toBe(areaKey('Север'));
    expect(foldName('Центр')).toBe('центр');
    expect(foldName('?')).not.toBe(foldName('!'));
  });

  it('tally counts each area once and warns with both lines', async () => {
    const run = await results(['tally', file, '--format', 'json']);
    expect(run.status).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.contests.map((c: { area: string }) => c.area)).toEqual(['Si\u00e2n', 'North']);
    expect(document.contests.map((c: { candidates: unknown[] }) => c.candidates.length)).toEqual([2, 2]);
    expect(run.stderr).toContain(
      `results: warning: ${file}:4: "north" and "North" (line 3) are one area written two ways (case, accents, spacing or punctuation); counted as one contest, "North"`,
    );
    expect(run.stderr).toContain(
      `${file}:5: "Sia\u0302n" and "Si\u00e2n" (line 2) are one area written two ways (the same letters in different Unicode forms, NFC and NFD)`,
    );
  });

  it('check reports the spellings as warnings', async () => {
    const run = await results(['check', file]);
    expect(run.stdout).toContain(`${file}:4: warning[area-spellings]:`);
    expect(run.stdout).toContain(`${file}:5: warning[area-spellings]:`);
    expect(run.stdout).toContain('0 errors, 2 warnings');
  });
});

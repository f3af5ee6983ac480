/**
 * foldName's ASCII and accented-Latin paths (core/fold.ts) are speed-ups, never a second rule: they give what the
 * Unicode rule gives, on generated names of every ASCII character, of Latin letters with accents mixed with other
 * scripts and marks, and on the names of the shipped fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { areaKey, foldAscii, foldName, foldUnicode } from '../../src/core/fold';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');

describe('folding names', () => {
  it('folds every ASCII string as the Unicode rule does', () => {
    const asciiText = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 40 });
    fc.assert(
      fc.property(asciiText, (name) => foldAscii(name) === foldUnicode(name)),
      { numRuns: 20_000 },
    );
  });

  it('folds names made of the characters that matter (letters, digits, & and apostrophes, spaces) as the Unicode rule does', () => {
    const unit = fc.constantFrom('S', 't', 'a', 'Z', '0', '9', '&', "'", '`', ' ', '-', '.', ',', '\t', '\n', '(', ')');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (name) => foldAscii(name) === foldUnicode(name)),
      { numRuns: 20_000 },
    );
  });

  it('folds names in accented Latin, other scripts, marks and typographic punctuation as the Unicode rule does', () => {
    // Latin-1 and Latin Extended-A/B (é, ô, ß, ĳ, ª, ¼, NBSP, ×), combining marks, Greek and Cyrillic letters,
    // curly quotes and dashes, full-width forms, ligatures, beside ASCII letters, digits and punctuation.
    const ranges: Array<[number, number]> = [
      [0x20, 0x7e],
      [0xa0, 0x24f],
      [0x300, 0x36f],
      [0x391, 0x3c9],
      [0x410, 0x44f],
      [0x2010, 0x2027],
      [0xfb00, 0xfb06],
      [0xff01, 0xff5e],
    ];
    const unit = fc
      .constantFrom(...ranges)
      .chain(([low, high]) => fc.integer({ min: low, max: high }).map((code) => String.fromCharCode(code)));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (name) => foldName(name) === foldUnicode(name)),
      { numRuns: 20_000 },
    );
    for (let code = 0x80; code <= 0x24f; code++) {
      const name = `Sa${String.fromCharCode(code)}nt`;
      expect([name, foldName(name)]).toEqual([name, foldUnicode(name)]);
    }
  });

  it('folds every cell of the shipped fixtures as the Unicode rule does, whichever path the cell takes', () => {
    let cells = 0;
    for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.csv'))) {
      for (const cell of readFileSync(path.join(fixtures, name), 'utf8').split(/[,\n]/)) {
        expect(foldName(cell)).toBe(foldUnicode(cell));
        cells += 1;
      }
    }
    expect(cells).toBeGreaterThan(10_000);
  });

  it("reads St John's, St Johns, Saint Johns and ST. JOHN'S as one place, and keeps a name of punctuation only", () => {
    expect(new Set(["St John's", 'St Johns', 'Saint Johns', "ST. JOHN'S", 'st-johns'].map(areaKey))).toEqual(new Set(['st johns']));
    expect(foldName(' ? ')).toBe('?');
    expect(foldName('Ynys Môn')).toBe(foldName('Ynys Mon'));
    expect(foldName('Sinn Féin')).toBe('sinn fein');
    expect(foldName(' ´ ')).toBe('´');
  });
});

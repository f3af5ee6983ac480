/**
 * foldName's ASCII path (core/fold.ts) is a speed-up, never a second rule: for every ASCII name it gives what the
 * Unicode rule gives, on generated names of every ASCII character and on the names of the shipped fixtures.
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
  });
});

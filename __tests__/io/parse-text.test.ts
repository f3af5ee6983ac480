/**
 * parseText skips the regular expression when a cell is already folded (almost every cell of a large
 * file). The shortcut must never change a result: compared with the plain fold on random text full of
 * every kind of white space JavaScript's \s knows.
 */
import fc from 'fast-check';
import { parseText } from '../../src/io/cells';

const fold = (raw: string) => raw.replace(/\s+/g, ' ').trim();
const spaces = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\u200b',
  '\u0001',
];

describe('parseText', () => {
  test.each([
    ['Worcester', 'Worcester'],
    ["St Stephen's", "St Stephen's"],
    ['  Joy  Squires ', 'Joy Squires'],
    ['Siân\u00a0Ní Bhriain', 'Siân Ní Bhriain'],
    ['Labour and\nCo-operative Party', 'Labour and Co-operative Party'],
    ['', ''],
    [' ', ''],
  ])('%j reads as %j', (raw, expected) => {
    expect(parseText(raw)).toBe(expected);
  });

  test('gives what the plain fold gives, on any text', () => {
    const piece = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom(...spaces), fc.constantFrom('Łukasz', 'Ward', 'a b'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const raw = pieces.join('');
        expect(parseText(raw)).toBe(fold(raw));
      }),
      { numRuns: 5000 },
    );
  });
});

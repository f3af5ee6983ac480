/**
 * The fast grid's measure (src/format/display-width.ts) against string-width 4.2.3 itself, the measure
 * cli-table3 pads with: every code point, and random text of every class it accepts. Where it answers -1
 * (part of an emoji sequence) the grid asks cli-table3's strlen, so that answer is checked too.
 */
import fc from 'fast-check';
import { codePointWidth, displayWidth } from '../../src/format/display-width';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the reference: cli-table3's own dependency
const stringWidth = require('string-width') as (text: string) => number;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const emojiRegex = require('emoji-regex') as () => RegExp;

const every = (): number[] => {
  const codes: number[] = [];
  for (let code = 0; code < 0x110000; code++) codes.push(code);
  return codes;
};
const asText = (code: number) => (code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code));

describe('display width as cli-table3 measures it', () => {
  it('gives string-width 4 for every code point it measures, and leaves only emoji sequence parts to it', () => {
    const wrong: string[] = [];
    const leftToCliTable3: number[] = [];
    for (const code of every()) {
      const fast = codePointWidth(code);
      if (fast === -1) {
        leftToCliTable3.push(code);
        continue;
      }
      if (fast !== stringWidth(asText(code))) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
    // ZWJ, keycap, 16 variation selectors, 26 regional indicators, 5 skin tones, 128 tags.
    expect(leftToCliTable3.length).toBe(1 + 1 + 16 + 26 + 5 + 128);
  });

  it('counts the East Asian wide and fullwidth characters 2, combining marks 0 and emoji 2', () => {
    expect(displayWidth('候補1')).toBe(5);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('한국')).toBe(4);
    expect(displayWidth('Zoe\u0301')).toBe(3);
    expect(displayWidth('vote 🗳')).toBe(stringWidth('vote 🗳'));
    expect(displayWidth('🐍')).toBe(2);
    expect(displayWidth('𠀀')).toBe(2);
    // An emoji sequence is one picture, two columns: left to cli-table3's measure.
    expect(displayWidth('👍🏽')).toBe(-1);
    expect(displayWidth('🇬🇧')).toBe(-1);
    expect(displayWidth('❤️')).toBe(-1);
  });

  it('lists as emoji exactly the code points emoji-regex 8 matches alone', () => {
    const alone = every().filter((code) => {
      const text = asText(code);
      const match = text.match(emojiRegex());
      return match !== null && match[0] === text;
    });
    // Regional indicators and skin tones match alone too, but join others into one picture (a flag, a
    // toned hand): sequence parts, left to cli-table3. Every other lone match is counted 2 here.
    expect(alone.filter((code) => codePointWidth(code) !== 2 && codePointWidth(code) !== -1)).toEqual([]);
    expect(alone.filter((code) => codePointWidth(code) === -1).length).toBe(26 + 5);
  });

  it('adds up over random text as string-width does (wide, combining, emoji side by side, lone surrogates)', () => {
    const pool = [
      0x41, 0x7a, 0x20, 0x2c, 0xe9, 0x301, 0x36f, 0x370, 0x483, 0x5d0, 0x627, 0x93f, 0xe01, 0x1100, 0x1160, 0x200b, 0x2014, 0x203c, 0x2122,
      0x2194, 0x231a, 0x2329, 0x2600, 0x2614, 0x26bd, 0x2705, 0x2728, 0x2b50, 0x3000, 0x3042, 0x30ab, 0x4e00, 0x5019, 0xac00, 0xd7a3,
      0xd800, 0xdc00, 0xff01, 0xff61, 0xffe0, 0x1f004, 0x1f300, 0x1f3f4, 0x1f40d, 0x1f5f3, 0x1f600, 0x1f9ff, 0x1fa95, 0x20000, 0x2fffd,
      0x30000,
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 16 }), (codes) => {
        const text = codes.map(asText).join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('is linear in the length of the text: 1,000,000 kana cost about 1,000 times 1,000', () => {
    const short = 'カ'.repeat(1000);
    const long = 'カ'.repeat(1_000_000);
    expect(displayWidth(long)).toBe(2_000_000);
    const time = (text: string, times: number) => {
      const samples: number[] = [];
      for (let run = 0; run < 3; run++) {
        const start = process.hrtime.bigint();
        for (let i = 0; i < times; i++) displayWidth(text);
        samples.push(Number(process.hrtime.bigint() - start));
      }
      return samples.sort((a, b) => a - b)[1]!;
    };
    // Same characters measured, one long text against many short ones: a quadratic measure would be ~1000x.
    expect(time(long, 1) / time(short, 1000)).toBeLessThan(10);
  });
});

import { parseCount, parseFlag } from '../../src/io/cells';

const origin = { file: 'w.csv', line: 7 };
const error = (raw: string) => {
  try {
    parseCount(raw, 'votes', origin);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`expected ${raw} to be refused`);
};

describe('votes', () => {
  it('are whole numbers, with UK thousands separators allowed (1,081)', () => {
    expect(parseCount('1081', 'votes', origin)).toBe(1081);
    expect(parseCount('1,081', 'votes', origin)).toBe(1081);
    expect(parseCount(' 887 ', 'votes', origin)).toBe(887);
    expect(parseCount('', 'votes', origin)).toBeNull();
  });

  it.each([
    ['12.5', 'w.csv:7: votes must be a whole number, got "12.5"'],
    ['-3', 'w.csv:7: votes must not be negative, got "-3"'],
    [
      '1.081',
      'w.csv:7: votes is ambiguous: "." could be a decimal point or a thousands separator; write it without separators, got "1.081"',
    ],
    ['1e3', 'w.csv:7: votes must be a whole number written out, not in exponent form, got "1e3"'],
    ['NaN', 'w.csv:7: votes must be a whole number, got "NaN"'],
    ['8,87O', 'w.csv:7: votes must be a whole number, got "8,87O"'],
    ['99999999999999999', 'w.csv:7: votes too large to count exactly, got "99999999999999999"'],
  ])('refuse %j', (raw, message) => {
    expect(error(raw)).toBe(message);
  });
});

describe('elected flags', () => {
  it('read 1/0, true/false, yes/no and blank as not said', () => {
    expect(['1', 'TRUE', 'yes', 'Elected', '0', 'false', 'no', ''].map((raw) => parseFlag(raw, 'elected', origin))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      null,
    ]);
  });

  it('refuse anything else', () => {
    expect(() => parseFlag('maybe', 'elected', origin)).toThrow('w.csv:7: elected must be yes/no, true/false or 1/0, got "maybe"');
  });
});

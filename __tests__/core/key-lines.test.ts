import { KeyLines } from '../../src/core/key-lines';
import { contestKey } from '../../src/io/contests';

describe('KeyLines answers as a Map of the keys would', () => {
  it('finds every contest key stored, with its line, across growth, and answers as the Map for keys near them', () => {
    // Keys as the assembler makes them, of places written with accents and in other scripts (LEAP and
    // Democracy Club files have Welsh, Gaelic and Polish names): some one byte a unit, some two.
    const places = ['Battenhall', 'Siân', 'Ystradgynlais', 'Na Hearadh', 'Łódź', 'Ynys Môn', 'Αθήνα', 'St John’s'];
    const stored = new Map<string, number>();
    // Small chunks, so that the keys are spread over many.
    const lines = new KeyLines(4096);
    for (let i = 0; i < 20_000; i++) {
      const key = contestKey(`${places[i % places.length]} Council (${i % 97})`, `${places[(i * 7) % places.length]} ${i}`);
      stored.set(key, i + 2);
      lines.set(key, i + 2);
    }
    expect(lines.size).toBe(stored.size);
    const wrong = [...stored].filter(([key, line]) => lines.get(key) !== line);
    expect(wrong).toEqual([]);
    // Keys one unit longer or shorter than stored ones (some of them stored too: "ward 1" and "ward 12").
    const near = [...stored.keys()].flatMap((key) => [`${key}1`, key.slice(0, -1), key.slice(1)]);
    expect(near.filter((key) => lines.get(key) !== stored.get(key))).toEqual([]);
    expect(near.some((key) => stored.has(key))).toBe(true);
    expect(near.some((key) => !stored.has(key))).toBe(true);
  });

  it('tells apart keys whose code units differ only above one byte, or only in length', () => {
    const lines = new KeyLines();
    // 'Ā' is U+0100: stored two bytes a unit, never equal to the one-byte key of the units 0x01 0x00.
    lines.set('\u0100', 1);
    lines.set('\u0001\u0000', 2);
    lines.set('e\u0301', 3);
    lines.set('\u00e9', 4);
    lines.set('', 5);
    lines.set('\ud83d', 6);
    expect([
      lines.get('\u0100'),
      lines.get('\u0001\u0000'),
      lines.get('e\u0301'),
      lines.get('\u00e9'),
      lines.get(''),
      lines.get('\ud83d'),
    ]).toEqual([1, 2, 3, 4, 5, 6]);
    // A lone surrogate is its own key, not U+FFFD (as a UTF-8 round trip would make it).
    expect(lines.get('\ufffd')).toBeUndefined();
    expect(lines.get('\ud83e')).toBeUndefined();
  });

  it('keeps the first line of a key stored twice', () => {
    const lines = new KeyLines();
    lines.set('worcester\u0000battenhall', 10);
    lines.set('worcester\u0000battenhall', 99);
    expect(lines.get('worcester\u0000battenhall')).toBe(10);
    expect(lines.size).toBe(1);
  });

  it('stores a key longer than a chunk of its memory', () => {
    const lines = new KeyLines(64);
    const long = 'Ward '.repeat(20);
    lines.set('before', 1);
    lines.set(long, 2);
    lines.set('after', 3);
    expect([lines.get('before'), lines.get(long), lines.get('after'), lines.get(`${long}x`)]).toEqual([1, 2, 3, undefined]);
  });
});

import { KeyHashes } from '../../src/core/key-hashes';

describe('KeyHashes', () => {
  it('answers true for each new key and false for each key seen, across growth, for keys of any text', () => {
    const keys: string[] = [];
    for (let i = 0; i < 100_000; i++) keys.push(`council ${i % 977}\u0000ward ${i} ${'Siân'.repeat(i % 3)}`);
    const set = new KeyHashes();
    expect(keys.every((key) => set.add(key))).toBe(true);
    // Every one, whichever way its hashes fall (a hash stored unsigned and compared signed was never found again).
    expect(keys.filter((key) => set.add(key))).toEqual([]);
    expect(set.add('')).toBe(true);
    expect(set.add('')).toBe(false);
  });
});

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

  it('says which keys it holds without adding them, and holds none once cleared', () => {
    const seen = KeyHashes.of(['Worcester\u0000battenhall', 'Worcester\u0000warndon']);
    const asked = KeyHashes.of(['Worcester\u0000warndon', 'Worcester\u0000arboretum']);
    const set = new KeyHashes();
    for (let at = 0; at < seen.length; at += 2) set.addHashes(seen, at);
    expect([set.has(asked, 0), set.has(asked, 2)]).toEqual([true, false]);
    expect(set.has(asked, 2)).toBe(false);
    set.clear();
    expect([set.has(seen, 0), set.has(seen, 2)]).toEqual([false, false]);
    expect(set.addHashes(seen, 0)).toBe(true);
  });
});

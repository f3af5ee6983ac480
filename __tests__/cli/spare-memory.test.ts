import { SpareMemory } from '../../src/cli/spare-memory';

describe('SpareMemory', () => {
  it('hands back kept memory big enough for the size asked, lets go of smaller, and keeps no more than it may', () => {
    const spare = new SpareMemory(2);
    const small = new ArrayBuffer(10);
    const big = new ArrayBuffer(100);
    const third = new ArrayBuffer(100);
    spare.giveBack(big);
    spare.giveBack(small);
    spare.giveBack(third); // beyond the two it keeps
    // The last given back (small) is too small for 50 bytes and is let go; big is next.
    expect(spare.take(50)).toBe(big);
    const fresh = spare.take(50);
    expect(fresh).not.toBe(small);
    expect(fresh).not.toBe(third);
    expect(fresh.byteLength).toBe(50);
  });
});

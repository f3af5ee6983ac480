/**
 * writeQuotient writes a share as `${votes / validVotes}` does, byte for byte, or declines: every quotient of
 * small whole numbers, shares of real wards, and quotients chosen at random up to its limit.
 */
import { QUOTIENT_ROOM, writeQuotient } from '../../src/format/quotient-text';

const bytes = Buffer.alloc(64);

/** What writeQuotient writes, or null when it leaves the quotient to `${}`. */
function written(numerator: number, denominator: number): string | null {
  bytes.fill(0);
  const end = writeQuotient(bytes, 0, numerator, denominator);
  if (end === -1) return null;
  expect(bytes.subarray(QUOTIENT_ROOM).every((byte) => byte === 0)).toBe(true);
  return bytes.toString('latin1', 0, end);
}

/** Quotients it writes differently from `${}` (the first few), and how many it declined. */
function differences(pairs: Iterable<readonly [number, number]>): { wrong: string[]; declined: number; written: number } {
  const wrong: string[] = [];
  let declined = 0;
  let count = 0;
  for (const [numerator, denominator] of pairs) {
    const end = writeQuotient(bytes, 0, numerator, denominator);
    if (end === -1) {
      declined += 1;
      continue;
    }
    count += 1;
    const text = bytes.toString('latin1', 0, end);
    if (text !== `${numerator / denominator}` && wrong.length < 5) wrong.push(`${numerator}/${denominator}: ${text}`);
  }
  return { wrong, declined, written: count };
}

/** A small deterministic generator (Park-Miller), so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

describe('writeQuotient', () => {
  it('writes the shares of Battenhall 2016 as JavaScript does (1,081 of 2,184 is 0.49496336996337)', () => {
    const votes = [1081, 887, 127, 89];
    const valid = 2184;
    expect(votes.map((v) => written(v, valid))).toEqual(votes.map((v) => `${v / valid}`));
    expect(written(1081, 2184)).toBe('0.49496336996337');
    expect(written(194, 2184)).toBe('0.08882783882783883');
  });

  it('writes none, all, a half and shares that end early as JavaScript does', () => {
    expect(written(0, 5)).toBe('0');
    expect(written(5, 5)).toBe('1');
    expect(written(1, 2)).toBe('0.5');
    expect(written(1, 8)).toBe('0.125');
    expect(written(3, 10)).toBe('0.3');
    expect(written(1, 3)).toBe('0.3333333333333333');
    expect(written(2, 3)).toBe('0.6666666666666666');
    expect(written(1, 65536)).toBe('0.0000152587890625');
  });

  it('agrees with `${}` on every quotient with a denominator up to 1,000', () => {
    function* pairs(): Generator<readonly [number, number]> {
      for (let denominator = 1; denominator <= 1000; denominator++) {
        for (let numerator = 0; numerator <= denominator; numerator++) yield [numerator, denominator];
      }
    }
    expect(differences(pairs())).toEqual({ wrong: [], declined: 0, written: 501_500 });
  });

  it('agrees with `${}` on random quotients up to its limit, small shares of big wards among them', () => {
    const next = random(20261207);
    function* pairs(): Generator<readonly [number, number]> {
      for (let i = 0; i < 300_000; i++) {
        const denominator = 1 + Math.floor(next() * (2 ** 23 - 2));
        yield [Math.floor(next() * denominator), denominator];
        // Shares of a few in a hundred thousand and less: places before the first digit.
        yield [1 + Math.floor((next() * denominator) / 1e4), denominator];
      }
    }
    const result = differences(pairs());
    expect(result.wrong).toEqual([]);
    // Below 10^-6 toString writes an exponent, left to `${}`.
    expect(result.declined).toBeLessThan(result.written / 100);
  });

  it('leaves to `${}` what it does not write: exponents, quotients of 1 or more, big or broken numbers', () => {
    expect(written(1, 2_000_000)).toBeNull(); // 5e-7
    expect(written(3, 2)).toBeNull();
    expect(written(1, 2 ** 23)).toBeNull();
    expect(written(1.5, 3)).toBeNull();
    expect(written(-1, 3)).toBeNull();
    expect(written(1, 0)).toBeNull();
    expect(written(Number.NaN, 3)).toBeNull();
  });
});

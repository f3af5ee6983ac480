/** Gallagher, Laakso-Taagepera and Pedersen (core/proportionality.ts), on Worcester 2016 and small cases worked by hand. */
import { effectiveNumberOfParties, gallagherIndex, pedersenVolatility, proportionalityOf } from '../../src/core/proportionality';
import { tally } from '../../src/core/tally';
import { fixture, read } from '../read-helpers';

describe('proportionalityOf', () => {
  it('Worcester 2016: 7 / 3 / 2 seats on 36.2 / 30.4 / 15.7% of 21,627 votes', async () => {
    const { parties } = tally(await read(fixture('worcester-2016.csv')), 'top');
    const result = proportionalityOf(parties);
    // Seats 7, 3, 2 of 12: 1 / (49 + 9 + 4) / 144 = 144 / 62.
    expect(result.effectiveParties.seats).toBeCloseTo(144 / 62, 12);
    // Votes 7,831, 6,578, 3,401, 2,710, 1,026, 50, 31 of 21,627 (worked by hand: 3.7550).
    expect(result.effectiveParties.votes).toBeCloseTo(3.755, 3);
    // √(½ Σ (v − s)²) over the seven parties: 18.70 points.
    expect(result.gallagher).toBeCloseTo(0.187, 3);
  });

  it('is null where there are no votes or no seats, not zero', () => {
    const result = proportionalityOf([]);
    expect(result).toEqual({ gallagher: null, effectiveParties: { votes: null, seats: null } });
  });
});

describe('the indices', () => {
  it('count n equal parties as n', () => {
    expect(effectiveNumberOfParties([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(4, 12);
    expect(effectiveNumberOfParties([1])).toBe(1);
  });

  it('give 0 disproportionality when seats follow votes, and 0.5 when one party of two with half the votes takes everything', () => {
    expect(gallagherIndex([0.6, 0.4], [0.6, 0.4])).toBe(0);
    // √(½ (0.5² + 0.5²)) = 0.5
    expect(gallagherIndex([0.5, 0.5], [1, 0])).toBeCloseTo(0.5, 12);
  });

  it('measure volatility as half the total change, counting a party new or gone in full', () => {
    const before = new Map([
      ['A', 0.5],
      ['B', 0.5],
    ]);
    const after = new Map([
      ['A', 0.4],
      ['B', 0.4],
      ['C', 0.2],
    ]);
    // ½ (0.1 + 0.1 + 0.2) = 0.2, the same read either way.
    expect(pedersenVolatility(before, after)).toBeCloseTo(0.2, 12);
    expect(pedersenVolatility(after, before)).toBeCloseTo(0.2, 12);
  });
});

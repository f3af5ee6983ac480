/** Proportionality in `results tally` and `results council` (issue #14), in-process: additive keys, stated conventions. */
import { results } from './run-cli';

describe('results tally: proportionality', () => {
  it('adds the Gallagher index and effective number of parties to results.tally/1, overall and per council', async () => {
    const { status, stdout } = await results('tally', 'fixtures/worcester-2016.csv', '--format', 'json');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.proportionality.gallagher).toBeCloseTo(0.187, 3);
    expect(doc.proportionality.effectiveParties.seats).toBeCloseTo(144 / 62, 12);
    expect(doc.councils[0].proportionality).toEqual(doc.proportionality);
    expect(doc.conventions.proportionality).toMatch(/Gallagher 1991.*Laakso and Taagepera 1979.*Pedersen 1979/);
  });

  it('states the indices under the totals, and Pedersen volatility with --previous', async () => {
    const plain = await results('tally', 'fixtures/worcester-2016.csv');
    expect(plain.stdout).toContain('Gallagher index 18.7 · effective parties 3.75 by votes, 2.32 by seats (Laakso-Taagepera)');
    const { status, stdout } = await results(
      'tally',
      'fixtures/worcester-2016.csv',
      '--previous',
      'fixtures/worcester-2012.csv',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    // Only Battenhall is in the 2012 file: Green +38.22, Con -7.13, Lab -26.50, LD -8.66, UKIP +4.08
    // (domain-rules.md §2.3), so V = ½ × 84.59 = 42.3 points.
    expect(doc.previous.volatility.overall).toBeCloseTo(0.423, 3);
    expect(doc.previous.volatility.councils).toEqual([{ council: 'Worcester', volatility: doc.previous.volatility.overall }]);
  });
});

describe('results council: proportionality', () => {
  it('gives the effective number of parties by seats before and after (Worcester 2016: 19/15/1 then 17/16/2 of 35)', async () => {
    const { status, stdout } = await results(
      'council',
      'fixtures/worcester-2016-defending.csv',
      '--before',
      'Con=19,Lab=15,Grn=1',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const [worcester] = JSON.parse(stdout).councils;
    expect(worcester.proportionality.effectiveParties.seatsBefore).toBeCloseTo(1225 / 587, 12);
    expect(worcester.proportionality.effectiveParties.seatsAfter).toBeCloseTo(1225 / 549, 12);
  });
});

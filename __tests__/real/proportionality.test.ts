/**
 * Proportionality on the Commons Library general election files. GE2019: 365 Conservative seats (56.2%) on 43.6%
 * of the vote, Labour 202 on 32.1% (Electoral Reform Society, GE2019 briefing, 20 December 2019,
 * https://www.electoral-reform.org.uk/latest-news-and-research/parliamentary-briefings/ers-general-election-2019-briefing/).
 * The indices were computed a second way, outside this code, from the file's party abbreviations (Lab and Lab Co-op
 * as one party, every Ind as one): Gallagher 11.8105, effective parties 3.2322 by votes and 2.3925 by seats. No
 * published Gallagher index for 2019 was found in the sources available; the figures pin the formula on real data.
 */
import { readElection, tally } from '../../src/index';
import { runCli } from '../cli/run-cli';
import { real } from './paths';

const ge = (year: number) => real('uk-hoc-library', `HoC-GE${year}-results-by-candidate.csv`);

describe('GE2019 proportionality', () => {
  it('gives a Gallagher index of 11.8 and 3.23 / 2.39 effective parties by votes / seats', async () => {
    const doc = tally(await readElection(ge(2019)));
    const con = doc.parties.find((p) => p.party === 'Conservative')!;
    expect([con.seats, Number((con.share! * 100).toFixed(1))]).toEqual([365, 43.6]);
    expect(doc.proportionality.gallagher).toBeCloseTo(0.118105, 6);
    expect(doc.proportionality.effectiveParties.votes).toBeCloseTo(3.2322, 4);
    expect(doc.proportionality.effectiveParties.seats).toBeCloseTo(2.3925, 4);
  });

  it('gives Pedersen volatility from 2017 as half the sum of the changes in share it lists (Labour -7.9, LD +4.2)', async () => {
    const { status, stdout } = await runCli(['tally', ge(2019), '--previous', ge(2017), '--format', 'json', '-q']);
    expect(status).toBe(0);
    const { previous } = JSON.parse(stdout);
    const changes = previous.parties as { party: string; change: number }[];
    const labour = changes.find((p) => p.party === 'Labour')!;
    const libDems = changes.find((p) => p.party === 'Liberal Democrats')!;
    expect([Number((labour.change * 100).toFixed(1)), Number((libDems.change * 100).toFixed(1))]).toEqual([-7.9, 4.2]);
    expect(previous.volatility.overall).toBeCloseTo(changes.reduce((sum, p) => sum + Math.abs(p.change), 0) / 2, 12);
    expect(previous.volatility.overall).toBeCloseTo(0.1019, 4);
  });

  it('computes the indices on every LEAP council file, each council and overall, within their bounds', async () => {
    for (const year of ['2016-05-05', '2017-05-04', '2018-05-03', '2019-05-02']) {
      const doc = tally(await readElection(real('uk-leap-local', `leap-${year}.csv`)));
      for (const { proportionality } of [doc, ...doc.councils]) {
        if (proportionality.gallagher !== null) expect(proportionality.gallagher).toBeGreaterThanOrEqual(0);
        if (proportionality.gallagher !== null) expect(proportionality.gallagher).toBeLessThanOrEqual(1);
        if (proportionality.effectiveParties.seats !== null) expect(proportionality.effectiveParties.seats).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

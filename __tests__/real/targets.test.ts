/**
 * `results targets` on the Commons Library GE2019 candidate file. Bury North heads Labour's list: the
 * Conservatives won it by 105 votes, "the most marginal in the country" (Bury Times, 2024,
 * https://burytimes.co.uk/news/24341581.bury-constituencies-top-targets-labour-election). The next entries were
 * checked by hand from the file's votes: Kensington 16,768 to 16,618 of 43,762 (0.17), Bury South 22,034 to
 * 21,632 of 50,274 (0.40), Bolton North East 19,759 to 19,381 of 43,556 (0.43). Labour's 202 seats leave it
 * 124 short of the 326 a majority of 650 needs.
 */
import { readElection, targets } from '../../src/index';
import { real } from './paths';

const ge2019 = real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv');

describe('GE2019 target lists', () => {
  it("reproduces the head of Labour's target list and the 124 seats it needed", async () => {
    const doc = targets(await readElection(ge2019), { party: 'Labour' });
    const head = doc.targets.slice(0, 4).map((t) => [t.area, t.holder, t.margin, Number((t.swing.value * 100).toFixed(2))]);
    expect(head).toEqual([
      ['Bury North', 'Conservative', 105, 0.11],
      ['Kensington', 'Conservative', 150, 0.17],
      ['Bury South', 'Conservative', 402, 0.4],
      ['Bolton North East', 'Conservative', 378, 0.43],
    ]);
    expect(doc.control).toHaveLength(1);
    expect(doc.control[0]).toMatchObject({
      council: null,
      totalSeats: 650,
      majorityThreshold: 326,
      seats: 202,
      seatsNeeded: 124,
      controlNow: 'Conservative',
    });
    // Every seat is accounted for: 429 targets, 202 held, 19 without a Labour candidate (Northern Ireland and the Speaker).
    expect(doc.listed + doc.notApplicable + doc.leftOut.reduce((n, l) => n + l.contests, 0)).toBe(650);
    expect(doc.leftOut).toEqual([expect.objectContaining({ reason: 'the party had no candidate', contests: 19 })]);
  });

  it('puts Bedford first on the Labour defence list (a 145-vote majority)', async () => {
    const doc = targets(await readElection(ge2019), { party: 'Labour', defend: true, top: 1 });
    expect(doc.targets[0]).toMatchObject({ area: 'Bedford', holder: 'Labour', challenger: 'Conservative', margin: 145 });
  });

  it('runs on every LEAP council file, accounting for every contest', async () => {
    for (const year of ['2016-05-05', '2017-05-04', '2018-05-03', '2019-05-02']) {
      const election = await readElection(real('uk-leap-local', `leap-${year}.csv`));
      const doc = targets(election, { party: 'Labour' });
      const leftOut = doc.leftOut.reduce((n, l) => n + l.contests, 0);
      expect(doc.listed + doc.notApplicable + leftOut).toBe(election.contests.length);
      for (const t of doc.targets) expect(t.swing.value).toBeGreaterThanOrEqual(0);
    }
  });
});

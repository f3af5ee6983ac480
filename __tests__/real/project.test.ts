/**
 * `results project` on the real files: with no change a projection is the file's own result, contest for
 * contest, whatever the layout (general elections, LEAP councils with multi-member wards, STV, US precincts);
 * and on GE2019 the seats a uniform swing moves agree with the target list's swings.
 */
import { project, readElection, tally, targets } from '../../src/index';
import { real } from './paths';

const files = [
  ['uk-hoc-library', 'HoC-GE2010-results-by-candidate.csv'],
  ['uk-hoc-library', 'HoC-GE2015-results-by-candidate.csv'],
  ['uk-hoc-library', 'HoC-GE2017-results-by-candidate.csv'],
  ['uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv'],
  ['uk-hoc-library', 'HoC-GE2019-results-by-constituency.csv'],
  ['uk-hoc-library', '1918-2017election_results.csv'],
  ['uk-electoral-commission', 'EC-GE2015-RESULTS.csv'],
  ['uk-leap-local', 'leap-2016-05-05.csv'],
  ['uk-leap-local', 'leap-2017-05-04.csv'],
  ['uk-leap-local', 'leap-2018-05-03.csv'],
  ['uk-leap-local', 'leap-2019-05-02.csv'],
  ['uk-scotland-stv-2022', 'scotland-2022-stv-indylive.csv'],
  ['us-openelections-wi', '20200407__wi__general__ward.csv'],
  ['us-openelections-pa', '2024-general'],
];

describe('a projection with no change', () => {
  it.each(files)(
    'reproduces %s/%s exactly',
    async (...parts) => {
      const election = await readElection(real(...parts));
      const counted = tally(election);
      const largest = counted.parties[0]!.party;
      const doc = project(election, { swing: `${largest}:0` });
      expect(doc.changes).toEqual([]);
      const seats = Object.fromEntries(counted.parties.filter((p) => p.seats > 0).map((p) => [p.party, p.seats]));
      expect(Object.fromEntries(doc.parties.map((p) => [p.party, p.seats]))).toEqual(seats);
      for (const party of doc.parties) expect(party.change).toBe(0);
    },
    120_000,
  );
});

describe('GE2017: the swing Labour needed for a majority, as published', () => {
  /**
   * Complete Politics, "Labour Target Seats" (2019, https://www.completepolitics.co.uk/labour-targets): "Labour
   * needs to net a further 64 seats ... requires an average uniform national swing of 3.57 percent towards the party
   * from the Conservatives, Plaid Cymru and the Scottish National Party. This would capture 45 seats from the
   * Conservatives, 18 seats from the Scottish National Party and 1 seat from Plaid Cymru, making East Kilbride
   * Strathaven and Lesmahagow with a 7.2 percent Scottish National Party majority the seat to aim for."
   */
  const file = real('uk-hoc-library', 'HoC-GE2017-results-by-candidate.csv');

  it('targets: 64 more seats, a 3.57-point swing, East Kilbride the 64th; 45 Conservative, 18 SNP, 1 Plaid Cymru', async () => {
    const doc = targets(await readElection(file), { party: 'Labour' });
    expect(doc.control[0]).toMatchObject({ seats: 262, seatsNeeded: 64 });
    expect(doc.control[0]!.pivot).toMatchObject({ area: 'East Kilbride, Strathaven and Lesmahagow', holder: 'SNP' });
    expect(Number((doc.control[0]!.pivot!.swing.value * 100).toFixed(2))).toBe(3.57);
    const holders: Record<string, number> = {};
    for (const t of doc.targets.slice(0, 64)) holders[t.holder] = (holders[t.holder] ?? 0) + 1;
    expect(holders).toEqual({ Conservative: 45, SNP: 18, 'Plaid Cymru': 1 });
  });

  it('project: that swing from all three (3.58 points, past the 3.573 East Kilbride needs) takes exactly those 64, a majority of 2', async () => {
    const election = await readElection(file);
    const list = targets(election, { party: 'Labour' })
      .targets.slice(0, 64)
      .map((t) => t.area);
    const doc = project(election, { swing: 'Con:-3.58,SNP:-3.58,PC:-3.58,Lab:+3.58' });
    const gained = doc.changes.filter((c) => c.party === 'Labour').map((c) => c.area);
    expect([...gained].sort()).toEqual([...list].sort());
    expect(doc.parties.find((p) => p.party === 'Labour')).toMatchObject({ seatsBefore: 262, seats: 326, change: 64 });
    expect(doc.control[0]!.text).toBe('Labour majority of 2');
  });
});

describe('GE2019 under a uniform swing', () => {
  it('gains for Labour every Conservative seat where it was second and needed under 5 points, and none that needed more', async () => {
    const election = await readElection(real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv'));
    const doc = project(election, { swing: 'Con:-5,Lab:+5' });
    const gainedFromCon = doc.changes.filter((c) => c.party === 'Labour' && c.from === 'Conservative').map((c) => c.area);
    const list = targets(election, { party: 'Labour' }).targets;
    const below = list.filter((t) => t.holder === 'Conservative' && t.position === 2 && t.swing.value < 0.05).map((t) => t.area);
    // Every Labour gain from the Conservatives is a Conservative seat Labour needed under 5 points to take.
    for (const area of gainedFromCon) expect(list.find((t) => t.area === area)!.swing.value).toBeLessThan(0.05);
    // Where Labour was second, the Conservatives lose 5 and Labour gains 5: each of those seats falls.
    expect(gainedFromCon).toEqual(expect.arrayContaining(below));
    expect(doc.control[0]).toMatchObject({ council: null, totalSeats: 650, after: null, largestParties: ['Conservative'] });
  });
});

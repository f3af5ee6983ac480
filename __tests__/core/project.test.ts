/** Swing projections (core/project.ts) on the Worcester LEAP extracts, and the ties a swing can make. */
import { UsageError } from '../../src/errors';
import type { Contest, Election } from '../../src/core/model';
import { projectElection } from '../../src/core/project';
import { tally } from '../../src/core/tally';
import { fixture, read } from '../read-helpers';

const worcester2016 = {
  council: null,
  parties: [
    { party: 'Conservative', seats: 19 },
    { party: 'Labour', seats: 15 },
    { party: 'Green', seats: 1 },
  ],
};

describe('projectElection', () => {
  it('reproduces the file exactly with no change', async () => {
    for (const name of ['worcester-2016.csv', 'worcester-2018.csv', 'ties-2019.csv']) {
      const election = await read(fixture(name));
      const projection = projectElection(election, { method: 'uniform', shareMethod: 'top', swing: [{ party: 'Conservative', value: 0 }] });
      expect(projection.contests.filter((c) => c.result.kind === 'gain')).toEqual([]);
      const counted = tally(election, 'top');
      const seats = Object.fromEntries(counted.parties.filter((p) => p.seats > 0).map((p) => [p.party, p.seats]));
      expect(Object.fromEntries(projection.parties.map((p) => [p.party, p.seatsAfter]))).toEqual(seats);
    }
  });

  it('gives Worcester 2016 to Labour on a 9-point swing from the Conservatives (St Clement 8.44, Bedwardine 8.56)', async () => {
    const election = await read(fixture('worcester-2016-defending.csv'));
    const projection = projectElection(election, {
      method: 'uniform',
      shareMethod: 'top',
      swing: [
        { party: 'Conservative', value: -0.09 },
        { party: 'Labour', value: 0.09 },
      ],
      compositions: [worcester2016],
    });
    expect(projection.contests.filter((c) => c.result.kind === 'gain').map((c) => `${c.area}: ${c.result.text}`)).toEqual([
      'Bedwardine: Labour gain from Conservative',
      'St Clement: Labour gain from Conservative',
    ]);
    // Claines stays Conservative: 37.39 - 9 = 28.39 against the Liberal Democrats' 28.26.
    expect(projection.control).toEqual([
      expect.objectContaining({
        council: 'Worcester',
        totalSeats: 35,
        before: null,
        after: 'Labour',
        largestParties: ['Labour'],
        largestSeats: 18,
      }),
    ]);
  });

  it('moves every candidate of a party in a two-seat ward and elects the top two (Warndon 2018)', async () => {
    const election = await read(fixture('worcester-2018.csv'));
    // Stalker 454 / 946 = 47.99% - 13 = 34.99 falls behind Clayton 213 / 946 = 22.52% + 13 = 35.52; Hodges stays.
    const projection = projectElection(election, {
      method: 'uniform',
      shareMethod: 'top',
      swing: [
        { party: 'Labour', value: -0.13 },
        { party: 'Conservative', value: 0.13 },
      ],
    });
    const warndon = projection.contests.find((c) => c.area === 'Warndon')!;
    expect(warndon.after).toEqual(['Labour', 'Conservative']);
    expect(warndon.result.text).toBe('Conservative gain 1 from Labour; Labour 1 hold');
  });

  it('scales shares under a proportional swing: --shares sets the national share', async () => {
    const election = await read(fixture('worcester-2016.csv'));
    const projection = projectElection(election, { method: 'proportional', shareMethod: 'top', shares: [{ party: 'Labour', value: 0.5 }] });
    const [labour] = projection.national;
    expect(labour!.shareBefore).toBeCloseTo(7831 / 21627, 12);
    // Labour stood in every ward, so its scaled contest shares come to the target nationally.
    expect(labour!.shareAfter).toBeCloseTo(0.5, 12);
    expect(labour!.change).toBeCloseTo(0.5 - 7831 / 21627, 12);
  });

  it('leaves a seat undecided when the swing makes a tie for it, and keeps a lot the file settled', () => {
    const origin = { file: 'made.csv', line: 2 };
    const contest = (area: string, con: number, lab: number, elected: [boolean | null, boolean | null]): Contest => ({
      council: null,
      area,
      code: null,
      seats: 1,
      status: 'contested',
      system: 'plurality',
      electorate: null,
      ballots: null,
      rejected: null,
      defending: null,
      origin,
      candidates: [
        {
          name: `${area} C`,
          party: 'Conservative',
          partyCode: 'Con',
          description: '',
          independent: false,
          votes: con,
          elected: elected[0],
          origin,
        },
        {
          name: `${area} L`,
          party: 'Labour',
          partyCode: 'Lab',
          description: '',
          independent: false,
          votes: lab,
          elected: elected[1],
          origin,
        },
      ],
    });
    const election: Election = {
      contests: [contest('Made Tie', 750, 250, [null, null]), contest('Lot', 500, 500, [false, true])],
      sources: ['made.csv'],
      rows: { read: 4, used: 4, filtered: 0, setAside: [] },
      warnings: [],
    };
    const projected = (value: number) =>
      projectElection(election, {
        method: 'uniform',
        shareMethod: 'top',
        swing: [
          { party: 'Conservative', value: -value },
          { party: 'Labour', value },
        ],
      });
    // 75 - 25 = 50 = 25 + 25: a tie after the swing, so the seat is undecided. "Lot" was tied at 500 and the file
    // gives it to Labour by lot: with no change the lot stands; a swing to Labour keeps it Labour on the votes.
    const tied = projected(0.25);
    expect(tied.undecidedSeats).toBe(1);
    expect(tied.contests[0]!.after).toEqual([]);
    expect(tied.contests[1]!.after).toEqual(['Labour']);
    expect(projected(0).contests[1]!.after).toEqual(['Labour']);
  });

  it('floors each contest at zero under a uniform swing, and refuses a proportional one that has no ratio', async () => {
    const election = await read(fixture('worcester-2016.csv'));
    // The Greens' 15.7% less 20 points: only Battenhall (1,081 of 2,184) and St Stephen (above 50%) stay above
    // zero, by 1,189 votes' worth between them (worked by hand), 5.5% of 21,627; the other ten floor at zero.
    const uniform = projectElection(election, { method: 'uniform', shareMethod: 'top', swing: [{ party: 'Green', value: -0.2 }] });
    expect(uniform.national[0]!.shareAfter).toBeCloseTo(1189 / 21627, 12);
    expect(() =>
      projectElection(election, { method: 'proportional', shareMethod: 'top', swing: [{ party: 'Green', value: -0.2 }] }),
    ).toThrow('--swing: Green falls below nothing nationally (15.7% -20.0 points), so a proportional swing has no ratio');
  });

  it('refuses a party with no votes, and both or neither of --swing and --shares', async () => {
    const election = await read(fixture('worcester-2016.csv'));
    expect(() =>
      projectElection(election, { method: 'uniform', shareMethod: 'top', swing: [{ party: 'Reform UK', value: 0.05 }] }),
    ).toThrow(UsageError);
    expect(() => projectElection(election, { method: 'uniform', shareMethod: 'top' })).toThrow(
      "give one of --swing 'Con:-5,Lab:+5' or --shares 'Con=33,Lab=40'",
    );
  });
});

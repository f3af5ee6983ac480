/** Target lists (core/targets.ts) on the Worcester LEAP extracts: single-member wards and the two-seat Warndon of 2018. */
import { UsageError } from '../../src/errors';
import { PartyRegistry } from '../../src/core/parties';
import { electionTargets, partyInElection, targetList } from '../../src/core/targets';
import { fixture, read } from '../read-helpers';

const registry = new PartyRegistry();

describe('targetList', () => {
  it('puts Battenhall 2016 first for the Conservatives: half of the 194-vote gap over 2,184 valid votes', async () => {
    const election = await read(fixture('worcester-2016.csv'));
    const list = targetList(election.contests, 'Conservative', 'attack', 'top');
    const first = list.seats[0]!;
    expect(first).toMatchObject({ area: 'Battenhall', holder: 'Green', challenger: 'Conservative', position: 2, margin: 194 });
    expect(first.swing).toBeCloseTo(194 / 2184 / 2, 12);
    for (let i = 1; i < list.seats.length; i++) expect(list.seats[i]!.swing).toBeGreaterThanOrEqual(list.seats[i - 1]!.swing);
  });

  it('accounts for every contest: listed, held by the party, or left out with a reason', async () => {
    const election = await read(fixture('worcester-2016.csv'));
    for (const party of ['Labour', 'Conservative', 'Green', 'UKIP']) {
      const list = targetList(election.contests, party, 'attack', 'top');
      const leftOut = list.leftOut.reduce((n, l) => n + l.contests, 0);
      expect(list.seats.length + list.notApplicable + leftOut).toBe(election.contests.length);
    }
  });

  it('measures a two-seat ward from the last elected to the best unelected candidate (Warndon 2018, majority 241)', async () => {
    const election = await read(fixture('worcester-2018.csv'));
    const warndon = (method: 'top' | 'total') =>
      targetList(election.contests, 'Conservative', 'attack', method).seats.find((s) => s.area === 'Warndon')!;
    expect(warndon('top')).toMatchObject({ holderCandidate: 'Ceri Stalker', challengerCandidate: 'Pam Clayton', margin: 241, seats: 2 });
    // Top vote: the share base is each party's best candidate, 507 + 213 + 114 + 112 = 946.
    expect(warndon('top').swing).toBeCloseTo((454 - 213) / 946 / 2, 12);
    // Total vote: every candidate's votes, 1,663.
    expect(warndon('total').swing).toBeCloseTo((454 - 213) / 1663 / 2, 12);
  });

  it('defends the seats a party holds against the best candidate of any other party', async () => {
    const election = await read(fixture('worcester-2018.csv'));
    const list = targetList(election.contests, 'Labour', 'defend', 'top');
    const warndon = list.seats.find((s) => s.area === 'Warndon')!;
    // Labour's last elected is Stalker (454); her running mate Hodges is elected too, so the challenger is Clayton.
    expect(warndon).toMatchObject({ holder: 'Labour', holderCandidate: 'Ceri Stalker', challenger: 'Conservative', margin: 241 });
    expect(list.seats.every((s) => s.holder === 'Labour')).toBe(true);
  });

  it('breaks equal swings by the margin in votes, then by name', () => {
    const origin = { file: 'made.csv', line: 2 };
    const contest = (area: string, votes: [number, number]) => ({
      council: null,
      area,
      code: null,
      seats: 1,
      status: 'contested' as const,
      system: 'plurality' as const,
      electorate: null,
      ballots: null,
      rejected: null,
      defending: null,
      origin,
      candidates: [
        {
          name: `${area} A`,
          party: 'Conservative',
          partyCode: 'Con',
          description: '',
          independent: false,
          votes: votes[0],
          elected: null,
          origin,
        },
        {
          name: `${area} B`,
          party: 'Labour',
          partyCode: 'Lab',
          description: '',
          independent: false,
          votes: votes[1],
          elected: null,
          origin,
        },
      ],
    });
    // Equal shares (55 / 45) at different sizes: the smaller margin first; equal margins by name.
    const list = targetList(
      [contest('Zeta', [550, 450]), contest('Alpha', [1100, 900]), contest('Beta', [550, 450])],
      'Labour',
      'attack',
      'top',
    );
    expect(list.seats.map((s) => s.area)).toEqual(['Beta', 'Zeta', 'Alpha']);
  });
});

describe('the majority a council needs', () => {
  it('Worcester 2016: Labour on 16 of 35 needs 2 more seats, the second target', async () => {
    const election = await read(fixture('worcester-2016-defending.csv'));
    const { list } = electionTargets(election, {
      party: 'Labour',
      kind: 'attack',
      shareMethod: 'top',
      compositions: [
        {
          council: null,
          parties: [
            { party: 'Conservative', seats: 19 },
            { party: 'Labour', seats: 15 },
            { party: 'Green', seats: 1 },
          ],
        },
      ],
    });
    const [worcester] = list.majorities;
    expect(worcester).toMatchObject({ council: 'Worcester', totalSeats: 35, majorityThreshold: 18, seats: 16, seatsNeeded: 2 });
    expect(worcester!.pivot).toBe(list.seats[1]);
  });
});

describe('refusals', () => {
  it('names the file and the nearest party when none of the named party stood', async () => {
    const election = await read(fixture('worcester-2016.csv'));
    expect(() => partyInElection('Labr', registry, election.contests, election.sources)).toThrow(
      new UsageError(`--party: no candidate of "Labr" in ${election.sources[0]} (did you mean "Labour"?)`),
    );
  });

  it('refuses a list with no seat on it, saying why', async () => {
    const election = await read(fixture('worcester-2016.csv'));
    // UKIP won nothing in 2016: it has nothing to defend.
    expect(() => electionTargets(election, { party: 'UKIP', kind: 'defend', shareMethod: 'top' })).toThrow(
      /no seat UKIP holds in .* could be lost on a swing \(12 contests not held by it\)/,
    );
  });
});

/**
 * Properties of the count that must hold for any contest, not just the ones in fixtures (fast-check):
 * party shares add up to 1 under every share method, seats won equal seats available unless a tie leaves
 * one undecided, a majority is never negative and is 0 only on a tie, the order of the rows does not
 * change the result; swing is antisymmetric and seat gains and losses net to zero.
 */
import fc from 'fast-check';
import { makeContest } from '../../src/core/contest';
import { shareMethods, type Candidate, type Contest, type ShareMethod } from '../../src/core/model';
import { tally, tallyContest, type ContestTally } from '../../src/core/tally';
import { compareGains } from '../../src/core/gains';
import { matchContests } from '../../src/core/match';
import { butlerSwing, compareShares, steedSwing } from '../../src/core/swing';

const parties = ['Conservative', 'Labour', 'Liberal Democrats', 'Green', 'Reform UK', ''] as const;

interface Spec {
  readonly name: string;
  readonly party: string;
  readonly votes: number;
}

/** 1 to 12 candidates (some independents), votes from 0 to a large ward's 5,000, ties made likely. */
const specsArbitrary = fc
  .array(
    fc.record({
      party: fc.constantFrom(...parties),
      votes: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constantFrom(0, 100, 250)),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) => specs.map((spec, i) => ({ name: `Candidate ${i + 1}`, ...spec })));

/** A contest of 1 to 4 seats. */
const contestArbitrary = fc
  .record({ seats: fc.integer({ min: 1, max: 4 }), candidates: specsArbitrary })
  .map(({ seats, candidates }) => build('Warndon', seats, candidates));

function build(area: string, seats: number, specs: readonly Spec[], council = 'Worcester'): Contest {
  const candidates: Candidate[] = specs.map((spec, i) => ({
    name: spec.name,
    party: spec.party === '' ? 'Independent' : spec.party,
    partyCode: spec.party === '' ? 'Ind' : spec.party,
    description: spec.party,
    independent: spec.party === '',
    votes: spec.votes,
    elected: null,
    origin: { file: 'property.csv', line: i + 2 },
  }));
  return makeContest({
    council,
    area,
    code: null,
    seats,
    candidates,
    electorate: null,
    ballots: null,
    rejected: null,
    defending: null,
    cancelled: false,
    origin: { file: 'property.csv', line: 2 },
  });
}

const methodArbitrary = fc.constantFrom<ShareMethod>(...shareMethods);

const undecided = (result: ContestTally) => result.candidates.some((c) => c.elected === null);

describe('the count of any contest', () => {
  it('gives party shares that add up to 1 under each share method (domain-rules.md §2.2), when any vote was cast', () => {
    fc.assert(
      fc.property(contestArbitrary, methodArbitrary, (contest, method) => {
        const result = tallyContest(contest, method);
        // No share of nothing: every vote 0 (or, with no more candidates than seats, returned unopposed).
        if (result.validVotes === null || result.validVotes === 0) {
          expect(result.parties.every((p) => p.share === null)).toBe(true);
          return;
        }
        const total = result.parties.reduce((sum, p) => sum + (p.share ?? 0), 0);
        expect(Math.abs(total - 1)).toBeLessThan(1e-9);
      }),
    );
  });

  it('elects as many candidates as there are seats (or every candidate, when fewer stand), unless a tie leaves a seat undecided', () => {
    fc.assert(
      fc.property(contestArbitrary, methodArbitrary, (contest, method) => {
        const result = tallyContest(contest, method);
        const elected = result.candidates.filter((c) => c.elected === true).length;
        // The party table of a contest with a poll gives every elected candidate's seat to a party (an
        // unopposed return has no party table: no votes to share).
        if (result.status === 'contested') expect(result.parties.reduce((sum, p) => sum + p.seats, 0)).toBe(elected);
        if (undecided(result)) {
          expect(result.tieForLastSeat).toBe(true);
          expect(elected).toBeLessThan(contest.seats);
        } else {
          expect(elected).toBe(Math.min(contest.seats, contest.candidates.length));
        }
      }),
    );
  });

  it('accounts for every seat in the totals: party seats + undecided + unfilled (issue 16, item 6)', () => {
    // Flags from none to all, seats beyond the candidates, cancelled polls: the cases where seats went
    // missing from the totals with exit 0 (seats 5 for 2 candidates; nobody marked elected).
    const flaggedContest = fc
      .record({
        seats: fc.integer({ min: 1, max: 6 }),
        candidates: specsArbitrary,
        flags: fc.oneof(fc.constant(null), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 })),
        cancelled: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      })
      .map(({ seats, candidates, flags, cancelled }) => {
        const contest = build('Warndon', seats, candidates);
        return {
          ...contest,
          status: cancelled ? ('cancelled' as const) : contest.status,
          candidates: contest.candidates.map((c, i) => ({ ...c, elected: flags === null ? null : (flags[i] ?? false) })),
        };
      });
    fc.assert(
      fc.property(fc.array(flaggedContest, { minLength: 1, maxLength: 6 }), methodArbitrary, (contests, method) => {
        const wards = contests.map((c, i) => ({ ...c, area: `Ward ${i + 1}` }));
        const result = tally(
          { contests: wards, sources: ['property.csv'], rows: { read: 0, used: 0, filtered: 0, setAside: [] }, warnings: [] },
          method,
        );
        const partySeats = result.parties.reduce((sum, p) => sum + p.seats, 0);
        const { seats, undecidedSeats, unfilledSeats, electedBeyondSeats } = result.totals;
        expect(seats).toBe(wards.reduce((sum, c) => sum + c.seats, 0));
        expect(partySeats + undecidedSeats + unfilledSeats - electedBeyondSeats).toBe(seats);
        // A contest that leaves a seat unfilled says so.
        for (const contest of result.contests) {
          const elected = contest.candidates.filter((c) => c.elected === true).length;
          if (contest.status === 'contested' && elected < contest.seats && !contest.tieForLastSeat) {
            expect(contest.warnings.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it('has a majority that is never negative, and is 0 only when the last seat is tied', () => {
    fc.assert(
      fc.property(contestArbitrary, methodArbitrary, (contest, method) => {
        const result = tallyContest(contest, method);
        if (result.majority === null) {
          // Defined only when someone was left unelected (domain-rules.md §1.2).
          expect(contest.candidates.length).toBeLessThanOrEqual(contest.seats);
          return;
        }
        expect(result.majority).toBeGreaterThanOrEqual(0);
        expect(result.majority === 0).toBe(result.tieForLastSeat);
      }),
    );
  });

  it('does not depend on the order of the rows: candidates shuffled within wards, wards shuffled', () => {
    const wardsArbitrary = fc.array(fc.record({ seats: fc.integer({ min: 1, max: 3 }), candidates: specsArbitrary }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(wardsArbitrary, methodArbitrary, fc.infiniteStream(fc.nat()), (wards, method, random) => {
        const picks = random[Symbol.iterator]();
        const shuffle = <T>(items: readonly T[]): T[] => {
          const copy = [...items];
          for (let i = copy.length - 1; i > 0; i--) {
            const j = (picks.next().value as number) % (i + 1);
            [copy[i], copy[j]] = [copy[j]!, copy[i]!];
          }
          return copy;
        };
        const contests = wards.map((ward, w) => build(`Ward ${w + 1}`, ward.seats, ward.candidates));
        const reordered = shuffle(wards.map((ward, w) => build(`Ward ${w + 1}`, ward.seats, shuffle(ward.candidates))));
        // Exact for whole numbers; fractions (shares, `average` votes) are summed in row order, so they may
        // differ in the last binary digit: compared to 12 significant figures.
        expect(rounded(summary(tally(election(reordered), method)))).toEqual(rounded(summary(tally(election(contests), method))));
      }),
    );
  });
});

function rounded(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
}

function election(contests: readonly Contest[]) {
  return { contests, sources: ['property.csv'], rows: { read: 0, used: 0, filtered: 0, setAside: [] }, warnings: [] };
}

/** The result with every order that comes from the rows taken out: contests by area, candidates and parties by name. */
function summary(result: ReturnType<typeof tally>) {
  const byName = <T extends { name?: string; party?: string; candidate?: string | null }>(items: readonly T[]) =>
    [...items].sort((a, b) => `${a.name ?? a.party}${a.candidate ?? ''}`.localeCompare(`${b.name ?? b.party}${b.candidate ?? ''}`));
  return {
    contests: [...result.contests]
      .sort((a, b) => a.area.localeCompare(b.area))
      .map((c) => ({
        area: c.area,
        majority: c.majority,
        tie: c.tieForLastSeat,
        validVotes: c.validVotes,
        candidates: byName(c.candidates.map(({ name, votes, share, elected, rank }) => ({ name, votes, share, elected, rank }))),
        parties: byName(c.parties.map(({ party, candidate, votes, seats }) => ({ party, candidate, votes, seats }))),
      })),
    parties: result.parties,
    totals: result.totals,
  };
}

/** Two elections over the same wards (same seats each side): before and after. */
const twoElectionsArbitrary = fc
  .array(fc.record({ seats: fc.integer({ min: 1, max: 3 }), before: specsArbitrary, after: specsArbitrary }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((wards) => ({
    before: wards.map((ward, w) => build(`Ward ${w + 1}`, ward.seats, ward.before)),
    after: wards.map((ward, w) => build(`Ward ${w + 1}`, ward.seats, ward.after)),
  }));

const swingParties = parties.filter((p) => p !== '');

describe('swing and gains between any two elections', () => {
  it('swing(a, b) is swing(b, a) with from and to exchanged, Butler and Steed (domain-rules.md §3.1)', () => {
    fc.assert(
      fc.property(
        twoElectionsArbitrary,
        methodArbitrary,
        fc.constantFrom(...swingParties),
        fc.constantFrom(...swingParties),
        (elections, method, a, b) => {
          fc.pre(a !== b);
          const changes = compareShares(matchContests(elections.before, elections.after), method).overall.parties;
          const ab = butlerSwing(a, b, changes);
          const ba = butlerSwing(b, a, changes);
          expect(ba.value).toBeCloseTo(ab.value, 12);
          if (ab.value > 0) expect([ba.from, ba.to]).toEqual([ab.from, ab.to]);
          const steedAB = steedSwing(a, b, changes);
          const steedBA = steedSwing(b, a, changes);
          expect(steedBA === null).toBe(steedAB === null);
          if (steedAB !== null && steedBA !== null) {
            expect(steedBA.value).toBeCloseTo(steedAB.value, 12);
            if (steedAB.value > 0) expect([steedBA.from, steedBA.to]).toEqual([steedAB.from, steedAB.to]);
          }
        },
      ),
    );
  });

  it('swing from the earlier election to the later is the reverse of swing from the later to the earlier', () => {
    fc.assert(
      fc.property(
        twoElectionsArbitrary,
        methodArbitrary,
        fc.constantFrom(...swingParties),
        fc.constantFrom(...swingParties),
        (elections, method, a, b) => {
          fc.pre(a !== b);
          const forward = compareShares(matchContests(elections.before, elections.after), method, [a, b]).overall.butler;
          const backward = compareShares(matchContests(elections.after, elections.before), method, [a, b]).overall.butler;
          expect(backward === null).toBe(forward === null);
          if (forward === null || backward === null) return;
          expect(backward.value).toBeCloseTo(forward.value, 12);
          if (forward.value > 1e-12) expect([backward.from, backward.to]).toEqual([forward.to, forward.from]);
        },
      ),
    );
  });

  it('seat gains and losses net to zero across parties, and each party gains - losses = net', () => {
    fc.assert(
      fc.property(twoElectionsArbitrary, (elections) => {
        const gains = compareGains(matchContests(elections.before, elections.after), elections.after, 'last-fought');
        const total = (pick: (p: (typeof gains.parties)[number]) => number) => gains.parties.reduce((t, p) => t + pick(p), 0);
        expect(total((p) => p.net)).toBe(0);
        expect(total((p) => p.gains)).toBe(total((p) => p.losses));
        for (const party of gains.parties) expect(party.gains - party.losses).toBe(party.net);
        const moved = gains.matrix.reduce((t, move) => t + move.seats, 0);
        expect(moved).toBe(total((p) => p.gains));
      }),
    );
  });
});

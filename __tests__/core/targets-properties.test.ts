/**
 * Properties of target lists, projections and the proportionality indices for any election, not only the
 * fixtures (fast-check): a listed swing is never negative and closes exactly the gap it names; no change projects
 * the count itself; a uniform swing of a seat's swing needed (and a little more) takes it; the indices stay in their
 * bounds.
 */
import fc from 'fast-check';
import { makeContest } from '../../src/core/contest';
import type { Candidate, Contest, Election } from '../../src/core/model';
import { projectElection } from '../../src/core/project';
import { proportionalityOf } from '../../src/core/proportionality';
import { tally } from '../../src/core/tally';
import { targetList } from '../../src/core/targets';

const parties = ['Conservative', 'Labour', 'Green', ''] as const;

function contest(area: string, seats: number, specs: readonly { party: string; votes: number }[]): Contest {
  const candidates: Candidate[] = specs.map((spec, i) => ({
    name: `${area} ${i + 1}`,
    party: spec.party === '' ? 'Independent' : spec.party,
    partyCode: spec.party === '' ? 'Ind' : spec.party,
    description: spec.party,
    independent: spec.party === '',
    votes: spec.votes,
    elected: null,
    origin: { file: 'property.csv', line: i + 2 },
  }));
  return makeContest({
    council: null,
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

/** 1 to 8 contests of 1 to 3 seats, 2 to 7 candidates each, Labour always standing (so a list can be made). */
const electionArbitrary = fc
  .array(
    fc.record({
      seats: fc.integer({ min: 1, max: 3 }),
      others: fc.array(fc.record({ party: fc.constantFrom(...parties), votes: fc.integer({ min: 1, max: 3000 }) }), {
        minLength: 1,
        maxLength: 6,
      }),
      labour: fc.integer({ min: 1, max: 3000 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((specs): Election => ({
    contests: specs.map((spec, i) => contest(`Ward ${i + 1}`, spec.seats, [{ party: 'Labour', votes: spec.labour }, ...spec.others])),
    sources: ['property.csv'],
    rows: { read: 0, used: 0, filtered: 0, setAside: [] },
    warnings: [],
  }));

describe('target lists', () => {
  it('list only non-negative swings, in order, each half the gap it names', () => {
    fc.assert(
      fc.property(electionArbitrary, (election) => {
        for (const kind of ['attack', 'defend'] as const) {
          const list = targetList(election.contests, 'Labour', kind, 'top');
          list.seats.forEach((seat, i) => {
            expect(seat.swing).toBeGreaterThanOrEqual(0);
            expect(seat.swing).toBeCloseTo((seat.holderShare - seat.challengerShare) / 2, 12);
            if (i > 0) expect(seat.swing).toBeGreaterThanOrEqual(list.seats[i - 1]!.swing);
          });
          const leftOut = list.leftOut.reduce((n, l) => n + l.contests, 0);
          expect(list.seats.length + list.notApplicable + leftOut).toBe(election.contests.length);
        }
      }),
    );
  });
});

describe('projections', () => {
  it('reproduce the count with no change', () => {
    fc.assert(
      fc.property(electionArbitrary, (election) => {
        const projection = projectElection(election, { method: 'uniform', shareMethod: 'top', swing: [{ party: 'Labour', value: 0 }] });
        expect(projection.contests.filter((c) => c.result.kind === 'gain')).toEqual([]);
        for (const contest of projection.contests) expect(contest.after).toEqual(contest.before);
      }),
    );
  });

  it('gain a single-seat target from its holder on a swing just past the one it needs, when the two are first and second', () => {
    fc.assert(
      fc.property(electionArbitrary, (election) => {
        const list = targetList(election.contests, 'Labour', 'attack', 'top');
        const target = list.seats.find((s) => s.seats === 1 && s.position === 2 && s.holder !== 'Independent' && s.swing > 0);
        if (target === undefined) return;
        const swing = target.swing + 1e-9;
        const projection = projectElection(election, {
          method: 'uniform',
          shareMethod: 'top',
          swing: [
            { party: target.holder, value: -swing },
            { party: 'Labour', value: swing },
          ],
        });
        expect(projection.contests.find((c) => c.area === target.area)!.after).toEqual(['Labour']);
      }),
    );
  });
});

describe("a projected tie between one party's candidates", () => {
  it('gives the seat to the party whoever wins the lot (found by the property above: two Labour candidates on 9 votes)', () => {
    const election: Election = {
      contests: [
        contest('Ward 1', 1, [
          { party: 'Labour', votes: 9 },
          { party: 'Conservative', votes: 10 },
          { party: 'Labour', votes: 9 },
          { party: 'Conservative', votes: 1 },
        ]),
      ],
      sources: ['property.csv'],
      rows: { read: 0, used: 0, filtered: 0, setAside: [] },
      warnings: [],
    };
    const swing = 1 / 38 + 1e-9;
    const projection = projectElection(election, {
      method: 'uniform',
      shareMethod: 'top',
      swing: [
        { party: 'Conservative', value: -swing },
        { party: 'Labour', value: swing },
      ],
    });
    expect(projection.contests[0]!.after).toEqual(['Labour']);
  });
});

describe('proportionality', () => {
  it('keeps Gallagher between 0 and 1 and the effective number of parties between 1 and the number of parties', () => {
    fc.assert(
      fc.property(electionArbitrary, (election) => {
        const { parties } = tally(election, 'top');
        // Every seat left undecided by ties: no seat shares, and the indices say so (null), tested elsewhere.
        if (parties.every((p) => p.seats === 0)) return;
        const { gallagher, effectiveParties } = proportionalityOf(parties);
        expect(gallagher).not.toBeNull();
        expect(gallagher!).toBeGreaterThanOrEqual(0);
        expect(gallagher!).toBeLessThanOrEqual(1);
        expect(effectiveParties.votes!).toBeGreaterThanOrEqual(1 - 1e-12);
        expect(effectiveParties.votes!).toBeLessThanOrEqual(parties.length + 1e-9);
        expect(effectiveParties.seats!).toBeGreaterThanOrEqual(1 - 1e-12);
      }),
    );
  });
});

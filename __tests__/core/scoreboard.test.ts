/**
 * The running score of a count, replayed declaration by declaration from real results (core/scoreboard.ts):
 * Worcester 2016 ward by ward against the eve-of-poll composition, and the North East's 29 constituencies in
 * GE2019 against GE2017 with the projection.
 */
import { compareCouncils } from '../../src/core/council';
import { Declarations } from '../../src/core/declarations';
import type { Contest } from '../../src/core/model';
import { PartyRegistry } from '../../src/core/parties';
import { scoreboard, type Scoreboard, type ScoreboardInput } from '../../src/core/scoreboard';
import { tally } from '../../src/core/tally';
import { parseInlineComposition } from '../../src/io/composition';
import { fixture, read } from '../read-helpers';

/** Every board of the night, one after each declaration, in the file's order. */
function replay(contests: readonly Contest[], input: Omit<ScoreboardInput, 'declared'>): Scoreboard[] {
  const declarations = new Declarations();
  return contests.map((contest) => {
    declarations.offer(contest);
    return scoreboard({ ...input, declared: declarations.list() });
  });
}

describe('the scoreboard of Worcester 2016, ward by ward', () => {
  async function night() {
    const registry = new PartyRegistry();
    const election = await read(fixture('worcester-2016-defending.csv'));
    const previous = await read(fixture('worcester-2012.csv'));
    const before = parseInlineComposition('Con=19,Lab=15,Grn=1', registry);
    // The list of wards to come, with who defends each (as a returning officer's list would say).
    const expected = election.contests.map(({ council, area, code, seats, origin, defending }) => ({
      council,
      area,
      code,
      seats,
      origin,
      defending,
    }));
    const boards = replay(election.contests, { previous: previous.contests, expected, compositions: [before], shareMethod: 'top' });
    return { election, before, boards };
  }

  it('counts declared N of M, with the latest result line first', async () => {
    const { election, boards } = await night();
    boards.forEach((board, i) => {
      expect(board).toMatchObject({ declared: i + 1, expected: 12, expectedFrom: 'expect', seatsDeclared: i + 1, seatsExpected: 12 });
      expect(board.results[0]!.declaration.contest).toBe(election.contests[i]);
      expect(board.undeclared.map((c) => c.area)).toEqual(election.contests.slice(i + 1).map((c) => c.area));
    });
    // Battenhall, the one ward with a 2012 result in the fixture, is the one gain (domain-rules.md §4 worked example).
    const battenhall = boards[1]!.results[0]!;
    expect(battenhall.tally.area).toBe('Battenhall');
    expect(battenhall.result?.text).toBe('Green gain from Conservative');
    expect(boards[1]!.parties.find((p) => p.party === 'Green')).toMatchObject({ seats: 1, gains: 1, losses: 0 });
    expect(boards[1]!.parties.find((p) => p.party === 'Conservative')).toMatchObject({ seats: 0, gains: 0, losses: 1 });
  });

  it('counts seats not up from --before, and calls control only when it is settled', async () => {
    const { election, before, boards } = await night();
    // Not up: Con 19 - 5 defended = 14, Lab 15 - 6 = 9, Green 1 - 1 = 0 (domain-rules.md §5, 23 seats); 18 for a majority.
    expect(boards[0]!.councils[0]).toMatchObject({
      council: 'Worcester',
      totalSeats: 35,
      majorityThreshold: 18,
      controlBefore: 'Conservative',
    });
    expect(boards[0]!.councils[0]!.seats).toEqual([
      { party: 'Conservative', notUp: 14, won: 0, seats: 14 },
      { party: 'Labour', notUp: 9, won: 1, seats: 10 },
    ]);
    // With one ward to come the Conservatives have 17: that ward would give them 18, so it is too early.
    expect(boards[10]!.councils[0]).toMatchObject({ seatsToCome: 1, control: { status: 'too-early' } });
    expect(boards[10]!.councils[0]!.seats[0]).toEqual({ party: 'Conservative', notUp: 14, won: 3, seats: 17 });
    for (const board of boards.slice(0, 11)) expect(board.councils[0]!.control).toEqual({ status: 'too-early' });
    // The last ward settles it: no overall control, as `results council` says of the whole file.
    const last = boards[11]!.councils[0]!;
    expect(last.control).toEqual({ status: 'settled', party: null });
    const council = compareCouncils([before], election.contests, null).councils[0]!;
    expect(council.control.after).toBeNull();
    expect(last.seats.map((p) => [p.party, p.seats])).toEqual(council.composition.map((r) => [r.party, r.after]));
  });

  it('agrees with the tally of the whole file once every ward is in', async () => {
    const { election, boards } = await night();
    const whole = tally(election, 'top');
    expect(boards[11]!.parties.map((p) => [p.party, p.seats, p.votes, p.share])).toEqual(
      whole.parties.map((p) => [p.party, p.seats, p.votes, p.share]),
    );
    expect(boards[11]!.validVotes).toBe(whole.totals.validVotes);
  });

  it('does not call control without the seats defended by the wards to come', async () => {
    const election = await read(fixture('worcester-2016.csv'));
    const previous = await read(fixture('worcester-2012.csv'));
    const before = parseInlineComposition('Con=19,Lab=15,Grn=1', new PartyRegistry());
    const [board] = replay(election.contests.slice(0, 1), {
      previous: previous.contests,
      expected: election.contests.map(({ council, area, code, seats, origin }) => ({ council, area, code, seats, origin })),
      compositions: [before],
      shareMethod: 'top',
    });
    expect(board!.councils[0]!.control).toMatchObject({ status: 'unknown' });
    expect((board!.councils[0]!.control as { reason: string }).reason).toMatch(
      /who defends Arboretum, Bedwardine, Cathedral, \.\.\. is not known/,
    );
  });
});

it('does not call control when declared contests are missing from the list of contests to come', async () => {
  const election = await read(fixture('worcester-2016-defending.csv'));
  const previous = await read(fixture('worcester-2012.csv'));
  const before = parseInlineComposition('Con=19,Lab=15,Grn=1', new PartyRegistry());
  // The 2012 fixture has Battenhall alone: as the list of contests to come it would leave no seat to come.
  const boards = replay(election.contests, { previous: previous.contests, expected: null, compositions: [before], shareMethod: 'top' });
  expect(boards[11]).toMatchObject({ declared: 12, expected: 1, declaredExpected: 1 });
  expect(boards[11]!.unexpected).toHaveLength(11);
  for (const board of boards) expect(board.councils[0]!.control.status).toBe('unknown');
  expect(boards[11]!.councils[0]!.control).toEqual({
    status: 'unknown',
    reason: '11 declared contests are not in the list of contests to come, so the seats still to come are not known',
  });
});

describe('the North East in GE2019 against GE2017, constituency by constituency', () => {
  async function night() {
    const election = await read(fixture('hoc-ge2019-north-east.csv'));
    const previous = await read(fixture('hoc-ge2017-north-east.csv'));
    const boards = replay(election.contests, { previous: previous.contests, expected: null, compositions: [], shareMethod: 'top' });
    return { election, previous, boards };
  }

  it('takes the contests to come from the previous election and the gains from the last time each seat was fought', async () => {
    const { boards } = await night();
    expect(boards[0]).toMatchObject({ declared: 1, expected: 29, expectedFrom: 'previous', compared: 1 });
    const last = boards[28]!;
    // Labour 26 -> 19, Conservative 3 -> 10: seven Conservative gains from Labour.
    expect(last.parties.slice(0, 2)).toMatchObject([
      { party: 'Labour', seats: 19, gains: 0, losses: 7 },
      { party: 'Conservative', seats: 10, gains: 7, losses: 0 },
    ]);
    expect(last.undeclared).toEqual([]);
  });

  it('projects the undeclared seats from the change in share so far, and says what it rests on', async () => {
    const { boards } = await night();
    for (const board of boards) {
      const projection = board.projection!;
      expect(projection.basedOn).toBe(board.compared);
      expect(projection.parties.reduce((total, p) => total + p.seats, 0)).toBe(29);
      expect(projection.contests).toHaveLength(29 - board.declared);
      for (const p of projection.parties) expect(p.declared).toBe(board.parties.find((q) => q.party === p.party)?.seats ?? 0);
    }
    // Berwick-upon-Tweed declares first: Conservative 52.5% -> 56.9% (+4.4 points), Labour 24.5% -> 21.6% (-2.9).
    // Applied to Stockton South 2017 (Labour 48.5%, Conservative 46.8%) that is a Conservative gain; to Blyth
    // Valley 2017 (Labour 55.9%, Conservative 37.3%) a Labour hold, though the real swing there took it.
    const first = boards[0]!.projection!;
    expect(first.basedOn).toBe(1);
    const change = (party: string) => first.swing.find((s) => s.party === party)!.change;
    expect(change('Conservative')).toBeCloseTo(0.0441, 4);
    expect(change('Labour')).toBeCloseTo(-0.0291, 4);
    const winner = (area: string) => first.contests.find((c) => c.area === area)!;
    expect(winner('Stockton South')).toEqual({ council: null, area: 'Stockton South', before: ['Labour'], winners: ['Conservative'] });
    expect(winner('Blyth Valley').winners).toEqual(['Labour']);
    // Once every seat is in, the projection is the result.
    expect(boards[28]!.projection!.parties).toEqual([
      { party: 'Labour', declared: 19, projected: 0, seats: 19 },
      { party: 'Conservative', declared: 10, projected: 0, seats: 10 },
    ]);
  });

  it('has no projection without a previous result, and says so', async () => {
    const { election } = await night();
    const [board] = replay(election.contests.slice(0, 3), { previous: null, expected: null, compositions: [], shareMethod: 'top' });
    expect(board).toMatchObject({ projection: null, noProjection: 'no previous result (--previous): no projection', expected: null });
  });
});

describe('revisions', () => {
  it('reports a contest whose figures change after it was declared, with what changed, and keeps the count whole', async () => {
    const election = await read(fixture('worcester-2016.csv'));
    const battenhall = election.contests.find((c) => c.area === 'Battenhall')!;
    const declarations = new Declarations();
    expect(declarations.offer(battenhall)?.type).toBe('declared');
    expect(declarations.offer(battenhall)).toBeNull();
    const recount = { ...battenhall, candidates: battenhall.candidates.map((c, i) => (i === 0 ? { ...c, votes: 1018 } : c)) };
    const event = declarations.offer(recount);
    expect(event).toMatchObject({
      type: 'revised',
      changes: [{ candidate: 'Louis Stephen', field: 'votes', before: 1081, after: 1018 }],
    });
    expect(declarations.size).toBe(1);
    expect(declarations.list()[0]!.contest).toBe(recount);
  });
});

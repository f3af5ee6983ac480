/**
 * The running score on results night (issue #13): what the contests declared so far add up to, what is settled
 * and what is not, and what the count projects to. Pure: the same declarations always give the same board.
 *
 * Nothing here is counted afresh. The declared contests are tallied by core/tally.ts, compared seat by seat with
 * the last time they were fought by core/gains.ts (domain-rules.md §4a) and on shares by core/swing.ts (§2.3),
 * matched to the previous result and to the list of contests to come by core/match.ts, and councils use the
 * threshold and control rule of core/council.ts (§5).
 *
 * Control is called only when it is mathematically settled: a party whose seats not up (from the composition
 * before, less the seats defended) plus seats won already reach the majority threshold holds a majority whatever
 * the undeclared contests do; and no overall control is settled when no party could reach the threshold even by
 * winning every seat still to declare. Anything else is too early to call.
 *
 * The projection is a uniform change in share: each party's change in share, measured over the declared
 * contests that match a previous result (compareShares' overall change, §2.3), is added to each candidate's share
 * in every undeclared contest's previous result; the top candidates by projected share take the seats. Parties
 * are projected only where they stood last time (who stands this time is not known), and independents take the
 * change of independents as a whole. It is labelled a projection, with the change used and the number of
 * contests it rests on; without a previous result there is none.
 */
import { controllingParty, majorityThreshold, type Composition } from './council';
import type { Declaration } from './declarations';
import { areaKey } from './fold';
import { compareGains, seatHolders, type ContestResult } from './gains';
import { matchContests, type AreaMapEntry } from './match';
import { contestKey, type Contest, type Election, type ShareMethod, type Warning } from './model';
import { INDEPENDENT } from './parties';
import { contestPartyVotes, sum } from './shares';
import { compareShares, type ShareChange } from './swing';
import { tally, type ContestTally } from './tally';

/** A contest to come: from the previous election (every contest fought last time), or from a list (--expect). */
export type ExpectedContest = Pick<Contest, 'council' | 'area' | 'code' | 'seats' | 'origin'> & {
  /** The parties defending the seats (one entry a seat), when the list says: seats not up are before − defended. */
  readonly defending?: readonly string[] | null;
};

export interface ScoreboardInput {
  /** The contests declared so far, as Declarations keeps them. */
  readonly declared: readonly Declaration[];
  /** The results when these seats were last fought (--previous), or null. */
  readonly previous: readonly Contest[] | null;
  /** The contests to come (--expect); null to take the previous election's contests. */
  readonly expected: readonly ExpectedContest[] | null;
  /** Compositions on the eve of poll (--before), for council control. */
  readonly compositions: readonly Composition[];
  readonly shareMethod: ShareMethod;
  readonly areaMap?: readonly AreaMapEntry[];
}

export interface PartyScore {
  readonly party: string;
  readonly partyCode: string;
  readonly seats: number;
  /** Against the last time the seats were fought, over the declared contests that have a previous result. */
  readonly gains: number;
  readonly losses: number;
  readonly votes: number;
  readonly share: number | null;
}

export interface ResultLine {
  readonly declaration: Declaration;
  readonly tally: ContestTally;
  /** Hold or gain against the previous result; null when the contest has none. */
  readonly result: ContestResult | null;
}

export type ControlCall =
  /** `party` null: no overall control, settled (no party can reach the threshold). */
  | { readonly status: 'settled'; readonly party: string | null }
  | { readonly status: 'too-early' }
  /** Control cannot be worked out at all (no composition, seats defended not known, ...): `reason` says why. */
  | { readonly status: 'unknown'; readonly reason: string };

export interface CouncilScore {
  readonly council: string | null;
  readonly contestsDeclared: number;
  readonly contestsExpected: number | null;
  readonly seatsDeclared: number;
  readonly seatsExpected: number | null;
  /** From --before: seats on the council and the majority threshold; null without a composition. */
  readonly totalSeats: number | null;
  readonly majorityThreshold: number | null;
  /** Control on the eve of poll (null: NOC, or no composition). */
  readonly controlBefore: string | null;
  /** Seats per party so far: seats not up plus seats won in declared contests. */
  readonly seats: readonly { readonly party: string; readonly notUp: number; readonly won: number; readonly seats: number }[];
  /** Seats not yet declared (including seats a tie left undecided). */
  readonly seatsToCome: number | null;
  readonly control: ControlCall;
}

export interface ProjectedContest {
  readonly council: string | null;
  readonly area: string;
  /** The party projected to take each seat, one entry a seat. */
  readonly winners: readonly string[];
  /** The party holding each seat last time. */
  readonly before: readonly string[];
}

export interface Projection {
  /** The change in share per party used, over `basedOn` declared contests matched to the previous result. */
  readonly swing: readonly ShareChange[];
  readonly basedOn: number;
  /** Seats per party: declared plus projected. */
  readonly parties: readonly { readonly party: string; readonly declared: number; readonly projected: number; readonly seats: number }[];
  readonly contests: readonly ProjectedContest[];
  /** Undeclared contests the projection cannot speak for, and why (no previous result, unopposed last time, STV). */
  readonly unprojected: readonly {
    readonly council: string | null;
    readonly area: string;
    readonly seats: number;
    readonly reason: string;
  }[];
  readonly councils: readonly ProjectedControl[];
}

export interface ProjectedControl {
  readonly council: string | null;
  readonly majorityThreshold: number;
  readonly seats: readonly { readonly party: string; readonly seats: number }[];
  /** Projected control: a party, null for no overall control; `known` false when unprojected seats could decide it. */
  readonly control: string | null;
  readonly known: boolean;
}

export interface Scoreboard {
  readonly shareMethod: ShareMethod;
  readonly declared: number;
  /** Contests to come in all (M), or null when neither a previous result nor a list says. */
  readonly expected: number | null;
  /** Declared contests that are in that list (N of M); the rest are `unexpected`. */
  readonly declaredExpected: number;
  readonly expectedFrom: 'previous' | 'expect' | null;
  readonly seatsDeclared: number;
  readonly seatsExpected: number | null;
  readonly validVotes: number;
  readonly parties: readonly PartyScore[];
  /** Declared contests with a previous result to compare with (gains, losses and the swing rest on these). */
  readonly compared: number;
  /** Latest first. */
  readonly results: readonly ResultLine[];
  readonly councils: readonly CouncilScore[];
  readonly projection: Projection | null;
  /** Why there is no projection, when there is none. */
  readonly noProjection: string | null;
  /** Declared contests not in the list of contests to come (a misspelt ward, or a list that is out of date). */
  readonly unexpected: readonly Contest[];
  readonly undeclared: readonly ExpectedContest[];
  readonly warnings: readonly Warning[];
}

export function scoreboard(input: ScoreboardInput): Scoreboard {
  const { shareMethod } = input;
  const areaMap = input.areaMap ?? [];
  const declared = input.declared.map((d) => d.contest);
  const election: Election = { contests: declared, sources: [], rows: { read: 0, used: 0, filtered: 0, setAside: [] }, warnings: [] };
  const counted = tally(election, shareMethod);
  const tallied = new Map(counted.contests.map((c, i) => [declared[i]!, c]));

  // Against the previous result: seats (last-fought baseline, §4a) and shares (§2.3).
  const previousMatching = input.previous === null ? null : matchContests(input.previous, declared, areaMap);
  const gains = previousMatching === null ? null : compareGains(previousMatching, declared, 'last-fought');
  const shares = previousMatching === null ? null : compareShares(previousMatching, shareMethod);
  const previousOf = new Map<ExpectedContest, Contest>();
  for (const pair of previousMatching?.pairs ?? []) previousOf.set(pair.after, pair.before);
  const resultOf = new Map((gains?.contests ?? []).map((c) => [contestKey(c), c.result]));

  // The contests to come, and which of them are still to declare.
  let expectedList: readonly ExpectedContest[] | null = null;
  let expectedFrom: Scoreboard['expectedFrom'] = null;
  if (input.expected !== null) {
    expectedList = input.expected;
    expectedFrom = 'expect';
    if (input.previous !== null) {
      for (const pair of matchContests<ExpectedContest>(input.previous, input.expected, areaMap).pairs) {
        previousOf.set(pair.after, pair.before as Contest);
      }
    }
  } else if (input.previous !== null) {
    expectedList = input.previous;
    expectedFrom = 'previous';
    for (const contest of input.previous) previousOf.set(contest, contest);
  }
  let undeclared: ExpectedContest[] = [];
  const expectedOf = new Map<ExpectedContest, ExpectedContest>();
  let unexpected: Contest[] = [];
  if (expectedList !== null) {
    const matching = matchContests<ExpectedContest>(expectedList, declared, areaMap);
    undeclared = matching.unmatchedBefore.map((u) => u.contest);
    for (const pair of matching.pairs) expectedOf.set(pair.after, pair.before);
    unexpected = matching.unmatchedAfter.map((u) => u.contest as Contest);
  }

  const seatsByParty = new Map((gains?.parties ?? []).map((p) => [p.party, p]));
  const parties: PartyScore[] = counted.parties.map((p) => ({
    party: p.party,
    partyCode: p.partyCode,
    seats: p.seats,
    gains: seatsByParty.get(p.party)?.gains ?? 0,
    losses: seatsByParty.get(p.party)?.losses ?? 0,
    votes: p.votes,
    share: p.share,
  }));
  // A party that lost seats and stood in no declared contest still shows, with its losses.
  for (const p of gains?.parties ?? []) {
    if (!parties.some((q) => q.party === p.party))
      parties.push({ party: p.party, partyCode: p.party, seats: p.seatsAfter, gains: p.gains, losses: p.losses, votes: 0, share: null });
  }

  const results: ResultLine[] = [...input.declared].reverse().map((declaration) => ({
    declaration,
    tally: tallied.get(declaration.contest)!,
    result: resultOf.get(contestKey(declaration.contest)) ?? null,
  }));

  const defendersOf = (contest: ExpectedContest): string[] | null => {
    const own = contest.defending ?? expectedOf.get(contest)?.defending;
    if (own !== undefined && own !== null) return [...own];
    const old = previousOf.get(contest);
    if (old === undefined) return null;
    const holders = seatHolders(old);
    return holders.length === old.seats ? holders.map((h) => h.party) : null;
  };

  // Contests grouped by council once (folding a council's name for every contest of every council was most of
  // the time of a board of LEAP 2019's 257 councils).
  const councilKey = foldOnce();
  const byCouncil = <T extends ExpectedContest>(contests: readonly T[]) => {
    const groups = new Map<string, T[]>();
    for (const contest of contests) {
      const key = councilKey(contest.council);
      const group = groups.get(key);
      if (group) group.push(contest);
      else groups.set(key, [contest]);
    }
    return groups;
  };
  const declaredBy = byCouncil(declared);
  const undeclaredBy = byCouncil(undeclared);
  const unexpectedBy = byCouncil(unexpected);
  const councils = councilNames(declared, expectedList, councilKey).map((name) => {
    const key = councilKey(name);
    return councilScore(
      name,
      compositionFor(name, input.compositions),
      declaredBy.get(key) ?? [],
      expectedList === null ? null : (undeclaredBy.get(key) ?? []),
      defendersOf,
      unexpectedBy.get(key)?.length ?? 0,
    );
  });

  let projection: Projection | null = null;
  let noProjection: string | null = null;
  if (input.previous === null) noProjection = 'no previous result (--previous): no projection';
  else if (shares === null || shares.overall.contests === 0)
    noProjection = 'no declared contest matches a previous result with votes yet: no projection';
  else
    projection = project(
      shares.overall.parties,
      shares.overall.contests,
      declared,
      undeclared,
      previousOf,
      councils,
      shareMethod,
      councilKey,
    );

  return {
    shareMethod,
    declared: declared.length,
    expected: expectedList === null ? null : expectedList.length,
    declaredExpected: declared.length - unexpected.length,
    expectedFrom,
    seatsDeclared: sum(declared.map((c) => c.seats)),
    seatsExpected: expectedList === null ? null : sum(undeclared.map((c) => c.seats)) + sum(declared.map((c) => c.seats)),
    validVotes: counted.totals.validVotes,
    parties,
    compared: gains?.contests.length ?? 0,
    results,
    councils: councils.map(withoutBase),
    projection,
    noProjection,
    unexpected,
    undeclared,
    warnings: [...counted.warnings, ...(gains?.warnings ?? [])],
  };
}

function withoutBase(council: CouncilScore & { base: CouncilBase | null }): CouncilScore {
  const { base, ...score } = council;
  void base;
  return score;
}

/** A council's key (its folded name; null for a file that names none), each name folded once. */
function foldOnce(): (council: string | null) => string {
  const keys = new Map<string, string>();
  return (council) => {
    if (council === null) return '\u0000';
    let key = keys.get(council);
    if (key === undefined) {
      key = areaKey(council);
      keys.set(council, key);
    }
    return key;
  };
}

/** Councils in the order first met: declared contests, then contests to come. */
function councilNames(
  declared: readonly Contest[],
  expected: readonly ExpectedContest[] | null,
  councilKey: (council: string | null) => string,
): (string | null)[] {
  const names = new Map<string, string | null>();
  for (const contest of [...declared, ...(expected ?? [])]) {
    const key = councilKey(contest.council);
    if (!names.has(key)) names.set(key, contest.council);
  }
  return [...names.values()];
}

/** The composition for a council: named for it, or the one unnamed composition (a file of one council). */
function compositionFor(name: string | null, compositions: readonly Composition[]): Composition | null {
  return (
    compositions.find((c) => c.council !== null && name !== null && areaKey(c.council) === areaKey(name)) ??
    compositions.find((c) => c.council === null) ??
    null
  );
}

interface CouncilBase {
  readonly totalSeats: number;
  readonly threshold: number;
  readonly notUp: ReadonlyMap<string, number>;
}

/**
 * Seats not up and the council's size (§5): at an all-out election (as many seats up as the council had) none
 * is left over and the council is the seats up; otherwise seats not up = before − seats defended, the defenders
 * of every contest up (declared or not) taken from its defending column or its previous winners.
 */
function councilBase(
  name: string,
  composition: Composition,
  up: readonly ExpectedContest[],
  defendersOf: (c: ExpectedContest) => string[] | null,
): CouncilBase | { reason: string } {
  const before = new Map<string, number>();
  for (const p of composition.parties) before.set(p.party, (before.get(p.party) ?? 0) + p.seats);
  const seatsBefore = sum([...before.values()]);
  const seatsUp = sum(up.map((c) => c.seats));
  if (seatsUp >= seatsBefore) return { totalSeats: seatsUp, threshold: majorityThreshold(seatsUp), notUp: new Map() };
  const notUp = new Map(before);
  const unknown: ExpectedContest[] = [];
  for (const contest of up) {
    const defenders = defendersOf(contest);
    if (defenders === null || defenders.length !== contest.seats) {
      unknown.push(contest);
      continue;
    }
    for (const party of defenders) notUp.set(party, (notUp.get(party) ?? 0) - 1);
  }
  if (unknown.length > 0) {
    return {
      reason: `${name}: who defends ${unknown
        .slice(0, 3)
        .map((c) => c.area)
        .join(
          ', ',
        )}${unknown.length > 3 ? ', ...' : ''} is not known (no previous result, no defending column), so the seats not up are not known`,
    };
  }
  for (const [party, seats] of notUp) {
    if (seats < 0)
      return {
        reason: `${name}: ${party} defends ${before.get(party)! - seats} seats but held ${before.get(party) ?? 0} before (from --before)`,
      };
  }
  return { totalSeats: seatsBefore, threshold: majorityThreshold(seatsBefore), notUp };
}

function councilScore(
  name: string | null,
  composition: Composition | null,
  declared: readonly Contest[],
  undeclared: readonly ExpectedContest[] | null,
  defendersOf: (c: ExpectedContest) => string[] | null,
  unexpected: number,
): CouncilScore & { base: CouncilBase | null } {
  const label = name ?? composition?.council ?? 'the council';
  const seatsDeclared = sum(declared.map((c) => c.seats));
  const common = {
    council: name,
    contestsDeclared: declared.length,
    contestsExpected: undeclared === null ? null : declared.length + undeclared.length,
    seatsDeclared,
    seatsExpected: undeclared === null ? null : seatsDeclared + sum(undeclared.map((c) => c.seats)),
  };
  const won = new Map<string, number>();
  for (const contest of declared) for (const holder of seatHolders(contest)) won.set(holder.party, (won.get(holder.party) ?? 0) + 1);
  const unknown = (reason: string) => ({
    ...common,
    totalSeats: null,
    majorityThreshold: null,
    controlBefore: null,
    seats: [...won].map(([party, seats]) => ({ party, notUp: 0, won: seats, seats })).sort(bySeats),
    seatsToCome: undeclared === null ? null : sum(undeclared.map((c) => c.seats)),
    control: { status: 'unknown' as const, reason },
    base: null,
  });
  if (composition === null) return unknown('no composition before the election (--before)');
  if (undeclared === null) return unknown('the contests to come are not known (give --previous or --expect)');
  // A declared contest missing from the list shows the list is not the whole election: what is still to come
  // is then not known, and a call on control could be wrong.
  if (unexpected > 0)
    return unknown(
      `${unexpected} declared contest${unexpected === 1 ? ' is' : 's are'} not in the list of contests to come, so the seats still to come are not known`,
    );
  const base = councilBase(label, composition, [...declared, ...undeclared], defendersOf);
  if ('reason' in base) return unknown(base.reason);

  const parties = [...new Set([...base.notUp.keys(), ...won.keys()])];
  const seats = parties
    .map((party) => {
      const notUp = base.notUp.get(party) ?? 0;
      const w = won.get(party) ?? 0;
      return { party, notUp, won: w, seats: notUp + w };
    })
    .filter((p) => p.seats > 0 || p.notUp > 0)
    .sort(bySeats);
  const seatsToCome = base.totalSeats - sum(seats.map((p) => p.seats));
  const most = seats[0]?.seats ?? 0;
  let control: ControlCall;
  const leader = controllingParty(seats, base.threshold);
  if (leader !== null) control = { status: 'settled', party: leader };
  // No party, even one with no seat yet, can reach the threshold by winning every seat still to come.
  else if (Math.max(most, 0) + seatsToCome < base.threshold) control = { status: 'settled', party: null };
  else control = { status: 'too-early' };
  const beforeThreshold = majorityThreshold(sum(composition.parties.map((p) => p.seats)));
  return {
    ...common,
    totalSeats: base.totalSeats,
    majorityThreshold: base.threshold,
    controlBefore: controllingParty(composition.parties, beforeThreshold),
    seats,
    seatsToCome,
    control,
    base,
  };
}

function bySeats(x: { party: string; seats: number }, y: { party: string; seats: number }): number {
  return y.seats - x.seats || x.party.localeCompare(y.party);
}

function project(
  swing: readonly ShareChange[],
  basedOn: number,
  declared: readonly Contest[],
  undeclared: readonly ExpectedContest[],
  previousOf: ReadonlyMap<ExpectedContest, Contest>,
  councils: readonly (CouncilScore & { base: CouncilBase | null })[],
  shareMethod: ShareMethod,
  councilKey: (council: string | null) => string,
): Projection {
  const change = new Map(swing.filter((s) => s.candidate === null).map((s) => [s.party, s.change]));
  const contests: ProjectedContest[] = [];
  const unprojected: Projection['unprojected'][number][] = [];
  for (const contest of undeclared) {
    const old = previousOf.get(contest);
    const leaveOut = (reason: string) => unprojected.push({ council: contest.council, area: contest.area, seats: contest.seats, reason });
    if (old === undefined) leaveOut('no previous result');
    else if (old.status !== 'contested' || old.votesMissing === true)
      leaveOut('no votes last time (returned unopposed, or none in the file)');
    else if (old.system === 'stv') leaveOut('STV: first preferences alone do not decide the seats');
    else {
      const winners = projectContest(old, contest.seats, change, shareMethod);
      if (winners === null) leaveOut('the projection ties for the last seat');
      else contests.push({ council: contest.council, area: contest.area, winners, before: seatHolders(old).map((h) => h.party) });
    }
  }

  const declaredSeats = countParties(declared.flatMap((c) => seatHolders(c).map((h) => h.party)));
  const projectedSeats = countParties(contests.flatMap((c) => c.winners));
  const parties = [...new Set([...declaredSeats.keys(), ...projectedSeats.keys()])]
    .map((party) => {
      const d = declaredSeats.get(party) ?? 0;
      const p = projectedSeats.get(party) ?? 0;
      return { party, declared: d, projected: p, seats: d + p };
    })
    .sort(bySeats);

  const projectedControl: ProjectedControl[] = [];
  for (const council of councils) {
    if (council.base === null) continue;
    const key = councilKey(council.council);
    const mine = contests.filter((c) => councilKey(c.council) === key);
    const open = sum(unprojected.filter((c) => councilKey(c.council) === key).map((c) => c.seats));
    const seatsNow = countParties(mine.flatMap((c) => c.winners));
    for (const row of council.seats) seatsNow.set(row.party, (seatsNow.get(row.party) ?? 0) + row.seats);
    const seats = [...seatsNow].map(([party, n]) => ({ party, seats: n })).sort(bySeats);
    const threshold = council.base.threshold;
    const leader = controllingParty(seats, threshold);
    const most = seats[0]?.seats ?? 0;
    projectedControl.push({
      council: council.council,
      majorityThreshold: threshold,
      seats,
      control: leader,
      // Without a leader, seats the projection cannot speak for might still give someone a majority.
      known: leader !== null || most + open < threshold,
    });
  }
  return { swing, basedOn, parties, contests, unprojected, councils: projectedControl };
}

/**
 * The previous result with each party's change in share added to each of its candidates' shares (independents:
 * the change of independents as a whole); the top `seats` candidates win. Null when the last seat is a tie.
 */
function projectContest(old: Contest, seats: number, change: ReadonlyMap<string, number>, shareMethod: ShareMethod): string[] | null {
  const base = sum(contestPartyVotes(old, shareMethod).map((p) => p.votes));
  if (base <= 0) return null;
  const projected = old.candidates
    .filter((c) => c.votes !== null)
    .map((c) => {
      const party = c.independent ? INDEPENDENT : c.party;
      return { party, share: c.votes! / base + (change.get(party) ?? 0) };
    })
    .sort((x, y) => y.share - x.share);
  if (projected.length > seats && projected[seats - 1]!.share === projected[seats]!.share) return null;
  return projected.slice(0, seats).map((c) => c.party);
}

function countParties(parties: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const party of parties) counts.set(party, (counts.get(party) ?? 0) + 1);
  return counts;
}

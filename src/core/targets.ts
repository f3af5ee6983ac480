/**
 * Target lists: the contests a party would gain (or, defending, lose) on the smallest swing, and the swing
 * that would give it a majority of the seats (issue #14).
 *
 * The swing a seat needs is half the gap in share between the candidate holding the seat at stake and the
 * challenger's best-placed candidate, in points of the contest's share base: a Butler swing (domain-rules.md
 * §3.1) from the holder to the challenger of that size closes the gap.
 *
 *     swing needed = (share(seat at stake) − share(challenger's best candidate)) / 2
 *
 * Bury North, GE2019: Conservative 21,660, Labour 21,555 of 46,841 valid votes: (46.24 − 46.02) / 2 = 0.11 points.
 *
 * The seat at stake in a multi-member ward is the last elected seat the challenger does not hold (the gap is to
 * the last elected candidate, domain-rules.md §1.2), and shares follow the chosen share method (§2.2): the
 * candidates' shares of the contest, as the tally gives them. Attacking, the challenger is the named party and its
 * best unelected candidate; defending, the holder is the named party and its last elected candidate, and the
 * challenger the best unelected candidate of any other party (or another independent). Ties in the swing are
 * broken by the margin in votes, then by area and council name, so the order is the same on every run.
 */
import { plural, UsageError } from '../errors';
import { areaKey } from './fold';
import { councilsAfter } from './compare';
import { controllingParty, majorityThreshold, type Composition, type CouncilResult } from './council';
import type { AreaMapEntry } from './match';
import type { Contest, Election, ShareMethod, Warning } from './model';
import { INDEPENDENT, type PartyRegistry } from './parties';
import { tallyContest, type CandidateTally, type ContestTally } from './tally';

export type TargetKind = 'attack' | 'defend';

export interface TargetSeat {
  readonly council: string | null;
  readonly area: string;
  readonly code: string | null;
  readonly seats: number;
  /** The party holding the seat at stake, and its candidate there (the last elected). */
  readonly holder: string;
  readonly holderCandidate: string;
  /** The party that would take the seat, and its best unelected candidate. */
  readonly challenger: string;
  readonly challengerCandidate: string;
  /** The named party's place in the contest: the rank of its candidate at stake (1 = most votes). */
  readonly position: number;
  readonly holderShare: number;
  readonly challengerShare: number;
  /** Votes by which the holder's candidate leads the challenger's: the majority over the challenger. */
  readonly margin: number;
  /** The contest's own majority (last elected minus first unelected, domain-rules.md §1). */
  readonly majority: number | null;
  /** Points (a fraction) of swing from holder to challenger that close the gap: half the gap in share. */
  readonly swing: number;
  readonly origin: Contest['origin'];
}

export interface LeftOut {
  readonly reason: string;
  readonly contests: number;
  /** The first few, for a message. */
  readonly examples: readonly string[];
}

/** The seats the party needs for a majority, and the swing that would bring them (a parliament or one council). */
export interface MajorityPath {
  /** null: the whole file as one body (a parliament). */
  readonly council: string | null;
  readonly totalSeats: number;
  readonly majorityThreshold: number;
  /** The party's seats now (after the election in the file). */
  readonly seats: number;
  /** Seats short of the threshold (0 when the party already has a majority). */
  readonly seatsNeeded: number;
  /** The target whose gain would bring the majority (the seatsNeeded-th), or null. */
  readonly pivot: TargetSeat | null;
  /** Targets in this body, of which seatsNeeded are needed. */
  readonly targets: number;
  /** Who controls the body now (null: no overall control). */
  readonly controlNow: string | null;
}

export interface TargetList {
  readonly party: string;
  readonly kind: TargetKind;
  readonly shareMethod: ShareMethod;
  /** In order: the smallest swing first. */
  readonly seats: readonly TargetSeat[];
  /** Contests that could not be on the list, by reason (every contest is either listed or counted here). */
  readonly leftOut: readonly LeftOut[];
  /** Contests held by the party that a target list leaves out because it holds them (attack), or the other way. */
  readonly notApplicable: number;
  readonly majorities: readonly MajorityPath[];
}

/**
 * The party the user named, as the canonical name the election uses; a usage error when it has no
 * candidate in the file, or names independents (who stand alone: there is no party to target for).
 *
 *     results: --party: no candidate of "Labor" in ge2019.csv (did you mean "Labour"?)
 */
export function partyInElection(
  written: string,
  registry: PartyRegistry,
  contests: readonly Contest[],
  sources: readonly string[],
  option = '--party',
): string {
  const name = registry.lookup(written)?.name ?? written.trim();
  const present = new Set<string>();
  let independents = false;
  for (const contest of contests) {
    for (const candidate of contest.candidates) {
      if (candidate.independent) independents = true;
      else present.add(candidate.party);
    }
  }
  if (!present.has(name)) {
    if (independents && registry.lookup(written)?.name === INDEPENDENT) {
      throw new UsageError(`${option}: independents stand alone, each a party of one; name a party`);
    }
    const near = registry.nearest(written);
    throw new UsageError(
      `${option}: no candidate of ${JSON.stringify(written)} in ${sources.join(', ')}` +
        (near && present.has(near.party.name) ? ` (did you mean ${JSON.stringify(near.party.name)}?)` : ''),
    );
  }
  return name;
}

const reasons = {
  uncontested: 'returned unopposed: no votes, so no swing',
  cancelled: 'poll cancelled',
  stv: 'STV: first preferences do not decide the seats (transfers do), so no swing is computed',
  votesMissing: 'the file gives no votes',
  undecided: 'a seat left undecided by a tie the file does not settle',
  didNotStand: 'the party had no candidate',
  noUnelected: 'every candidate was elected: no one to lose the seat to',
  outOfOrder: 'the elected candidates are not in vote order (elected as the file says)',
} as const;

/** A candidate's identity for a party count: each independent alone. */
function sameSide(candidate: CandidateTally, party: string): boolean {
  return !candidate.independent && candidate.party === party;
}

function holderName(candidate: CandidateTally): string {
  return candidate.independent ? INDEPENDENT : candidate.party;
}

/**
 * The target (or defence) list of `party` over the contests, under a share method. `councils` are the
 * compositions after the election (council command), for the majority each council needs; for a file without
 * councils the whole file is one body (a parliament) and its seats are counted from the file.
 */
export function targetList(
  contests: readonly Contest[],
  party: string,
  kind: TargetKind,
  shareMethod: ShareMethod,
  councils: readonly CouncilResult[] = [],
): TargetList {
  const seats: TargetSeat[] = [];
  const leftOut = new Map<string, { contests: number; examples: string[] }>();
  const leave = (reason: string, contest: Contest) => {
    const entry = leftOut.get(reason) ?? { contests: 0, examples: [] };
    entry.contests += 1;
    if (entry.examples.length < 3) entry.examples.push(contest.council === null ? contest.area : `${contest.area} (${contest.council})`);
    leftOut.set(reason, entry);
  };
  let notApplicable = 0;
  const counted = new Map<Contest, ContestTally>();

  for (const contest of contests) {
    const stood = contest.candidates.some((c) => !c.independent && c.party === party);
    if (contest.status === 'uncontested') leave(reasons.uncontested, contest);
    else if (contest.status === 'cancelled') leave(reasons.cancelled, contest);
    else if (contest.system === 'stv') leave(reasons.stv, contest);
    else if (contest.votesMissing === true) leave(reasons.votesMissing, contest);
    else if (!stood && kind === 'attack') leave(reasons.didNotStand, contest);
    else {
      const tallied = tallyContest(contest, shareMethod);
      counted.set(contest, tallied);
      if (tallied.candidates.some((c) => c.elected === null)) {
        leave(reasons.undecided, contest);
        continue;
      }
      const seat = kind === 'attack' ? attackSeat(tallied, party) : defendSeat(tallied, party);
      if (seat === 'not-applicable') notApplicable += 1;
      else if ('leftOut' in seat) leave(seat.leftOut, contest);
      else seats.push(seat);
    }
  }
  seats.sort(
    (a, b) => a.swing - b.swing || a.margin - b.margin || a.area.localeCompare(b.area) || (a.council ?? '').localeCompare(b.council ?? ''),
  );

  const majorities = kind === 'attack' ? majorityPaths(contests, counted, party, seats, councils) : [];
  return {
    party,
    kind,
    shareMethod,
    seats,
    leftOut: [...leftOut].map(([reason, entry]) => ({ reason, contests: entry.contests, examples: entry.examples })),
    notApplicable,
    majorities,
  };
}

/** A contest's place on a list: a seat on it, left out with a reason, or not the list's business (held, attacking). */
type SeatOutcome = TargetSeat | { readonly leftOut: string } | 'not-applicable';

/** Attacking: the last elected seat held by someone else, against the party's best unelected candidate. */
function attackSeat(contest: ContestTally, party: string): SeatOutcome {
  const elected = contest.candidates.filter((c) => c.elected === true);
  const atStake = last(elected.filter((c) => !sameSide(c, party)));
  const challenger = contest.candidates.find((c) => c.elected === false && sameSide(c, party));
  // The party holds every seat, or has no candidate left unelected: nothing to gain here.
  if (atStake === undefined || challenger === undefined) return 'not-applicable';
  return seatOf(contest, atStake, challenger, challenger);
}

/** Defending: the party's last elected candidate, against the best unelected candidate of anyone else. */
function defendSeat(contest: ContestTally, party: string): SeatOutcome {
  const atStake = last(contest.candidates.filter((c) => c.elected === true && sameSide(c, party)));
  if (atStake === undefined) return 'not-applicable';
  const challenger = contest.candidates.find((c) => c.elected === false && !sameSide(c, party));
  if (challenger === undefined) return { leftOut: reasons.noUnelected };
  return seatOf(contest, atStake, challenger, atStake);
}

function seatOf(contest: ContestTally, atStake: CandidateTally, challenger: CandidateTally, named: CandidateTally): SeatOutcome {
  const holderShare = atStake.share ?? 0;
  const challengerShare = challenger.share ?? 0;
  const margin = (atStake.votes ?? 0) - (challenger.votes ?? 0);
  // An elected candidate behind an unelected one: the file's flags (a count we cannot read as plurality).
  if (margin < 0) return { leftOut: reasons.outOfOrder };
  return {
    council: contest.council,
    area: contest.area,
    code: contest.code,
    seats: contest.seats,
    holder: holderName(atStake),
    holderCandidate: atStake.name,
    challenger: holderName(challenger),
    challengerCandidate: challenger.name,
    position: named.rank ?? 0,
    holderShare,
    challengerShare,
    margin,
    majority: contest.majority,
    swing: (holderShare - challengerShare) / 2,
    origin: contest.origin,
  };
}

function last<T>(values: readonly T[]): T | undefined {
  return values[values.length - 1];
}

/**
 * How far the party is from a majority, and the target that would bring it: the threshold is floor(N/2) + 1
 * (domain-rules.md §5). With compositions after the election (`councils`) each council is one body; without, a
 * file that names no council is one body (a parliament: every seat is in the file).
 */
function majorityPaths(
  contests: readonly Contest[],
  counted: ReadonlyMap<Contest, ContestTally>,
  party: string,
  targets: readonly TargetSeat[],
  councils: readonly CouncilResult[],
): MajorityPath[] {
  if (councils.length > 0) {
    return councils.map((council) => {
      const own = targets.filter((t) => t.council !== null && council.council !== null && sameCouncil(t.council, council.council));
      const seatsNow = council.composition.find((r) => r.party === party)?.after ?? 0;
      return path(
        council.council,
        council.totalSeats,
        seatsNow,
        own,
        controllingParty(
          council.composition.map((r) => ({ party: r.party, seats: r.after })),
          council.majorityThreshold,
        ),
      );
    });
  }
  if (contests.length === 0 || contests.some((c) => c.council !== null)) return [];
  let totalSeats = 0;
  for (const contest of contests) totalSeats += contest.seats;
  const seatsBy = new Map<string, number>();
  for (const contest of contests) {
    const tallied = counted.get(contest) ?? tallyContest(contest, 'top');
    for (const candidate of tallied.candidates) {
      if (candidate.elected === true) seatsBy.set(holderName(candidate), (seatsBy.get(holderName(candidate)) ?? 0) + 1);
    }
  }
  const control = controllingParty(
    [...seatsBy].map(([p, s]) => ({ party: p, seats: s })),
    majorityThreshold(totalSeats),
  );
  return [path(null, totalSeats, seatsBy.get(party) ?? 0, targets, control)];
}

function sameCouncil(a: string, b: string): boolean {
  return areaKey(a) === areaKey(b);
}

function path(
  council: string | null,
  totalSeats: number,
  seats: number,
  targets: readonly TargetSeat[],
  controlNow: string | null,
): MajorityPath {
  const threshold = majorityThreshold(totalSeats);
  const seatsNeeded = Math.max(0, threshold - seats);
  return {
    council,
    totalSeats,
    majorityThreshold: threshold,
    seats,
    seatsNeeded,
    pivot: seatsNeeded === 0 ? null : (targets[seatsNeeded - 1] ?? null),
    targets: targets.length,
    controlNow,
  };
}

/** A refusal when the list is empty, naming why every contest was left out. */
export function refuseEmptyList(list: TargetList, sources: readonly string[]): void {
  if (list.seats.length > 0) return;
  const why = list.leftOut.map((l) => `${plural(l.contests, 'contest')}: ${l.reason}`).join('; ');
  const what =
    list.kind === 'attack'
      ? `no seat ${list.party} could gain in ${sources.join(', ')}`
      : `no seat ${list.party} holds in ${sources.join(', ')} could be lost on a swing`;
  const held =
    list.notApplicable > 0
      ? `${plural(list.notApplicable, 'contest')} ${list.kind === 'attack' ? 'held (see --defend)' : 'not held by it'}`
      : '';
  throw new UsageError(`${what}${why || held ? ` (${[held, why].filter((s) => s !== '').join('; ')})` : ''}`);
}

export interface TargetOptions {
  /** The party, as the canonical name the election uses (partyInElection). */
  readonly party: string;
  readonly kind: TargetKind;
  readonly shareMethod: ShareMethod;
  /** Compositions on the eve of poll (--before), for the majority each council needs. */
  readonly compositions?: readonly Composition[];
  /** Who defended the seats, where the file has no defending column (as `results council --previous`). */
  readonly previous?: Election | null;
  readonly areaMap?: readonly AreaMapEntry[];
  readonly allOut?: boolean;
}

/**
 * The target list of an election, with the majority each council needs when compositions are given: the
 * composition after the election is `results council`'s (before − defended + won), and the seats the party
 * would gain come from the contests of this election.
 */
export function electionTargets(election: Election, options: TargetOptions): { list: TargetList; warnings: Warning[] } {
  const warnings: Warning[] = [...election.warnings];
  let councils: readonly CouncilResult[] = [];
  if (options.compositions !== undefined && options.compositions.length > 0) {
    const after = councilsAfter(options.compositions, election, {
      previous: options.previous ?? null,
      areaMap: options.areaMap ?? [],
      allOut: options.allOut === true,
    });
    councils = after.result.councils;
    warnings.push(...after.result.warnings, ...(options.previous?.warnings ?? []));
  }
  const list = targetList(election.contests, options.party, options.kind, options.shareMethod, councils);
  refuseEmptyList(list, election.sources);
  return { list, warnings };
}

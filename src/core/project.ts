/**
 * Seats under a swing (issue #14): each party's national change applied in every contest it fought, the winners
 * recomputed, and the seats, changes of hands and majority or control that follow.
 *
 *   uniform:       share′ = max(0, share + Δ), Δ = the party's change in national share (points, as a fraction)
 *   proportional:  share′ = share × (national + Δ) / national
 *
 * `share` is each candidate's share of its contest as the tally gives it under the share method (domain-rules.md
 * §2.2); in a multi-member ward every candidate of a party moves by the party's change and the top N are elected. A
 * party that did not stand in a contest gets nothing there, and parties not named do not move. The shares in a
 * contest need not add up to 1 afterwards: the projection ranks candidates, it does not count votes.
 *
 * Nothing is guessed: a contest the swing cannot decide keeps the file's result and is listed with its reason
 * (returned unopposed, STV, votes missing, elected out of vote order), and a tie for the last seat after the swing
 * (equal projected shares and equal votes) leaves the seat undecided unless the file's own lot settles it. With no
 * change the projection is the file's result, contest for contest.
 */
import { append } from './arrays';
import { plural, UsageError } from '../errors';
import { councilsAfter } from './compare';
import { controllingParty, majorityThreshold, type Composition, type CouncilResult } from './council';
import { areaKey } from './fold';
import { compareSeats, netChanges, summarise, type ContestGains, type PartySeats, type SeatHolder } from './gains';
import type { AreaMapEntry } from './match';
import type { Contest, Election, ShareMethod, Warning } from './model';
import { INDEPENDENT } from './parties';
import { tally, tallyContest, type CandidateTally } from './tally';

export type ProjectionMethod = 'uniform' | 'proportional';
export const projectionMethods: readonly ProjectionMethod[] = ['uniform', 'proportional'];

/**
 * One party's national movement: its share in the file, the change applied in every contest it fought (uniform) or
 * the ratio its shares are scaled by (proportional), and the national share the projected contests come to: the
 * party's projected contest shares weighted by each contest's valid votes. That is below shareBefore + change where
 * the party did not stand everywhere (Labour in Northern Ireland) or where a share floors at zero.
 */
export interface NationalChange {
  readonly party: string;
  readonly shareBefore: number;
  readonly change: number;
  /** (shareBefore + change) / shareBefore: the factor of a proportional swing. */
  readonly ratio: number;
  readonly shareAfter: number;
}

export interface ProjectedContest extends ContestGains {
  readonly seats: number;
  readonly origin: Contest['origin'];
}

/** The majority (a parliament) or control (a council) the projected seats give. */
export interface ProjectedControl {
  /** null: the whole file as one body. */
  readonly council: string | null;
  readonly totalSeats: number;
  readonly majorityThreshold: number;
  /** Control in the file's own result, and after the projection (null: no overall control). */
  readonly before: string | null;
  readonly after: string | null;
  /** Parties with the most seats after (more than one when tied). */
  readonly largestParties: readonly string[];
  readonly largestSeats: number;
}

export interface Projection {
  readonly method: ProjectionMethod;
  readonly shareMethod: ShareMethod;
  readonly national: readonly NationalChange[];
  readonly contests: readonly ProjectedContest[];
  readonly parties: readonly PartySeats[];
  readonly control: readonly ProjectedControl[];
  readonly leftOut: readonly { reason: string; contests: number; examples: readonly string[] }[];
  /** Seats left undecided by a tie after the swing (or in the file). */
  readonly undecidedSeats: number;
  readonly warnings: readonly Warning[];
}

export interface ProjectOptions {
  readonly method: ProjectionMethod;
  readonly shareMethod: ShareMethod;
  /** Changes in national share (fractions), or target national shares: one of the two. */
  readonly swing?: readonly { party: string; value: number }[];
  readonly shares?: readonly { party: string; value: number }[];
  /** Compositions on the eve of poll (--before): control per council. */
  readonly compositions?: readonly Composition[];
  readonly previous?: Election | null;
  readonly areaMap?: readonly AreaMapEntry[];
  readonly allOut?: boolean;
}

const reasons = {
  uncontested: 'returned unopposed: kept as the file says',
  cancelled: 'poll cancelled: no seat filled',
  stv: 'STV: transfers decide the seats, so a swing in first preferences is not projected; kept as the file says',
  votesMissing: 'no votes in the file: kept as the file says',
  outOfOrder: 'elected out of vote order in the file: kept as the file says',
  undecided: 'a seat undecided by a tie the file does not settle',
} as const;

function partyOf(candidate: Pick<CandidateTally, 'independent' | 'party'>): string {
  return candidate.independent ? INDEPENDENT : candidate.party;
}

function holderOf(candidate: CandidateTally): SeatHolder {
  return { party: partyOf(candidate), candidate: candidate.independent ? candidate.name : null };
}

/**
 * The national changes: `swing` as given, or `shares` minus the file's national share. A party named that has no
 * vote in the file is refused (nothing to move), as is a proportional swing for one.
 *
 *     results: --shares: Reform UK has no votes in ge2019.csv: a projection moves the votes a party has
 */
export function nationalChanges(
  election: Election,
  options: Pick<ProjectOptions, 'swing' | 'shares' | 'shareMethod' | 'method'>,
): NationalChange[] {
  const given = options.swing ?? options.shares;
  if (given === undefined || (options.swing !== undefined && options.shares !== undefined)) {
    throw new UsageError("give one of --swing 'Con:-5,Lab:+5' or --shares 'Con=33,Lab=40'");
  }
  const option = options.swing !== undefined ? '--swing' : '--shares';
  const national = new Map(tally(election, options.shareMethod).parties.map((p) => [p.party, p.share ?? 0]));
  return given.map(({ party, value }) => {
    const shareBefore = national.get(party);
    if (shareBefore === undefined || shareBefore === 0) {
      throw new UsageError(
        `${option}: ${party} has no votes in ${election.sources.join(', ')}: a projection moves the votes a party has` +
          (shareBefore === undefined
            ? ` (parties: ${[...national.keys()].slice(0, 8).join(', ')}${national.size > 8 ? ', ...' : ''})`
            : ''),
      );
    }
    const change = options.swing !== undefined ? value : value - shareBefore;
    // Uniform: each contest floors at zero. Proportional: a national share below zero has no ratio to scale by.
    if (options.method === 'proportional' && shareBefore + change < 0) {
      throw new UsageError(
        `${option}: ${party} falls below nothing nationally (${(shareBefore * 100).toFixed(1)}% ${(change * 100).toFixed(1)} points), so a proportional swing has no ratio`,
      );
    }
    return { party, shareBefore, change, ratio: (shareBefore + change) / shareBefore, shareAfter: shareBefore + change };
  });
}

/** The national share each moved party's projected contest shares come to, over the same valid votes. */
function projectedNational(
  national: readonly NationalChange[],
  counted: readonly ReturnType<typeof tallyContest>[],
  method: ProjectionMethod,
): NationalChange[] {
  let base = 0;
  const moved = new Map(national.map((n) => [n.party, 0]));
  for (const contest of counted) {
    if (contest.validVotes === null) continue;
    base += contest.validVotes;
    for (const party of contest.parties) {
      const name = party.independent ? INDEPENDENT : party.party;
      const change = national.find((n) => n.party === name);
      if (change === undefined) continue;
      moved.set(name, moved.get(name)! + projectShare(party.share ?? 0, change, method) * contest.validVotes);
    }
  }
  return national.map((n) => ({ ...n, shareAfter: base > 0 ? moved.get(n.party)! / base : 0 }));
}

/** The projected share of one candidate. */
function projectShare(share: number, change: NationalChange | undefined, method: ProjectionMethod): number {
  if (change === undefined) return share;
  if (method === 'uniform') return Math.max(0, share + change.change);
  return share * change.ratio;
}

type ContestOutcome = { readonly after: readonly SeatHolder[]; readonly undecided: number } | { readonly keep: string };

/** Who would hold a contest's seats after the swing; or the reason the file's result is kept. */
function projectContest(
  contest: Contest,
  counted: ReturnType<typeof tallyContest>,
  changes: ReadonlyMap<string, NationalChange>,
  method: ProjectionMethod,
): ContestOutcome {
  if (contest.status === 'uncontested') return { keep: reasons.uncontested };
  if (contest.status === 'cancelled') return { keep: reasons.cancelled };
  if (contest.system === 'stv') return { keep: reasons.stv };
  if (contest.votesMissing === true) return { keep: reasons.votesMissing };
  const candidates = counted.candidates;
  if (candidates.some((c) => c.elected === null)) return { keep: reasons.undecided };
  let lowestElected = Number.POSITIVE_INFINITY;
  for (const c of candidates) if (c.elected === true && (c.votes ?? 0) < lowestElected) lowestElected = c.votes ?? 0;
  if (candidates.some((c) => c.elected === false && (c.votes ?? 0) > lowestElected)) return { keep: reasons.outOfOrder };

  const projected = candidates
    .map((candidate) => ({ candidate, share: projectShare(candidate.share ?? 0, changes.get(partyOf(candidate)), method) }))
    .sort(
      (a, b) =>
        b.share - a.share ||
        (b.candidate.votes ?? 0) - (a.candidate.votes ?? 0) ||
        // The file's lot between equal votes stands while their shares stay equal.
        Number(b.candidate.elected === true) - Number(a.candidate.elected === true),
    );
  const seats = contest.seats;
  if (projected.length <= seats) return { after: projected.map((p) => holderOf(p.candidate)), undecided: 0 };
  const last = projected[seats - 1]!;
  const next = projected[seats]!;
  const lotStands = last.candidate.votes === next.candidate.votes && last.candidate.elected === true && next.candidate.elected === false;
  if (last.share === next.share && !lotStands) {
    // A tie across the last seat after the swing: the seats tied for stay undecided (domain-rules.md §1.3).
    const tiedShare = last.share;
    const clear = projected.filter((p) => p.share > tiedShare);
    const tied = projected.filter((p) => p.share === tiedShare).map((p) => holderOf(p.candidate));
    // Unless every one tied is the same party's (not an independent): the party holds those seats whoever wins the lot.
    const one = tied[0]!;
    if (one.candidate === null && tied.every((holder) => holder.party === one.party && holder.candidate === null)) {
      const open = seats - clear.length;
      return { after: [...clear.map((p) => holderOf(p.candidate)), ...tied.slice(0, open)], undecided: 0 };
    }
    return { after: clear.map((p) => holderOf(p.candidate)), undecided: seats - clear.length };
  }
  return { after: projected.slice(0, seats).map((p) => holderOf(p.candidate)), undecided: 0 };
}

/** Seats, changes of hands and majority or control under a national swing (see the module comment). */
export function projectElection(election: Election, options: ProjectOptions): Projection {
  const national = nationalChanges(election, options);
  const changes = new Map(national.map((n) => [n.party, n]));
  const warnings: Warning[] = [...election.warnings];
  const leftOut = new Map<string, { contests: number; examples: string[] }>();
  const contests: ProjectedContest[] = [];
  let undecidedSeats = 0;
  const tallied: ReturnType<typeof tallyContest>[] = [];

  for (const contest of election.contests) {
    const counted = tallyContest(contest, options.shareMethod);
    tallied.push(counted);
    const before = counted.candidates.filter((c) => c.elected === true).map(holderOf);
    const outcome = projectContest(contest, counted, changes, options.method);
    let after: readonly SeatHolder[];
    if ('keep' in outcome) {
      const entry = leftOut.get(outcome.keep) ?? { contests: 0, examples: [] };
      entry.contests += 1;
      if (entry.examples.length < 3) entry.examples.push(contest.council === null ? contest.area : `${contest.area} (${contest.council})`);
      leftOut.set(outcome.keep, entry);
      after = before;
      if (outcome.keep === reasons.undecided) undecidedSeats += contest.seats - before.length;
    } else {
      after = outcome.after;
      undecidedSeats += outcome.undecided;
    }
    const result = compareSeats(before, after, contest.seats);
    contests.push({
      council: contest.council,
      area: contest.area,
      code: contest.code,
      seats: contest.seats,
      origin: contest.origin,
      before: before.map((h) => h.party),
      after: after.map((h) => h.party),
      result,
      seatChanges: netChanges(before, after),
    });
  }

  let councils: readonly CouncilResult[] = [];
  if (options.compositions !== undefined && options.compositions.length > 0) {
    const actual = councilsAfter(options.compositions, election, {
      previous: options.previous ?? null,
      areaMap: options.areaMap ?? [],
      allOut: options.allOut === true,
    });
    councils = actual.result.councils;
    append(append(warnings, actual.result.warnings), options.previous?.warnings ?? []);
  }
  if (undecidedSeats > 0) {
    warnings.push({
      code: 'projected-tie',
      message: `${plural(undecidedSeats, 'seat')} undecided by a tie after the swing (or in the file): counted for no party`,
      origin: null,
    });
  }

  return {
    method: options.method,
    shareMethod: options.shareMethod,
    national: projectedNational(national, tallied, options.method),
    contests,
    parties: summarise(contests).parties,
    control: projectedControl(election, contests, councils),
    leftOut: [...leftOut].map(([reason, entry]) => ({ reason, contests: entry.contests, examples: entry.examples })),
    undecidedSeats,
    warnings,
  };
}

function count(parties: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const party of parties) counts.set(party, (counts.get(party) ?? 0) + 1);
  return counts;
}

function controlOf(
  council: string | null,
  seatsBefore: Map<string, number>,
  seatsAfter: Map<string, number>,
  totalSeats: number,
): ProjectedControl {
  const threshold = majorityThreshold(totalSeats);
  const list = (seats: Map<string, number>) => [...seats].map(([party, n]) => ({ party, seats: n }));
  let most = 0;
  for (const n of seatsAfter.values()) if (n > most) most = n;
  return {
    council,
    totalSeats,
    majorityThreshold: threshold,
    before: controllingParty(list(seatsBefore), threshold),
    after: controllingParty(list(seatsAfter), threshold),
    largestParties: [...seatsAfter]
      .filter(([, n]) => n === most && most > 0)
      .map(([party]) => party)
      .sort(),
    largestSeats: most,
  };
}

/**
 * A file without councils is one body with every seat in it (a parliament); with compositions, each council's
 * composition after the election (results council) moves by the seats that change hands in its contests.
 */
function projectedControl(
  election: Election,
  contests: readonly ProjectedContest[],
  councils: readonly CouncilResult[],
): ProjectedControl[] {
  if (councils.length > 0) {
    return councils.map((council) => {
      const own = contests.filter((c) => c.council !== null && council.council !== null && areaKey(c.council) === areaKey(council.council));
      const before = new Map(council.composition.map((r) => [r.party, r.after]));
      const after = new Map(before);
      for (const contest of own) {
        for (const party of contest.before) after.set(party, (after.get(party) ?? 0) - 1);
        for (const party of contest.after) after.set(party, (after.get(party) ?? 0) + 1);
      }
      return controlOf(council.council, before, after, council.totalSeats);
    });
  }
  if (election.contests.length === 0 || election.contests.some((c) => c.council !== null)) return [];
  let totalSeats = 0;
  for (const contest of contests) totalSeats += contest.seats;
  return [controlOf(null, count(contests.flatMap((c) => c.before)), count(contests.flatMap((c) => c.after)), totalSeats)];
}

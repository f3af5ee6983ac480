/**
 * Change in share and swing between two elections over the same seats (domain-rules.md §2.3, §3).
 *
 * Shares come from `partyVotes` under one share method applied to both elections (§2.3: "same share method
 * in both years"), so a multi-member ward is compared like with like. A party that did not stand on one side
 * counts 0 there: it shows as "new" or with its full loss (§2.3).
 *
 * Swing is always returned with its direction, `{from, to, value}` with value >= 0 (§3.1 sign convention):
 * Butler and Steed swings can disagree in sign (§3.3, Bedwardine 2012 -> 2016), so each names its own
 * direction.
 */
import type { Contest, ShareMethod } from './model';
import { INDEPENDENT } from './parties';
import { contestPartyVotes, sum } from './shares';
import type { Matching } from './match';

export interface ShareChange {
  /** Canonical party; "Independent" for an independent, with `candidate` naming who. */
  readonly party: string;
  readonly partyCode: string;
  readonly candidate: string | null;
  /** 0 when the party did not stand; `stoodBefore` tells the two apart. */
  readonly shareBefore: number;
  readonly shareAfter: number;
  /** shareAfter - shareBefore, a fraction (0.3822 is +38.22 points). */
  readonly change: number;
  readonly stoodBefore: boolean;
  readonly stoodAfter: boolean;
}

export interface DirectedSwing {
  readonly from: string;
  readonly to: string;
  /** Non-negative, a fraction of the vote (0.2267 is 22.67 points). */
  readonly value: number;
}

export interface ContestSwing {
  readonly council: string | null;
  readonly area: string;
  readonly code: string | null;
  readonly parties: readonly ShareChange[];
  readonly butler: DirectedSwing | null;
  readonly steed: DirectedSwing | null;
}

export interface LeftOut {
  readonly council: string | null;
  readonly area: string;
  readonly reason: string;
}

export interface SwingComparison {
  readonly shareMethod: ShareMethod;
  /** The parties the swing is between: named by the user, or null for the top two of each contest. */
  readonly pair: readonly [string, string] | null;
  readonly overall: {
    readonly parties: readonly ShareChange[];
    /** The two parties the overall swing is between (the named pair, or the top two overall after). */
    readonly between: readonly [string, string] | null;
    readonly butler: DirectedSwing | null;
    readonly steed: DirectedSwing | null;
    readonly contests: number;
  };
  readonly contests: readonly ContestSwing[];
  /** Matched contests left out of shares and swing, and why (e.g. returned unopposed: §6). */
  readonly leftOut: readonly LeftOut[];
}

/** A party's votes on one side, under the share method, and the base they are a share of. */
interface Side {
  readonly votes: Map<string, { party: string; partyCode: string; candidate: string | null; votes: number }>;
  readonly total: number;
}

function side(contest: Contest, method: ShareMethod, groupIndependents: boolean): Side {
  const votes: Side['votes'] = new Map();
  for (const p of contestPartyVotes(contest, method)) {
    // An independent is a party of one in a contest (matched across elections by name); in totals the
    // independents are grouped, as in the tally's party totals.
    const candidate = p.independent && !groupIndependents ? p.candidate : null;
    const key = p.independent ? (groupIndependents ? INDEPENDENT : `${INDEPENDENT}\u0000${p.candidate}`) : p.party;
    const entry = votes.get(key);
    if (entry) entry.votes += p.votes;
    else
      votes.set(key, {
        party: p.independent ? INDEPENDENT : p.party,
        partyCode: p.independent ? 'Ind' : p.partyCode,
        candidate,
        votes: p.votes,
      });
  }
  return { votes, total: sum([...votes.values()].map((v) => v.votes)) };
}

function merge(into: Side['votes'], from: Side['votes']): void {
  for (const [key, entry] of from) {
    const existing = into.get(key);
    if (existing) existing.votes += entry.votes;
    else into.set(key, { ...entry });
  }
}

/** Change in share per party (§2.3), largest share after first. */
function shareChanges(before: Side, after: Side): ShareChange[] {
  const keys = new Set([...after.votes.keys(), ...before.votes.keys()]);
  const changes = [...keys].map((key) => {
    const b = before.votes.get(key);
    const a = after.votes.get(key);
    const shareBefore = b && before.total > 0 ? b.votes / before.total : 0;
    const shareAfter = a && after.total > 0 ? a.votes / after.total : 0;
    const known = (a ?? b)!;
    return {
      party: known.party,
      partyCode: known.partyCode,
      candidate: known.candidate,
      shareBefore,
      shareAfter,
      change: shareAfter - shareBefore,
      stoodBefore: b !== undefined,
      stoodAfter: a !== undefined,
    };
  });
  return changes.sort((x, y) => y.shareAfter - x.shareAfter || y.shareBefore - x.shareBefore || x.party.localeCompare(y.party));
}

/**
 * Butler swing from A to B (§3.1): the average of B's gain and A's loss in percentage points of all valid
 * votes, [(B₂ − B₁) + (A₁ − A₂)] / 2; turned round when negative so the value is never below 0.
 */
export function butlerSwing(a: string, b: string, changes: readonly ShareChange[]): DirectedSwing {
  const change = (party: string) => changes.filter((c) => c.party === party && c.candidate === null).reduce((t, c) => t + c.change, 0);
  return directed(a, b, (change(b) - change(a)) / 2);
}

/**
 * Steed (two-party) swing from A to B (§3.2): B's share of the two parties' combined vote, after minus
 * before, b₂ − b₁ = a₁ − a₂. Null when the two parties had no votes between them on one side.
 */
export function steedSwing(a: string, b: string, changes: readonly ShareChange[]): DirectedSwing | null {
  const share = (party: string, when: 'shareBefore' | 'shareAfter') =>
    changes.filter((c) => c.party === party && c.candidate === null).reduce((t, c) => t + c[when], 0);
  const twoParty = (when: 'shareBefore' | 'shareAfter') => {
    const combined = share(a, when) + share(b, when);
    return combined > 0 ? share(b, when) / combined : null;
  };
  const before = twoParty('shareBefore');
  const after = twoParty('shareAfter');
  if (before === null || after === null) return null;
  return directed(a, b, after - before);
}

function directed(a: string, b: string, value: number): DirectedSwing {
  return value >= 0 ? { from: a, to: b, value } : { from: b, to: a, value: -value };
}

/** The two parties with the largest shares after (independents are not a party to swing between). */
function topTwo(changes: readonly ShareChange[]): [string, string] | null {
  const parties = changes.filter((c) => c.candidate === null && c.stoodAfter).sort((x, y) => y.shareAfter - x.shareAfter);
  return parties.length >= 2 ? [parties[0]!.party, parties[1]!.party] : null;
}

function swings(changes: readonly ShareChange[], pair: readonly [string, string] | null) {
  const between = pair ?? topTwo(changes);
  if (between === null) return { between: null, butler: null, steed: null };
  return { between, butler: butlerSwing(between[0], between[1], changes), steed: steedSwing(between[0], between[1], changes) };
}

/**
 * Change in share and swing per matched contest and overall. Overall figures add up the matched contests
 * polled on both sides only, so both elections cover the same seats (§2.3).
 */
export function compareShares(
  matching: Matching<Contest>,
  shareMethod: ShareMethod,
  pair: readonly [string, string] | null = null,
): SwingComparison {
  const contests: ContestSwing[] = [];
  const leftOut: LeftOut[] = [];
  const totalBefore: Side['votes'] = new Map();
  const totalAfter: Side['votes'] = new Map();
  let used = 0;
  for (const { before, after } of matching.pairs) {
    const reason = notComparable(before, after);
    if (reason !== null) {
      leftOut.push({ council: after.council, area: after.area, reason });
      continue;
    }
    const changes = shareChanges(side(before, shareMethod, false), side(after, shareMethod, false));
    const { butler, steed } = swings(changes, pair);
    contests.push({ council: after.council, area: after.area, code: after.code, parties: changes, butler, steed });
    merge(totalBefore, side(before, shareMethod, true).votes);
    merge(totalAfter, side(after, shareMethod, true).votes);
    used += 1;
  }
  const total = (votes: Side['votes']) => sum([...votes.values()].map((v) => v.votes));
  const parties = shareChanges({ votes: totalBefore, total: total(totalBefore) }, { votes: totalAfter, total: total(totalAfter) });
  const overall = used > 0 ? swings(parties, pair) : { between: null, butler: null, steed: null };
  return { shareMethod, pair, overall: { parties, ...overall, contests: used }, contests, leftOut };
}

/** Why a matched pair cannot be compared on votes, or null when it can (§6: no poll, no shares). */
function notComparable(before: Contest, after: Contest): string | null {
  const describe = (c: Contest, when: string) =>
    c.status === 'uncontested' ? `returned unopposed ${when}` : c.status === 'cancelled' ? `poll cancelled ${when}` : null;
  return describe(before, 'before') ?? describe(after, 'after') ?? null;
}

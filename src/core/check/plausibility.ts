/**
 * Plausibility against the previous election (`--previous`): contests that vanished or appeared, a
 * party's change in share above a limit (domain-rules.md §2.3), and a Butler swing above a limit (§3.1).
 * A transposed digit (887 typed as 8870) shows up here as a swing no real ward produces.
 *
 * Contest matching and the share arithmetic are deliberately small and passed in: `matchByArea` pairs
 * contests by official code, else council and area, and `partyShares` uses `partyVotes` from shares.ts.
 * When the shared matcher (core/match.ts) and swing module (core/swing.ts) land, the lead switches the
 * `match` default and the two formulas below to them; the findings stay the same.
 */
import type { Contest, ShareMethod } from '../model';
import { fraction, partyVotes, sum } from '../shares';
import { describeContest, finding, type Finding } from './finding';
import { foldName } from './names';

export interface ContestMatching {
  readonly pairs: readonly { readonly before: Contest; readonly after: Contest }[];
  /** In the previous election only. */
  readonly vanished: readonly Contest[];
  /** In the current election only. */
  readonly appeared: readonly Contest[];
}

export type MatchContests = (before: readonly Contest[], after: readonly Contest[]) => ContestMatching;

export interface PlausibilityLimits {
  /** Largest change in a party's share, in percentage points; null: not checked. */
  readonly maxChange: number | null;
  /** Largest Butler swing, in percentage points; null: not checked. */
  readonly maxSwing: number | null;
  readonly shareMethod: ShareMethod;
}

/** Pairs contests by official code when both have one, else by council and area (case and accents aside). */
export function matchByArea(before: readonly Contest[], after: readonly Contest[]): ContestMatching {
  const byCode = new Map<string, Contest>();
  const byArea = new Map<string, Contest>();
  for (const contest of before) {
    if (contest.code !== null) byCode.set(contest.code, contest);
    byArea.set(areaKey(contest), contest);
  }
  const used = new Set<Contest>();
  const pairs: { before: Contest; after: Contest }[] = [];
  const appeared: Contest[] = [];
  for (const contest of after) {
    const byItsCode = contest.code === null ? undefined : byCode.get(contest.code);
    const match = byItsCode ?? byArea.get(areaKey(contest));
    if (match && !used.has(match)) {
      used.add(match);
      pairs.push({ before: match, after: contest });
    } else {
      appeared.push(contest);
    }
  }
  return { pairs, vanished: before.filter((c) => !used.has(c)), appeared };
}

export function areaKey(contest: Pick<Contest, 'council' | 'area'>): string {
  return `${foldName(contest.council ?? '')}\u0000${foldName(contest.area)}`;
}

export function plausibilityFindings(
  before: readonly Contest[],
  after: readonly Contest[],
  limits: PlausibilityLimits,
  match: MatchContests = matchByArea,
): Finding[] {
  const matching = match(before, after);
  const findings: Finding[] = [
    ...matching.vanished.map((c) =>
      finding('contest-vanished', `${describeContest(c)} was in the previous election but has no match now`, c.origin),
    ),
    ...matching.appeared.map((c) =>
      finding('contest-appeared', `${describeContest(c)} has no match in the previous election`, c.origin),
    ),
  ];
  for (const { before: old, after: now } of matching.pairs) {
    if (old.status !== 'contested' || now.status !== 'contested') continue;
    const sharesBefore = partyShares(old, limits.shareMethod);
    const sharesAfter = partyShares(now, limits.shareMethod);
    const name = describeContest(now);
    if (limits.maxChange !== null) {
      for (const [party, shareBefore] of sharesBefore) {
        // A party that stood then but not now shows its full loss; a new party has no change (§2.3).
        const change = ((sharesAfter.get(party) ?? 0) - shareBefore) * 100;
        if (Math.abs(change) > limits.maxChange) {
          findings.push(
            finding(
              'share-change',
              `${name}: ${party} share ${change > 0 ? 'up' : 'down'} ${Math.abs(change).toFixed(1)} points ` +
                `(${points(shareBefore)}% to ${points(sharesAfter.get(party) ?? 0)}%), more than the limit of ${limits.maxChange}`,
              now.origin,
            ),
          );
        }
      }
    }
    if (limits.maxSwing !== null) {
      const swing = topTwoSwing(sharesBefore, sharesAfter);
      if (swing !== null && swing.points > limits.maxSwing) {
        findings.push(
          finding(
            'large-swing',
            `${name}: swing from ${swing.from} to ${swing.to} of ${swing.points.toFixed(1)} points since the previous election, ` +
              `more than the limit of ${limits.maxSwing}`,
            now.origin,
          ),
        );
      }
    }
  }
  return findings;
}

/** Each party's share of the contest's valid votes (§2.2 under the chosen method); independents keyed by name. */
function partyShares(contest: Contest, method: ShareMethod): Map<string, number> {
  const parties = partyVotes(contest.candidates, method);
  const total = sum(parties.map((p) => p.votes));
  return new Map(
    parties.map((p) => [p.independent ? `${p.party} (${p.candidate})` : p.party, fraction(p.votes, total) ?? 0]),
  );
}

/**
 * Butler swing between the top two parties of the current contest, both of which stood last time:
 * swing(A→B) = [(B₂ − B₁) + (A₁ − A₂)] / 2 in percentage points (domain-rules.md §3.1), named in the
 * direction that makes it non-negative.
 */
function topTwoSwing(
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): { from: string; to: string; points: number } | null {
  const [first, second] = [...after].sort((a, b) => b[1] - a[1]);
  if (!first || !second) return null;
  const [b, b2] = first;
  const [a, a2] = second;
  const b1 = before.get(b);
  const a1 = before.get(a);
  if (b1 === undefined || a1 === undefined) return null;
  const swing = ((b2 - b1 + (a1 - a2)) / 2) * 100;
  return swing >= 0 ? { from: a, to: b, points: swing } : { from: b, to: a, points: -swing };
}

function points(share: number): string {
  return (share * 100).toFixed(1);
}

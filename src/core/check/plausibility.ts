/**
 * Plausibility against the previous election (`--previous`): contests that vanished or appeared, a
 * party's change in share above a limit (domain-rules.md §2.3), and a Butler swing above a limit (§3.1).
 * A transposed digit (887 typed as 8870) shows up here as a swing no real ward produces.
 *
 * Contests are paired by the same matcher as `swing` and `gains` (core/match.ts), and the changes and swing
 * come from core/swing.ts, so `check` and `swing` never disagree about a ward.
 */
import { matchContests, type AreaMapEntry } from '../match';
import type { Contest, ShareMethod } from '../model';
import { compareShares } from '../swing';
import { describeContest, finding, type Finding } from './finding';

export interface PlausibilityLimits {
  /** Largest change in a party's share, in percentage points; null: not checked. */
  readonly maxChange: number | null;
  /** Largest Butler swing, in percentage points; null: not checked. */
  readonly maxSwing: number | null;
  readonly shareMethod: ShareMethod;
}

export function plausibilityFindings(
  before: readonly Contest[],
  after: readonly Contest[],
  limits: PlausibilityLimits,
  areaMap: readonly AreaMapEntry[] = [],
): Finding[] {
  const matching = matchContests(before, after, areaMap);
  const findings: Finding[] = [
    ...matching.unmatchedBefore.map(({ contest }) =>
      finding('contest-vanished', `${describeContest(contest)} was in the previous election but has no match now`, contest.origin),
    ),
    ...matching.unmatchedAfter.map(({ contest }) =>
      finding('contest-appeared', `${describeContest(contest)} has no match in the previous election`, contest.origin),
    ),
  ];
  for (const pair of matching.pairs) {
    // One pair at a time keeps each finding on the line of its own contest.
    const [compared] = compareShares({ pairs: [pair], unmatchedBefore: [], unmatchedAfter: [] }, limits.shareMethod).contests;
    if (compared === undefined) continue; // returned unopposed or cancelled on one side: no shares to compare
    const now = pair.after;
    const name = describeContest(now);
    if (limits.maxChange !== null) {
      // A party that stood then but not now shows its full loss; a new party has no change (§2.3: "new").
      for (const change of compared.parties.filter((p) => p.stoodBefore)) {
        const points = change.change * 100;
        if (Math.abs(points) <= limits.maxChange) continue;
        const party = change.candidate === null ? change.party : `${change.party} (${change.candidate})`;
        findings.push(
          finding(
            'share-change',
            `${name}: ${party} share ${points > 0 ? 'up' : 'down'} ${Math.abs(points).toFixed(1)} points ` +
              `(${percent(change.shareBefore)}% to ${percent(change.shareAfter)}%), more than the limit of ${limits.maxChange}`,
            now.origin,
          ),
        );
      }
    }
    const swing = compared.butler;
    if (limits.maxSwing !== null && swing !== null && swing.value * 100 > limits.maxSwing) {
      findings.push(
        finding(
          'large-swing',
          `${name}: swing from ${swing.from} to ${swing.to} of ${percent(swing.value)} points since the previous election, ` +
            `more than the limit of ${limits.maxSwing}`,
          now.origin,
        ),
      );
    }
  }
  return findings;
}

function percent(fraction: number): string {
  return (fraction * 100).toFixed(1);
}

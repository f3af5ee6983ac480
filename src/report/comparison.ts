/** Pieces the comparison views (swing, gains, council, tally --previous) share: conventions in words, unmatched areas. */
import { plural } from '../errors';
import type { Baseline } from '../core/gains';
import type { Contest } from '../core/model';
import type { Matching } from '../core/match';
import type { PartyRegistry } from '../core/parties';
import type { Block, ReportTable } from './report';
import { text } from './report';
import { formatCount } from './numbers';

/** Short code and colour of a canonical party name, from the registry. */
export interface PartyInfo {
  code(party: string): string;
  colour(party: string): string | null;
}

export function partyInfo(registry: PartyRegistry): PartyInfo {
  return {
    code: (party) => registry.byCanonicalName(party)?.code ?? party,
    colour: (party) => registry.colourOf(party),
  };
}

/** Each baseline's name, for a subtitle ("Against the eve of poll"); `baselineText` says what it means. */
export const baselineName: Record<Baseline, string> = { 'last-fought': 'last fought', 'eve-of-poll': 'eve of poll' };

export const baselineText: Record<Baseline, string> = {
  'last-fought': `${baselineName['last-fought']}: each seat against the party that won it when it was last fought (defections and by-elections since ignored; domain-rules.md §4a)`,
  'eve-of-poll': `${baselineName['eve-of-poll']}: each seat against the party defending it on the eve of poll, from the defending column (domain-rules.md §4b)`,
};

export const butlerText =
  "Butler: the average of one party's gain and the other's loss in points of all valid votes (domain-rules.md §3.1)";
export const steedText = "Steed: the change in one party's share of the two parties' combined vote (domain-rules.md §3.2)";

export function unmatchedJson(matching: Matching<Contest>): Record<string, unknown> {
  const entry = (u: Matching<Contest>['unmatchedBefore'][number]) => ({
    council: u.contest.council,
    area: u.contest.area,
    code: u.contest.code,
    reason: u.reason,
    file: u.contest.origin.file,
    line: u.contest.origin.line,
  });
  return { before: matching.unmatchedBefore.map(entry), after: matching.unmatchedAfter.map(entry) };
}

/**
 * How many unmatched contests a person is shown one by one. A longer list (the 1918-2017 series against
 * GE2017: 17,698 contests, nothing in common) is summarised: counts by side and reason, the first few of
 * each side, and where to find them all (the JSON document lists every one under `unmatched`).
 */
export const unmatchedListed = { whole: 30, first: 10 };

/**
 * The blocks that say what was not compared: contests with no match on the other side, and matched
 * contests left out (returned unopposed, cancelled) with the reason.
 */
export function notComparedBlocks(
  matching: Matching<Contest> | null,
  leftOut: readonly { readonly council: string | null; readonly area: string; readonly reason: string }[],
  leftOutTitle: string,
  listed: { readonly whole: number; readonly first: number } = unmatchedListed,
): Block[] {
  const blocks: Block[] = [];
  const heading = [text('Not compared: no matching contest', undefined, true)];
  const count = matching ? matching.unmatchedBefore.length + matching.unmatchedAfter.length : 0;
  if (matching && count > listed.whole) {
    blocks.push({ heading, table: unmatchedCounts(matching), notes: [] });
    const first = unmatchedTable(matching, listed.first)!;
    const shownBefore = Math.min(listed.first, matching.unmatchedBefore.length);
    const shownAfter = Math.min(listed.first, matching.unmatchedAfter.length);
    blocks.push({
      heading: [text(`Not compared: the first ${shownBefore} before and ${shownAfter} after`, undefined, true)],
      table: first,
      notes: [
        `${formatCount(count - first.rows.length)} more not shown; all ${formatCount(count)}: --format json (unmatched.before, unmatched.after)`,
      ],
    });
  } else {
    const unmatched = matching ? unmatchedTable(matching) : null;
    if (unmatched) blocks.push({ heading, table: unmatched, notes: [] });
  }
  if (leftOut.length > 0) {
    blocks.push({
      heading: [text(leftOutTitle, undefined, true)],
      table: null,
      notes: leftOut.map((l) => `${l.council !== null ? `${l.council}, ` : ''}${l.area}: ${l.reason}`),
    });
  }
  return blocks;
}

/** Unmatched contests by side and reason, in the order each reason first appears. */
function unmatchedCounts(matching: Matching<Contest>): ReportTable {
  const rows: { cells: [string, string, number] }[] = [];
  const tally = (side: string, entries: Matching<Contest>['unmatchedBefore']) => {
    const counts = new Map<string, number>();
    for (const u of entries) counts.set(u.reason, (counts.get(u.reason) ?? 0) + 1);
    for (const [reason, contests] of counts) rows.push({ cells: [side, reason, contests] });
  };
  tally('before', matching.unmatchedBefore);
  tally('after', matching.unmatchedAfter);
  return {
    columns: [
      { key: 'side', label: 'In', type: 'text' },
      { key: 'reason', label: 'Not matched because', type: 'text' },
      { key: 'contests', label: 'Contests', type: 'count' },
    ],
    rows,
  };
}

/** The unmatched contests one a row: all of them, or the first `first` of each side. */
export function unmatchedTable(matching: Matching<Contest>, first = Infinity): ReportTable | null {
  const rows = [
    ...matching.unmatchedBefore.slice(0, first).map((u) => ({ cells: ['before', u.contest.council, u.contest.area, u.reason] })),
    ...matching.unmatchedAfter.slice(0, first).map((u) => ({ cells: ['after', u.contest.council, u.contest.area, u.reason] })),
  ];
  if (rows.length === 0) return null;
  return {
    columns: [
      { key: 'side', label: 'In', type: 'text' },
      { key: 'council', label: 'Council', type: 'text' },
      { key: 'area', label: 'Area', type: 'text' },
      { key: 'reason', label: 'Not matched because', type: 'text' },
    ],
    rows,
  };
}

export function matchedText(matching: Matching<Contest>): string {
  const by = (kind: string) => matching.pairs.filter((p) => p.by === kind).length;
  return (
    `Matched ${plural(matching.pairs.length, 'contest')} (${by('code')} by area code, ${by('area-map')} by the area map, ${by('name')} by name); ` +
    `unmatched: ${matching.unmatchedBefore.length} before, ${matching.unmatchedAfter.length} after.`
  );
}

/** Pieces the comparison views (swing, gains, council, tally --previous) share: conventions in words, unmatched areas. */
import { plural } from '../errors';
import type { Baseline } from '../core/gains';
import type { Contest } from '../core/model';
import type { Matching } from '../core/match';
import type { PartyRegistry } from '../core/parties';
import type { Block, ReportTable } from './report';
import { text } from './report';

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
 * The blocks that say what was not compared: contests with no match on the other side, and matched
 * contests left out (returned unopposed, cancelled) with the reason.
 */
export function notComparedBlocks(
  matching: Matching<Contest> | null,
  leftOut: readonly { readonly council: string | null; readonly area: string; readonly reason: string }[],
  leftOutTitle: string,
): Block[] {
  const blocks: Block[] = [];
  const unmatched = matching ? unmatchedTable(matching) : null;
  if (unmatched) blocks.push({ heading: [text('Not compared: no matching contest', undefined, true)], table: unmatched, notes: [] });
  if (leftOut.length > 0) {
    blocks.push({
      heading: [text(leftOutTitle, undefined, true)],
      table: null,
      notes: leftOut.map((l) => `${l.council !== null ? `${l.council}, ` : ''}${l.area}: ${l.reason}`),
    });
  }
  return blocks;
}

export function unmatchedTable(matching: Matching<Contest>): ReportTable | null {
  const rows = [
    ...matching.unmatchedBefore.map((u) => ({ cells: ['before', u.contest.council, u.contest.area, u.reason] })),
    ...matching.unmatchedAfter.map((u) => ({ cells: ['after', u.contest.council, u.contest.area, u.reason] })),
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

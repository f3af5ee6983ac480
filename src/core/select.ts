/**
 * Choosing contests by council or area name (--council, --area): case and surrounding space do not matter.
 * The candidate rows of contests left out are counted, so the row account still adds up.
 */
import type { Election } from './model';

export interface Selection {
  readonly councils: readonly string[];
  readonly areas: readonly string[];
}

export function selectContests(election: Election, selection: Selection): Election {
  if (selection.councils.length === 0 && selection.areas.length === 0) return election;
  const fold = (s: string) => s.trim().toLowerCase();
  const councils = new Set(selection.councils.map(fold));
  const areas = new Set(selection.areas.map(fold));
  const contests = election.contests.filter(
    (contest) =>
      (councils.size === 0 || (contest.council !== null && councils.has(fold(contest.council)))) &&
      (areas.size === 0 || areas.has(fold(contest.area))),
  );
  // Rows, not candidates: a wide file has one row per contest, so count the distinct rows candidates came from.
  const kept = new Set(contests);
  const rowsLeftOut = new Set<string>();
  for (const contest of election.contests) {
    if (kept.has(contest)) continue;
    for (const candidate of contest.candidates) rowsLeftOut.add(`${candidate.origin.file}\u0000${candidate.origin.line}`);
  }
  const filtered = rowsLeftOut.size;
  return { ...election, contests, rows: { ...election.rows, used: election.rows.used - filtered, filtered: election.rows.filtered + filtered } };
}

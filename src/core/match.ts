/**
 * Pairing the contests of two elections so they can be compared (issue #3). Boundaries change and
 * publishers spell the same area differently (`Ynys Môn` / `Ynys Mon`, `Stoke-on-Trent` / `Stoke-On-Trent`,
 * `St John's` / `St. Johns`), so contests are matched, in this order:
 *
 *   1. by area code (ONS/GSS) where both contests carry one: the code is the official identity of an area;
 *   2. by an area map the user supplies (`--area-map`: old,new[,council]) for renamed or notional areas;
 *   3. by council and area name, folded for case, accents, `&`/`and`, punctuation and `St`/`St.`/`Saint`.
 *
 * What does not match is listed on both sides, never guessed: a name that folds to two contests on one side
 * is ambiguous and left unmatched with that reason.
 */
import { areaKey } from './fold';
import type { Contest, Origin } from './model';

/** One line of an area map: the area as named (or coded) in the earlier election and in the later one. */
export interface AreaMapEntry {
  readonly before: string;
  readonly after: string;
  /** Limits the entry to one council (the same in both elections); null for any. */
  readonly council: string | null;
  readonly origin: Origin;
}

export type MatchedBy = 'code' | 'area-map' | 'name';

export interface ContestPair<T> {
  readonly before: T;
  readonly after: T;
  readonly by: MatchedBy;
}

export interface Unmatched<T> {
  readonly contest: T;
  readonly reason: string;
}

export interface Matching<T> {
  /** In the order of the later election's contests. */
  readonly pairs: readonly ContestPair<T>[];
  readonly unmatchedBefore: readonly Unmatched<T>[];
  readonly unmatchedAfter: readonly Unmatched<T>[];
}

type Matchable = Pick<Contest, 'council' | 'area' | 'code'>;

export function matchContests<T extends Matchable>(
  before: readonly T[],
  after: readonly T[],
  areaMap: readonly AreaMapEntry[] = [],
): Matching<T> {
  const pairs = new Map<T, ContestPair<T>>();
  const usedBefore = new Set<T>();
  const ambiguousBefore = new Set<T>();
  const ambiguousAfter = new Set<T>();
  const pair = (b: T, a: T, by: MatchedBy) => {
    pairs.set(a, { before: b, after: a, by });
    usedBefore.add(b);
  };

  // 1. Codes, where both sides carry one.
  const byCode = index(
    before.filter((c) => c.code !== null),
    (c) => c.code!.trim().toUpperCase(),
  );
  for (const contest of after) {
    if (contest.code === null) continue;
    const candidates = (byCode.get(contest.code.trim().toUpperCase()) ?? []).filter((c) => !usedBefore.has(c));
    if (candidates.length === 1) pair(candidates[0]!, contest, 'code');
  }

  // Councils take part in name keys only when both elections name them (a file of one council often omits it).
  const withCouncil = before.every((c) => c.council !== null) && after.every((c) => c.council !== null);
  const nameKey = (council: string | null, area: string) =>
    withCouncil ? `${areaKey(council ?? '')}\u0000${areaKey(area)}` : areaKey(area);

  // 2. The area map: an old name (or code) to a new one.
  for (const entry of areaMap) {
    const fits = (c: T, written: string) =>
      (entry.council === null || c.council === null || areaKey(c.council) === areaKey(entry.council)) &&
      (areaKey(c.area) === areaKey(written) || (c.code !== null && c.code.trim().toUpperCase() === written.trim().toUpperCase()));
    const old = before.filter((c) => !usedBefore.has(c) && fits(c, entry.before));
    const now = after.filter((c) => !pairs.has(c) && fits(c, entry.after));
    if (old.length === 1 && now.length === 1) pair(old[0]!, now[0]!, 'area-map');
  }

  // 3. Council and folded area name, when the name is unique on both sides.
  const remainingBefore = before.filter((c) => !usedBefore.has(c));
  const remainingAfter = after.filter((c) => !pairs.has(c));
  const beforeByName = index(remainingBefore, (c) => nameKey(c.council, c.area));
  const afterByName = index(remainingAfter, (c) => nameKey(c.council, c.area));
  for (const contest of remainingAfter) {
    const key = nameKey(contest.council, contest.area);
    const old = beforeByName.get(key) ?? [];
    const now = afterByName.get(key) ?? [];
    if (old.length === 1 && now.length === 1) pair(old[0]!, contest, 'name');
    else if (old.length > 1 || now.length > 1) {
      for (const c of old) ambiguousBefore.add(c);
      for (const c of now) ambiguousAfter.add(c);
    }
  }

  const reason = (ambiguous: Set<T>, c: T) =>
    ambiguous.has(c) ? 'ambiguous: the name matches more than one contest' : 'no contest with this code or name in the other election';
  return {
    pairs: after.flatMap((c) => {
      const found = pairs.get(c);
      return found ? [found] : [];
    }),
    unmatchedBefore: before.filter((c) => !usedBefore.has(c)).map((contest) => ({ contest, reason: reason(ambiguousBefore, contest) })),
    unmatchedAfter: after.filter((c) => !pairs.has(c)).map((contest) => ({ contest, reason: reason(ambiguousAfter, contest) })),
  };
}

function index<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

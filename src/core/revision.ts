/**
 * What changed in a contest declared twice (issue #13): on results night a returning officer can correct a
 * figure after the declaration (a recount, a transposed number). A revision is never applied silently: the
 * watch reports it with each figure that changed, before and after.
 */
import type { Candidate, Contest } from './model';

export type RevisedField = 'votes' | 'party' | 'elected' | 'candidate added' | 'candidate removed' | 'seats' | 'status';

export interface FigureChange {
  /** The candidate the change is about; null for a change to the contest itself (seats, status). */
  readonly candidate: string | null;
  readonly field: RevisedField;
  readonly before: string | number | boolean | null;
  readonly after: string | number | boolean | null;
}

/**
 * The differences between a contest as first declared and as declared now, candidate by candidate (matched by
 * name, as written), in the order of the later declaration; empty when the figures are the same.
 */
export function contestChanges(before: Contest, after: Contest): FigureChange[] {
  const changes: FigureChange[] = [];
  if (before.seats !== after.seats) changes.push({ candidate: null, field: 'seats', before: before.seats, after: after.seats });
  if (before.status !== after.status) changes.push({ candidate: null, field: 'status', before: before.status, after: after.status });
  const was = byName(before.candidates);
  const now = byName(after.candidates);
  for (const [name, candidate] of now) {
    const old = was.get(name);
    if (old === undefined) {
      changes.push({ candidate: name, field: 'candidate added', before: null, after: candidate.votes });
      continue;
    }
    if (old.votes !== candidate.votes) changes.push({ candidate: name, field: 'votes', before: old.votes, after: candidate.votes });
    if (old.party !== candidate.party) changes.push({ candidate: name, field: 'party', before: old.party, after: candidate.party });
    if (old.elected !== candidate.elected)
      changes.push({ candidate: name, field: 'elected', before: old.elected, after: candidate.elected });
  }
  for (const [name, old] of was) {
    if (!now.has(name)) changes.push({ candidate: name, field: 'candidate removed', before: old.votes, after: null });
  }
  return changes;
}

function byName(candidates: readonly Candidate[]): Map<string, Candidate> {
  const map = new Map<string, Candidate>();
  // Two candidates of one name in a contest (rare, but real) are told apart by their order.
  for (const candidate of candidates) {
    let key = candidate.name;
    for (let n = 2; map.has(key); n++) key = `${candidate.name} (${n})`;
    map.set(key, candidate);
  }
  return map;
}

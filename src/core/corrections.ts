/**
 * Corrections (issue #13): figures put right on top of the input, each with its source, so a file as published
 * can stay as it is and the correction is on record. A correction names a contest (council and area), a
 * candidate and a field, and gives the new value. Every corrected figure is reported with where the old one came
 * from (the result's file and line) and where the new one did (the correction's file and line, and its source).
 * A correction that matches no contest or no candidate is an error, never skipped: it was meant to change a
 * number.
 */
import { DataError, type Origin } from '../errors';
import { areaKey } from './fold';
import type { Candidate, Contest, Warning } from './model';

export type CorrectedField = 'votes' | 'party' | 'elected';

export interface Correction {
  readonly council: string | null;
  readonly area: string;
  readonly candidate: string;
  readonly field: CorrectedField;
  /** The new value: votes a whole number, party a canonical name with its code, elected true or false. */
  readonly value: number | { readonly party: string; readonly partyCode: string; readonly independent: boolean } | boolean;
  readonly source: string;
  readonly origin: Origin;
}

export interface AppliedCorrection {
  readonly correction: Correction;
  readonly council: string | null;
  readonly area: string;
  readonly candidate: string;
  readonly field: CorrectedField;
  readonly before: string | number | boolean | null;
  readonly after: string | number | boolean | null;
  /** Where the figure corrected was read. */
  readonly resultOrigin: Origin;
}

const key = (council: string | null, area: string) => `${council === null ? '' : areaKey(council)}\u0000${areaKey(area)}`;

/** Applies corrections contest by contest, remembering which were used. */
export class Corrector {
  private readonly byContest = new Map<string, Correction[]>();
  private readonly byArea = new Map<string, Correction[]>();
  private readonly used = new Set<Correction>();

  constructor(readonly corrections: readonly Correction[]) {
    for (const correction of corrections) {
      // A correction without a council applies to the area whatever its council (a file of one council).
      const map = correction.council === null ? this.byArea : this.byContest;
      const k = correction.council === null ? areaKey(correction.area) : key(correction.council, correction.area);
      map.set(k, [...(map.get(k) ?? []), correction]);
    }
  }

  /** The contest with its corrections applied, and what was changed; the contest itself when none applies. */
  correct(contest: Contest): { contest: Contest; applied: AppliedCorrection[] } {
    const mine = [...(this.byContest.get(key(contest.council, contest.area)) ?? []), ...(this.byArea.get(areaKey(contest.area)) ?? [])];
    if (mine.length === 0) return { contest, applied: [] };
    const applied: AppliedCorrection[] = [];
    let candidates: Candidate[] = [...contest.candidates];
    for (const correction of mine) {
      const index = candidates.findIndex((c) => areaKey(c.name) === areaKey(correction.candidate));
      if (index < 0) continue; // reported by unused(): no such candidate in this contest
      this.used.add(correction);
      const was = candidates[index]!;
      const now = changed(was, correction);
      candidates = candidates.map((c, i) => (i === index ? now : c));
      applied.push({
        correction,
        council: contest.council,
        area: contest.area,
        candidate: was.name,
        field: correction.field,
        before: valueOf(was, correction.field),
        after: valueOf(now, correction.field),
        resultOrigin: was.origin,
      });
    }
    return { contest: { ...contest, candidates }, applied };
  }

  /** Corrections that matched nothing read so far. */
  unused(): Correction[] {
    return this.corrections.filter((c) => !this.used.has(c));
  }

  /** The first unused correction as the error it is (exit 1), or nothing when every correction was applied. */
  refuseUnused(): void {
    const first = this.unused()[0];
    if (first === undefined) return;
    throw new DataError(
      first.origin,
      `correction of ${first.candidate}'s ${first.field} in ${first.area}${first.council === null ? '' : ` (${first.council})`} matches no candidate read` +
        (this.unused().length > 1 ? `; ${this.unused().length} corrections match nothing` : ''),
    );
  }
}

function changed(candidate: Candidate, correction: Correction): Candidate {
  switch (correction.field) {
    case 'votes':
      return { ...candidate, votes: correction.value as number };
    case 'elected':
      return { ...candidate, elected: correction.value as boolean };
    case 'party': {
      const { party, partyCode, independent } = correction.value as { party: string; partyCode: string; independent: boolean };
      return { ...candidate, party, partyCode, description: party, independent };
    }
  }
}

function valueOf(candidate: Candidate, field: CorrectedField): string | number | boolean | null {
  return field === 'votes' ? candidate.votes : field === 'party' ? candidate.party : candidate.elected;
}

/**
 *     Battenhall: Louis Stephen votes 1081 (worcester-2016.csv:5) corrected to 1018 (corrections.csv:2; source: recount)
 */
export function correctionWarning(applied: AppliedCorrection): Warning {
  const where = `${applied.resultOrigin.file}:${applied.resultOrigin.line}`;
  const from = `${applied.correction.origin.file}:${applied.correction.origin.line}`;
  return {
    code: 'corrected',
    message: `${applied.area}: ${applied.candidate} ${applied.field} ${String(applied.before)} (${where}) corrected to ${String(applied.after)} (${from}; source: ${applied.correction.source})`,
    origin: applied.correction.origin,
  };
}

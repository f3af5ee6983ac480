/**
 * Summing partial counts: precinct files give each candidate's votes once per reporting unit; the contest
 * is won on the sum. Rows of layouts that declare `sums` come here, over every file of the election, and
 * leave as one row per candidate per contest. Other layouts never pass here, so their duplicate-candidate
 * check (ContestAssembler) stays strict.
 *
 * Contest, office and candidate names that differ only in case, punctuation or spacing are one
 * (`Attorney General` / `ATTORNEY GENERAL`, `Kamala D. Harris` / `KAMALA D HARRIS`): the key folds them,
 * the first spelling met is shown.
 */
import type { CandidateRow } from './rows';

interface Sum {
  row: CandidateRow;
  votes: number | null;
}

interface ContestSums {
  council: string | null;
  area: string;
  readonly candidates: Map<string, Sum>;
}

export class VoteSummer {
  private readonly contests = new Map<string, ContestSums>();

  add(row: CandidateRow): void {
    const key = `${fold(row.council ?? '')}\u0000${fold(row.area)}`;
    let contest = this.contests.get(key);
    if (!contest) {
      contest = { council: row.council, area: row.area, candidates: new Map() };
      this.contests.set(key, contest);
    }
    const candidateKey = fold(row.candidate);
    const sum = contest.candidates.get(candidateKey);
    if (!sum) {
      contest.candidates.set(candidateKey, { row: { ...row, council: contest.council, area: contest.area }, votes: row.votes });
      return;
    }
    if (row.votes !== null) sum.votes = (sum.votes ?? 0) + row.votes;
    // A party left blank in one county but written in another: keep the one that names it.
    if (sum.row.party === '' && row.party !== '') sum.row = { ...sum.row, party: row.party };
  }

  /** One row per candidate per contest, in order of first appearance, with the summed votes. */
  *rows(): Generator<CandidateRow> {
    for (const contest of this.contests.values()) {
      for (const sum of contest.candidates.values()) yield { ...sum.row, votes: sum.votes };
    }
  }
}

/** The comparison key of a name: case, punctuation and runs of spaces do not distinguish. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,'’"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Summing partial counts: precinct files give each candidate's votes once per reporting unit; the contest
 * is won on the sum. Rows of layouts that declare `sums` come here, over every file of the election, and
 * leave as one row per candidate per contest. Other layouts never pass here, so their duplicate-candidate
 * check (ContestAssembler) stays strict.
 *
 * Contest, office and candidate names that differ only in case, punctuation or spacing are one
 * (`Attorney General` / `ATTORNEY GENERAL`, `Kamala D. Harris` / `KAMALA D HARRIS`): the key folds them,
 * the first spelling met is shown.
 *
 * Counties also write one candidate in different forms: a ticket (`TRUMP / VANCE`, `HARRIS and WALZ`), with or
 * without a middle initial (`Robert P. Casey Jr.` / `Robert Casey Jr.`). Left apart, Pennsylvania 2024 shows
 * Harris ahead of Trump statewide, which is wrong. So, within a contest, candidates of the same party are
 * one when the names of one (the first person of a ticket, without initials and suffixes) are all among the
 * names of the other; the spelling with the most votes is shown, and every merge is reported as a warning.
 * Different people of one party (`John Smith` / `Jane Smith`) stay apart.
 */
import type { Origin } from '../errors';
import type { CandidateRow } from './rows';

/** Candidates read as one person: shown as `into`, from rows written as `names`. */
export interface NameMerge {
  readonly council: string | null;
  readonly area: string;
  readonly into: string;
  readonly names: readonly string[];
  readonly origin: Origin;
}

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
    const candidateKey = `${fold(row.candidate)}\u0000${fold(row.party)}`;
    const sum = contest.candidates.get(candidateKey);
    if (!sum) {
      contest.candidates.set(candidateKey, { row: { ...row, council: contest.council, area: contest.area }, votes: row.votes });
      return;
    }
    if (row.votes !== null) sum.votes = (sum.votes ?? 0) + row.votes;
  }

  /** Name variants of one candidate read as one (see the module comment). */
  readonly merges: NameMerge[] = [];

  /** One row per candidate per contest, in order of first appearance, with the summed votes. */
  *rows(): Generator<CandidateRow> {
    for (const contest of this.contests.values()) {
      for (const sum of this.samePeople(contest)) yield { ...sum.row, votes: sum.votes };
    }
  }

  private samePeople(contest: ContestSums): Sum[] {
    const sums = withPartyFilledIn([...contest.candidates.values()]);
    const byVotes = [...sums].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
    const groups: { lead: Sum; names: Set<string>; members: Sum[] }[] = [];
    for (const sum of byVotes) {
      const names = personNames(sum.row.candidate);
      const group =
        sum.row.party === ''
          ? undefined
          : groups.find((g) => g.lead.row.party === sum.row.party && (isSubset(names, g.names) || isSubset(g.names, names)));
      if (group) group.members.push(sum);
      else groups.push({ lead: sum, names, members: [sum] });
    }
    if (groups.length === sums.length) return sums;
    const merged = new Map<Sum, Sum>();
    for (const group of groups) {
      if (group.members.length === 1) continue;
      const votes = group.members.some((m) => m.votes !== null) ? group.members.reduce((t, m) => t + (m.votes ?? 0), 0) : null;
      const first = sums.find((s) => group.members.includes(s))!;
      merged.set(first, { row: { ...group.lead.row, origin: first.row.origin }, votes });
      this.merges.push({
        council: contest.council,
        area: contest.area,
        into: group.lead.row.candidate,
        names: group.members.filter((m) => m !== group.lead).map((m) => m.row.candidate),
        origin: first.row.origin,
      });
    }
    const absorbed = new Set(groups.flatMap((g) => (g.members.length > 1 ? g.members : [])));
    return sums.flatMap((sum) => (merged.has(sum) ? [merged.get(sum)!] : absorbed.has(sum) ? [] : [sum]));
  }
}

/**
 * A candidate whose party one county left blank and another wrote is one candidate: the blank rows join
 * the only candidate of that name with a party (with two, which one is not known, so they stay apart).
 */
function withPartyFilledIn(sums: Sum[]): Sum[] {
  const named = new Map<string, Sum[]>();
  for (const sum of sums) {
    if (sum.row.party === '') continue;
    const key = fold(sum.row.candidate);
    named.set(key, [...(named.get(key) ?? []), sum]);
  }
  return sums.filter((sum) => {
    if (sum.row.party !== '') return true;
    const [only, ...others] = named.get(fold(sum.row.candidate)) ?? [];
    if (only === undefined || others.length > 0) return true;
    if (sum.votes !== null) only.votes = (only.votes ?? 0) + sum.votes;
    return false;
  });
}

const suffixes = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The names of a candidate, or of the first person of a ticket, without initials and suffixes. */
function personNames(candidate: string): Set<string> {
  const first = candidate.split(/\s+(?:\/|and|&)\s+|\s*\/\s*/i)[0] ?? candidate;
  return new Set(
    fold(first)
      .split(' ')
      .filter((word) => word.length > 1 && !suffixes.has(word)),
  );
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  if (small.size === 0) return false;
  for (const word of small) if (!large.has(word)) return false;
  return true;
}

/** The comparison key of a name: case, punctuation and runs of spaces do not distinguish. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.,'’"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

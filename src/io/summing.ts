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
 *
 * A county that leaves an office's district blank (Philadelphia 2024 writes `NA` for every U.S. House, State
 * Senate and State House district) would have all its districts summed into one contest, with one confident
 * winner (Evans "elected" with 81.5%, Boyle 46.4% beside him). So rows without a district are summed per
 * county first, and a county's part is set aside, counted, with no winner declared, when the office has
 * districts elsewhere in the election, or when two candidates of one party never share a precinct (one
 * seat, one nominee a party, one district a precinct: these are several districts' contests). Statewide offices (no district anywhere, one candidate a
 * party) are summed over counties as before.
 */
import type { Origin } from '../errors';
import { areaKey, foldName } from '../core/fold';
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
  /** The reporting units (precincts) the candidate's district-less rows came from. */
  units?: Set<string> | undefined;
}

/** One county's rows of an office the file gives no district for, set aside (see the module comment). */
export interface DistrictMissing {
  readonly council: string | null;
  readonly area: string;
  readonly county: string;
  /** Records set aside. */
  readonly rows: number;
  /** Why the part cannot stand as a contest: the office has districts elsewhere, or one party has several candidates. */
  readonly because:
    { readonly kind: 'districts-elsewhere' } | { readonly kind: 'party-twice'; readonly party: string; readonly names: readonly string[] };
  /** The first row set aside. */
  readonly origin: Origin;
}

/** Candidates summed over rows, and how many records went in. */
interface Part {
  readonly candidates: Map<string, Sum>;
  rows: number;
  readonly origin: Origin;
}

interface ContestSums extends Part {
  council: string | null;
  area: string;
  /** Rows without a district, by county: each county stands or is set aside on its own. */
  readonly counties: Map<string, Part & { readonly county: string }>;
}

/**
 * Parties that may put several candidates in one seat's contest: none given, or non-partisan (Wisconsin's
 * judicial `NP`, `NON`): these never show a missing district.
 */
const nonPartisan = /^(|np|non|npa|nonpartisan|non-partisan|independent|ind|no party)$/i;

export class VoteSummer {
  private readonly contests = new Map<string, ContestSums>();
  /** Offices (folded) some row of which gives a district. */
  private readonly districted = new Set<string>();

  add(row: CandidateRow): void {
    const key = `${areaKey(row.council ?? '')}\u0000${areaKey(row.area)}`;
    let contest = this.contests.get(key);
    if (!contest) {
      contest = { council: row.council, area: row.area, candidates: new Map(), rows: 0, origin: row.origin, counties: new Map() };
      this.contests.set(key, contest);
    }
    let part: Part = contest;
    if (row.place !== undefined && row.place.district === '') {
      const county = areaKey(row.place.county);
      let countyPart = contest.counties.get(county);
      if (!countyPart) {
        countyPart = { county: row.place.county, candidates: new Map(), rows: 0, origin: row.origin };
        contest.counties.set(county, countyPart);
      }
      part = countyPart;
    } else if (row.place !== undefined) {
      this.districted.add(areaKey(row.council ?? ''));
    }
    part.rows += 1;
    const sum = addTo(part.candidates, { ...row, council: contest.council, area: contest.area }, row.votes);
    if (part !== contest) (sum.units ??= new Set()).add(row.place!.unit);
  }

  /** Name variants of one candidate read as one (see the module comment). */
  readonly merges: NameMerge[] = [];

  /** Counties' rows set aside for want of a district, filled in by `rows()`. */
  readonly districtsMissing: DistrictMissing[] = [];

  /** One row per candidate per contest, in order of first appearance, with the summed votes. */
  *rows(): Generator<CandidateRow> {
    for (const contest of this.contests.values()) {
      const standing = this.countiesStanding(contest);
      for (const part of standing) {
        for (const sum of part.candidates.values()) addTo(contest.candidates, sum.row, sum.votes);
      }
      if (contest.candidates.size === 0) continue;
      for (const sum of this.samePeople(contest, this.merges)) yield { ...sum.row, votes: sum.votes };
    }
  }

  /**
   * The counties whose district-less rows stand as part of the contest; the others are recorded in
   * `districtsMissing`. Every part is set aside when the office has districts elsewhere; else each part
   * must not hold two candidates of one party.
   */
  private countiesStanding(contest: ContestSums): Part[] {
    const parts = [...contest.counties.values()];
    if (parts.length === 0) return [];
    const setAside = (part: Part & { county: string }, because: DistrictMissing['because']) =>
      this.districtsMissing.push({
        council: contest.council,
        area: contest.area,
        county: part.county,
        rows: part.rows,
        because,
        origin: part.origin,
      });
    if (this.districted.has(areaKey(contest.council ?? ''))) {
      for (const part of parts) setAside(part, { kind: 'districts-elsewhere' });
      return [];
    }
    // Each county on its own: summed over counties, a statewide office's spellings (`Nina Ahmad` / `Nina
    // Ahmed`) would look like two candidates of one party.
    return parts.filter((part) => {
      const twice = partyTwice(this.samePeople({ ...contest, candidates: part.candidates }, []));
      if (twice !== null) setAside(part, twice);
      return twice === null;
    });
  }

  private samePeople(contest: Pick<ContestSums, 'council' | 'area' | 'candidates'>, merges: NameMerge[]): Sum[] {
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
      merged.set(first, { row: { ...group.lead.row, origin: first.row.origin }, votes, units: unitsOf(group.members) });
      merges.push({
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

/** Adds a row's votes to the candidate of the same name and party (folded), or adds the candidate. */
function addTo(candidates: Map<string, Sum>, row: CandidateRow, votes: number | null): Sum {
  const key = `${fold(row.candidate)}\u0000${fold(row.party)}`;
  const sum = candidates.get(key);
  if (!sum) {
    const added = { row, votes };
    candidates.set(key, added);
    return added;
  }
  if (votes !== null) sum.votes = (sum.votes ?? 0) + votes;
  return sum;
}

function unitsOf(sums: readonly Sum[]): Set<string> | undefined {
  if (sums.every((sum) => sum.units === undefined)) return undefined;
  return new Set(sums.flatMap((sum) => [...(sum.units ?? [])]));
}

/**
 * A party with two candidates (after name variants are joined) who never stand in the same precinct: each
 * precinct votes in one district, so these are several districts' candidates. Two of one party on the same
 * precinct's ballot are some other fault of the file (Greene 2020 lists the Auditor General's Libertarian
 * under Attorney General in one precinct), not a missing district.
 */
function partyTwice(sums: readonly Sum[]): DistrictMissing['because'] | null {
  const byParty = new Map<string, Sum[]>();
  for (const sum of sums) {
    if (nonPartisan.test(sum.row.party.trim())) continue;
    byParty.set(sum.row.party, [...(byParty.get(sum.row.party) ?? []), sum]);
  }
  for (const [party, same] of byParty) {
    const apart = same.some((a, i) => same.slice(i + 1).some((b) => neverTogether(a, b)));
    if (apart) return { kind: 'party-twice', party, names: same.map((sum) => sum.row.candidate) };
  }
  return null;
}

function neverTogether(a: Sum, b: Sum): boolean {
  if (a.units === undefined || b.units === undefined) return true;
  for (const unit of a.units) if (b.units.has(unit)) return false;
  return true;
}

/**
 * A candidate whose party one county left blank and another wrote is one candidate: the blank rows join
 * the only candidate of that name with a party (with two, which one is not known, so they stay apart).
 */
function withPartyFilledIn(given: Sum[]): Sum[] {
  // Copies: the sums are read more than once (a county's part is tried alone, then with the others).
  const sums = given.map((sum) => ({ ...sum }));
  const named = new Map<string, Sum[]>();
  for (const sum of sums) {
    if (sum.row.party === '') continue;
    const key = fold(sum.row.candidate);
    const same = named.get(key);
    if (same) same.push(sum);
    else named.set(key, [sum]);
  }
  return sums.filter((sum) => {
    if (sum.row.party !== '') return true;
    const [only, ...others] = named.get(fold(sum.row.candidate)) ?? [];
    if (only === undefined || others.length > 0) return true;
    if (sum.votes !== null) only.votes = (only.votes ?? 0) + sum.votes;
    only.units = unitsOf([only, sum]);
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

/**
 * The comparison key of a candidate's or party's name: foldName, the one rule for names (case, accents,
 * Unicode normal form, punctuation and runs of spaces do not distinguish). Places (council, office,
 * county) fold with areaKey, as everywhere else.
 */
export function fold(text: string): string {
  return foldName(text);
}

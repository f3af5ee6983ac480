/**
 * What `results check` reports: findings, each with a severity, a stable kebab-case code, a plain-English
 * message and where (file and line). The catalogue below is the one list of codes: `--ignore` / `--only`
 * accept exactly these, and the README documents them.
 */
import type { Origin } from '../../errors';

/** error fails the check; warning fails it only with --strict; note is information (a tie decided by lot). */
export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** The file as the user named it; null for a finding about no one file (none yet). */
  readonly file: string | null;
  /** 1-based line; null when the finding is about a whole file (a missing column). */
  readonly line: number | null;
}

export type RuleGroup = 'structure' | 'consistency' | 'names' | 'plausibility' | 'cross-source';

export interface Rule {
  readonly code: string;
  readonly group: RuleGroup;
  /** The usual severity; a rule may lower it for one finding (an unknown party with no near alias is a note). */
  readonly severity: Severity;
  readonly about: string;
}

function rule(code: string, group: RuleGroup, severity: Severity, about: string): Rule {
  return { code, group, severity, about };
}

export const rules: readonly Rule[] = [
  rule('unreadable-file', 'structure', 'error', 'a file cannot be opened or is not text in the expected encoding'),
  rule('empty-file', 'structure', 'error', 'a file has no rows'),
  rule('unknown-layout', 'structure', 'error', 'no known layout matches the header'),
  rule('missing-column', 'structure', 'error', 'a required column (ward, candidate, party, votes) is missing'),
  rule('duplicate-column', 'structure', 'error', 'two columns mean the same field'),
  rule('malformed-csv', 'structure', 'error', 'the CSV cannot be split into fields (stray or unclosed quote)'),
  rule('ragged-row', 'structure', 'error', 'a row has more or fewer fields than the header'),
  rule('blank-cell', 'structure', 'error', 'a ward or candidate name is blank'),
  rule('invalid-count', 'structure', 'error', 'votes (or seats, electorate, ballots) are not a whole number'),
  rule('negative-count', 'structure', 'error', 'votes (or another count) are negative'),
  rule('invalid-flag', 'structure', 'error', 'an elected flag is not yes/no, true/false or 1/0'),
  rule('invalid-row', 'structure', 'error', 'any other row the reader refused'),
  rule('duplicate-candidate', 'structure', 'error', 'the same candidate twice in one contest'),
  rule('contest-values-disagree', 'structure', 'error', 'rows of one contest give different seats, electorate, ballots or code'),
  rule('missing-votes', 'structure', 'error', 'a candidate has no votes where the others have some'),
  rule('empty-contest', 'structure', 'error', 'a contest with no votes at all'),
  rule(
    'district-missing',
    'structure',
    'error',
    'a precinct file gives no district for an office that has districts: its rows are set aside, no winner declared',
  ),
  rule('elected-count', 'consistency', 'error', 'the number marked elected differs from the seats'),
  rule('elected-order', 'consistency', 'error', 'an elected candidate has fewer votes than an unelected one'),
  rule('elected-flag', 'consistency', 'error', 'a candidate returned unopposed is marked not elected'),
  rule('tie-decided-by-lot', 'consistency', 'note', 'the last seat was tied and the file says who won the lot'),
  rule('tie-unresolved', 'consistency', 'warning', 'the last seat was tied and the file does not say who won'),
  rule('more-seats-than-candidates', 'consistency', 'error', 'a poll was held for more seats than there are candidates'),
  rule('votes-over-ballots', 'consistency', 'error', "a candidate's votes exceed the ballot papers counted"),
  rule('ballots-mismatch', 'consistency', 'error', 'candidate votes do not add up with ballots and rejected papers'),
  rule('votes-missing', 'consistency', 'warning', 'a poll was held and the file says who was elected, but gives no votes'),
  rule('turnout-over-100', 'consistency', 'error', 'more ballot papers (or votes) than electors'),
  rule(
    'area-spellings',
    'names',
    'warning',
    'one area written two ways in its rows (case, accents, Unicode form, spacing): counted as one contest',
  ),
  rule('unknown-party', 'names', 'warning', 'a party name not in the registry (warning with a did-you-mean, else a note)'),
  rule('candidate-in-two-wards', 'names', 'warning', 'the same candidate name and party in two wards of one council'),
  rule('contest-vanished', 'plausibility', 'warning', 'a contest of the previous election has no match now'),
  rule('contest-appeared', 'plausibility', 'warning', 'a contest has no match in the previous election'),
  rule('share-change', 'plausibility', 'error', "a party's share moved by more than --max-change points"),
  rule('large-swing', 'plausibility', 'error', 'the Butler swing between the top two parties is above --max-swing points'),
  rule('source-contest-missing', 'cross-source', 'error', 'a contest is not in the --against source'),
  rule('source-contest-extra', 'cross-source', 'error', 'the --against source has a contest the files do not'),
  rule('source-candidate-missing', 'cross-source', 'error', 'a candidate is not in the --against source'),
  rule('source-candidate-extra', 'cross-source', 'error', 'the --against source has a candidate the files do not'),
  rule('source-votes-differ', 'cross-source', 'error', "a candidate's votes differ from the --against source"),
];

const byCode = new Map(rules.map((r) => [r.code, r]));

export function ruleFor(code: string): Rule | null {
  return byCode.get(code) ?? null;
}

/** A finding with the rule's usual severity (or `severity` when the rule lowers it for this one). */
export function finding(code: string, message: string, origin: Origin | null, severity?: Severity): Finding {
  return {
    severity: severity ?? ruleFor(code)?.severity ?? 'warning',
    code,
    message,
    file: origin?.file ?? null,
    line: origin?.line ?? null,
  };
}

/** How a contest is named in messages: `Battenhall (Worcester)`, or the area alone. */
export function describeContest(contest: { readonly council: string | null; readonly area: string }): string {
  return contest.council === null ? contest.area : `${contest.area} (${contest.council})`;
}

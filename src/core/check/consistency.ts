/**
 * Consistency findings for one contest: elected flags against seats and vote order (the tally's own
 * checks, with the tally's words), seats against candidates, and candidate votes against the ballots,
 * rejected papers and electorate when the file gives them (domain-rules.md §6).
 */
import type { Contest, ShareMethod } from '../model';
import { sum } from '../shares';
import { tallyContest } from '../tally';
import { describeContest, finding, type Finding } from './finding';
import { append } from '../arrays';
import { DataError } from '../../errors';

export function consistencyFindings(contest: Contest, shareMethod: ShareMethod): Finding[] {
  const findings: Finding[] = tallyFindings(contest, shareMethod);
  if (contest.status !== 'contested') return findings;

  const name = describeContest(contest);
  const votes = contest.candidates.map((c) => c.votes ?? 0);
  const votesCast = sum(votes);

  // more-seats-than-candidates comes with the tally's warnings above.
  // LEAP writes a candidate returned unopposed as 0 votes; only a poll with more candidates than seats is empty.
  if (votesCast === 0 && contest.candidates.length > contest.seats && contest.votesMissing !== true) {
    findings.push(finding('empty-contest', `${name}: every candidate has 0 votes`, contest.origin));
  }

  const { ballots, rejected, electorate } = contest;
  if (ballots !== null) {
    for (const candidate of contest.candidates) {
      if ((candidate.votes ?? 0) > ballots) {
        findings.push(
          finding(
            'votes-over-ballots',
            `${name}: ${candidate.name} has ${candidate.votes} votes, more than the ${ballots} ballot papers counted`,
            candidate.origin,
          ),
        );
      }
    }
    // STV: the tally itself checks first preferences + rejected = ballots (one first preference a paper).
    if (contest.system !== 'stv') append(findings, ballotFindings(contest, name, votesCast, ballots, rejected));
  }
  if (electorate !== null) {
    if (ballots !== null && ballots > electorate) {
      findings.push(
        finding('turnout-over-100', `${name}: ${ballots} ballot papers counted but only ${electorate} electors`, contest.origin),
      );
    } else if (ballots === null && contest.seats === 1 && votesCast > electorate) {
      // Each elector has one vote in a single-seat contest, so votes alone cannot exceed the electorate.
      findings.push(finding('turnout-over-100', `${name}: ${votesCast} votes cast but only ${electorate} electors`, contest.origin));
    }
  }
  return findings;
}

/**
 * The tally's own warnings as findings. A contest the tally refuses (its votes add up past 2^53 - 1, beyond
 * exact arithmetic: issue 16 item 8) is a finding with the refusal's code and words, not an error that stops
 * the check:
 *   big.csv:2: error[invalid-count]: North: the votes add up to more than 9,007,199,254,740,991, beyond exact arithmetic
 */
function tallyFindings(contest: Contest, shareMethod: ShareMethod): Finding[] {
  try {
    return tallyContest(contest, shareMethod).warnings.map((w) => finding(w.code, w.message, w.origin));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return [finding(error.code ?? 'invalid-count', error.detail, error.origin)];
  }
}

/**
 * Single seat: every valid paper carries one vote, so votes + rejected = ballots. Several seats: a valid
 * paper carries up to `seats` votes (domain-rules.md §6), so votes ≤ seats × (ballots − rejected).
 */
function ballotFindings(contest: Contest, name: string, votesCast: number, ballots: number, rejected: number | null): Finding[] {
  const valid = ballots - (rejected ?? 0);
  if (rejected !== null && rejected > ballots) {
    return [finding('ballots-mismatch', `${name}: ${rejected} rejected papers but only ${ballots} ballot papers counted`, contest.origin)];
  }
  if (contest.seats === 1) {
    if (rejected !== null && votesCast + rejected !== ballots) {
      return [
        finding(
          'ballots-mismatch',
          `${name}: votes (${votesCast}) plus rejected papers (${rejected}) make ${votesCast + rejected}, but ${ballots} ballot papers were counted`,
          contest.origin,
        ),
      ];
    }
    if (rejected === null && votesCast > ballots) {
      return [finding('ballots-mismatch', `${name}: ${votesCast} votes cast but only ${ballots} ballot papers counted`, contest.origin)];
    }
    return [];
  }
  if (votesCast > contest.seats * valid) {
    return [
      finding(
        'ballots-mismatch',
        `${name}: ${votesCast} votes cast, more than ${contest.seats} seats × ${valid} valid ballot papers allow`,
        contest.origin,
      ),
    ];
  }
  return [];
}

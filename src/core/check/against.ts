/**
 * Cross-source findings (`--against OTHER`): the same election as published by another source, compared
 * contest by contest and candidate by candidate; every contest, candidate and vote count that differs is
 * a finding. Real case: the Electoral Commission's GE2015 file has Emily Benn (Croydon South) on 14,038
 * where the Commons Library has 14,308.
 *
 * Contests match by official code when both sides have one, else by council and area. Candidates match,
 * in turn: by folded name and party; by party and equal votes (sources spell first names differently,
 * "Chris" / "Christopher Frost", 125 candidates in GE2015); by name alone (minor parties are labelled
 * differently, "Left Unity" / "Left Unity - Trade Unionists and Socialists"); as the only one left of their
 * party; by equal votes alone. A spelling or label difference is not a finding: the votes are. (GE2015 has
 * two candidates whose parties the sources swap, Birmingham Perry Barr: matched by party and votes.)
 */
import { matchContests } from '../match';
import type { Candidate, Contest } from '../model';
import { describeContest, finding, type Finding } from './finding';
import { foldName } from './names';

export function crossSourceFindings(contests: readonly Contest[], other: readonly Contest[]): Finding[] {
  // The same matcher as comparisons between elections: by code, else by folded council and area name.
  const matching = matchContests(other, contests);
  return [
    ...matching.unmatchedAfter.map(({ contest }) =>
      finding('source-contest-missing', `${describeContest(contest)} is not in the other source`, contest.origin),
    ),
    ...matching.pairs.flatMap(({ before, after }) => compareCandidates(after, before)),
    ...matching.unmatchedBefore.map(({ contest }) =>
      finding(
        'source-contest-extra',
        `${describeContest(contest)} is in ${contest.origin.file} (line ${contest.origin.line}) but not in the files checked`,
        contest.origin,
      ),
    ),
  ];
}

function compareCandidates(contest: Contest, other: Contest): Finding[] {
  const name = describeContest(contest);
  const pairs: [Candidate, Candidate][] = [];
  let left = [...contest.candidates];
  let right = [...other.candidates];
  const pairUp = (same: (a: Candidate, b: Candidate, rightLeft: readonly Candidate[]) => boolean) => {
    const stillLeft: Candidate[] = [];
    for (const candidate of left) {
      const index = right.findIndex((o) => same(candidate, o, right));
      const match = index === -1 ? undefined : right[index];
      if (match === undefined) {
        stillLeft.push(candidate);
        continue;
      }
      pairs.push([candidate, match]);
      right = right.filter((_, i) => i !== index);
    }
    left = stillLeft;
  };
  const partyCount = (list: readonly Candidate[], party: string) => list.filter((c) => c.party === party).length;
  pairUp((a, b) => a.party === b.party && foldName(a.name) === foldName(b.name));
  pairUp((a, b) => a.party === b.party && a.votes === b.votes);
  // Minor parties are labelled differently ("Left Unity" / "Left Unity - Trade Unionists and Socialists").
  pairUp((a, b) => foldName(a.name) === foldName(b.name));
  pairUp((a, b, rest) => a.party === b.party && partyCount(left, a.party) === 1 && partyCount(rest, b.party) === 1);
  // Both the name and the label differ ("Tommy" / "Thomas Holgate", The Peace Party): the same count says the same candidate.
  pairUp((a, b, rest) => a.votes !== null && a.votes === b.votes && rest.filter((c) => c.votes === a.votes).length === 1);

  const findings: Finding[] = [];
  for (const [candidate, match] of pairs) {
    if (candidate.votes !== match.votes) {
      findings.push(
        finding(
          'source-votes-differ',
          `${name}: ${candidate.name} (${candidate.party}) has ${candidate.votes ?? 'no'} votes here but ` +
            `${match.votes ?? 'no'} in ${match.origin.file} (line ${match.origin.line})`,
          candidate.origin,
        ),
      );
    }
  }
  for (const candidate of left) {
    findings.push(
      finding(
        'source-candidate-missing',
        `${name}: ${candidate.name} (${candidate.party}, ${candidate.votes ?? 'no'} votes) is not in ${other.origin.file}`,
        candidate.origin,
      ),
    );
  }
  for (const candidate of right) {
    findings.push(
      finding(
        'source-candidate-extra',
        `${name}: ${candidate.name} (${candidate.party}, ${candidate.votes ?? 'no'} votes) is in ${candidate.origin.file} ` +
          `(line ${candidate.origin.line}) but not in the files checked`,
        contest.origin,
      ),
    );
  }
  return findings;
}

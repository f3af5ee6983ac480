/**
 * A party's vote in one contest under a share method (domain-rules.md §2.2). In a multi-member ward each
 * elector has as many votes as there are seats, so candidate votes do not add up to voters:
 *
 *   top     (default; Commons Library / Elections Centre "vote effective"): the party's best-placed candidate
 *   total   ("sum of all candidates"): every candidate's votes added up
 *   average ("average per candidate"): the mean of the party's candidates' votes
 *
 * The contest's share base is the sum of the parties' votes under the same method, so party shares add up
 * to 1. In a single-member contest the three methods agree. Independents each count as a party of one.
 */
import type { Candidate, Contest, ShareMethod } from './model';

export interface PartyVote {
  /** Canonical party name ("Independent" for each independent). */
  readonly party: string;
  readonly partyCode: string;
  /** Set for an independent: the candidate this entry stands for. */
  readonly candidate: string | null;
  readonly independent: boolean;
  readonly votes: number;
  readonly candidates: number;
}

/**
 * The parties' votes in a contest. The share methods exist for the bloc vote, where each elector has as many
 * votes as seats (domain-rules.md §2.2). Where each elector has one vote, a party's votes add up whatever the
 * method: under STV (one first preference a ballot), and in a single-seat contest, where two candidates of one
 * label (a primary, a non-partisan race, two independents) are rivals for the seat, not a slate, and each
 * candidate's share is its votes over all valid votes (§2.1).
 */
export function contestPartyVotes(contest: Pick<Contest, 'candidates' | 'system' | 'seats'>, method: ShareMethod): PartyVote[] {
  return partyVotes(contest.candidates, oneVoteEach(contest) ? 'total' : method);
}

/** Whether each elector has one vote in the contest, so that the share methods all come to the sum of votes. */
export function oneVoteEach(contest: Pick<Contest, 'system' | 'seats'>): boolean {
  return contest.system === 'stv' || contest.seats === 1;
}

/** The parties' votes in one contest under `method`, in order of first appearance. Unopposed candidates (no votes) are left out. */
export function partyVotes(candidates: readonly Candidate[], method: ShareMethod): PartyVote[] {
  const groups = new Map<string, { first: Candidate; votes: number[] }>();
  for (const candidate of candidates) {
    if (candidate.votes === null) continue;
    const key = candidate.independent ? `\u0000${candidate.name}\u0000${groups.size}` : candidate.party;
    const group = groups.get(key);
    if (group) group.votes.push(candidate.votes);
    else groups.set(key, { first: candidate, votes: [candidate.votes] });
  }
  return [...groups.values()].map(({ first, votes }) => ({
    party: first.party,
    partyCode: first.partyCode,
    candidate: first.independent ? first.name : null,
    independent: first.independent,
    votes: combine(votes, method),
    candidates: votes.length,
  }));
}

function combine(votes: readonly number[], method: ShareMethod): number {
  switch (method) {
    case 'top': {
      // A loop, not Math.max(...votes): a contest may have more candidates than a call can take arguments.
      let top = 0;
      for (const value of votes) if (value > top) top = value;
      return top;
    }
    case 'total':
      return sum(votes);
    case 'average':
      return sum(votes) / votes.length;
  }
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** part / whole as a fraction, or null when the whole is zero (no share of nothing). */
export function fraction(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

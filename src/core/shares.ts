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
 * The parties' votes in a contest. Under STV each ballot carries one first preference, so a party's first
 * preferences add up whatever the share method (the methods exist for the bloc vote, where each elector
 * has as many votes as seats).
 */
export function contestPartyVotes(contest: Pick<Contest, 'candidates' | 'system'>, method: ShareMethod): PartyVote[] {
  return partyVotes(contest.candidates, contest.system === 'stv' ? 'total' : method);
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
    case 'top':
      return Math.max(...votes);
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

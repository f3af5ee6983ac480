/**
 * How fair and how fragmented a result is (issue #14), from party totals of votes and seats. Shares are
 * fractions, so the indices come out as fractions too (a Gallagher index of 11.8 is 0.118 here).
 *
 *   Gallagher least-squares index (Gallagher 1991, "Proportionality, disproportionality and electoral systems",
 *   Electoral Studies 10(1), 33-51):      LSq = √( ½ Σᵢ (vᵢ − sᵢ)² )
 *   effective number of parties (Laakso and Taagepera 1979, "Effective number of parties: a measure with
 *   application to West Europe", Comparative Political Studies 12(1), 3-27):   N = 1 / Σᵢ pᵢ²
 *     by votes (pᵢ = vote share) and by seats (pᵢ = seat share)
 *   Pedersen volatility (Pedersen 1979, "The dynamics of European party systems: changing patterns of electoral
 *   volatility", European Journal of Political Research 7(1), 1-26):   V = ½ Σᵢ |pᵢ,ₜ − pᵢ,ₜ₋₁|, over the contests
 *   matched between the two elections and polled both times, as the change in share is (domain-rules.md §2.3)
 *
 * Conventions (docs/proportionality.md): a party is a party total of the tally, so Independents count as one
 * party ("Independent"), as in the totals; vote shares are the tally's, under its share method (domain-rules.md
 * §2.2), over the contests polled; seat shares are of the seats filled, unopposed returns included.
 */
import type { PartyTotal } from './tally';

export interface Proportionality {
  /** Gallagher's least-squares index, a fraction (0 when seats follow votes exactly); null without votes or seats. */
  readonly gallagher: number | null;
  readonly effectiveParties: {
    /** Laakso-Taagepera over vote shares; null without votes. */
    readonly votes: number | null;
    /** Laakso-Taagepera over seat shares; null without seats. */
    readonly seats: number | null;
  };
}

/** 1 / Σ p², over shares that add up to 1; null when there is nothing to share. */
export function effectiveNumberOfParties(shares: ArrayLike<number>): number | null {
  let sumOfSquares = 0;
  for (let i = 0; i < shares.length; i++) sumOfSquares += shares[i]! * shares[i]!;
  return sumOfSquares > 0 ? 1 / sumOfSquares : null;
}

/** √(½ Σ (v − s)²) over each party's vote share and seat share (fractions), the two lists in one party order. */
export function gallagherIndex(voteShares: ArrayLike<number>, seatShares: ArrayLike<number>): number {
  let sumOfSquares = 0;
  for (let i = 0; i < voteShares.length; i++) sumOfSquares += (voteShares[i]! - seatShares[i]!) ** 2;
  return Math.sqrt(sumOfSquares / 2);
}

/** ½ Σ |after − before| over every party in either election (a party absent from one has share 0 there). */
export function pedersenVolatility(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const party of new Set([...before.keys(), ...after.keys()])) total += Math.abs((after.get(party) ?? 0) - (before.get(party) ?? 0));
  return total / 2;
}

/** The indices of one body's party totals (a tally's overall totals, or one council's). */
export function proportionalityOf(parties: readonly PartyTotal[]): Proportionality {
  let votes = 0;
  let seats = 0;
  for (const party of parties) {
    votes += party.votes;
    seats += party.seats;
  }
  // Shares in arrays of doubles, whatever their values. Arrays and objects built of them held small integers
  // where a council had one party (shares of 1 and 0) and doubles elsewhere, and V8 threw away the main thread's
  // council writer (format/tally-json.ts) on meeting each kind: 2M rows, compiled four times (148 ms), now twice
  // (94 ms with this function's own compiles).
  const voteShares = new Float64Array(parties.length);
  const seatShares = new Float64Array(parties.length);
  for (let i = 0; i < parties.length; i++) {
    voteShares[i] = votes > 0 ? parties[i]!.votes / votes : 0;
    seatShares[i] = seats > 0 ? parties[i]!.seats / seats : 0;
  }
  return {
    gallagher: votes > 0 && seats > 0 ? gallagherIndex(voteShares, seatShares) : null,
    effectiveParties: {
      votes: votes > 0 ? effectiveNumberOfParties(voteShares) : null,
      seats: seats > 0 ? effectiveNumberOfParties(seatShares) : null,
    },
  };
}

/**
 * Pedersen volatility of a comparison's changes in share (core/swing.ts, over the contests matched and polled both
 * times, Independents grouped): ½ Σ |change|; null when nothing was compared.
 */
export function volatilityOf(changes: readonly { readonly change: number }[]): number | null {
  if (changes.length === 0) return null;
  let total = 0;
  for (const change of changes) total += Math.abs(change.change);
  return total / 2;
}

/** The "Others" row every party chart ends with when it has too many parties to read. */

/** A chart of many small parties is unreadable: past this many, the rest are drawn as one "Others" row. */
export const MOST_PARTIES_DRAWN = 10;
export const OTHERS = 'Others';

/**
 * The rows of a party chart: each party as `shown`, or when there are more than MOST_PARTIES_DRAWN, the first
 * MOST_PARTIES_DRAWN − 1 as shown and the rest as one row made by `others` (their figures added up: shares of
 * one base, seats, gains and losses all add).
 */
export function withOthers<Party, Row>(
  parties: readonly Party[],
  shown: (party: Party) => Row,
  others: (rest: readonly Party[]) => Row,
): Row[] {
  if (parties.length <= MOST_PARTIES_DRAWN) return parties.map(shown);
  return [...parties.slice(0, MOST_PARTIES_DRAWN - 1).map(shown), others(parties.slice(MOST_PARTIES_DRAWN - 1))];
}

/** The sum of one figure over the parties folded into "Others", in their order. */
export function total<Party>(parties: readonly Party[], figure: (party: Party) => number): number {
  return parties.reduce((sum, party) => sum + figure(party), 0);
}

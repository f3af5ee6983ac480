/** The order of a party chart's rows and the "Others" row every party chart ends with when it has too many parties to read. */

/** A chart of many small parties is unreadable: past this many, the rest are drawn as one "Others" row. */
export const MOST_PARTIES_DRAWN = 10;
export const OTHERS = 'Others';
/**
 * The colour of "Others" on every chart: a light neutral grey (outlined on white, as every pale fill is) that
 * no party colour in the registry is near (Independent is the mid grey #AAAAAA), so the row that stands for
 * many parties never looks like one of them; the fallback palette in src/format/svg has no grey.
 */
export const OTHERS_COLOUR = '#DDDDDD';

/**
 * The parties in the order the chart ranks them: by its own measure, largest first (share for a shares chart,
 * seats for a seats chart, seats that moved for a gains chart), ties by name so the same data always gives the
 * same order. The cut to MOST_PARTIES_DRAWN follows this order, so the parties left out are the smallest by
 * what the chart shows.
 */
export function rankedBy<Party extends { readonly party: string }>(
  parties: readonly Party[],
  ...measures: readonly ((party: Party) => number)[]
): Party[] {
  return [...parties].sort((a, b) => {
    for (const measure of measures) {
      const difference = measure(b) - measure(a);
      if (difference !== 0) return difference;
    }
    return a.party.localeCompare(b.party);
  });
}

/**
 * The rows of a party chart: each party as `shown`, or when there are more than MOST_PARTIES_DRAWN, the first
 * MOST_PARTIES_DRAWN − 1 as shown and the rest as one row made by `others` (their figures added up: shares of
 * one base, seats, gains and losses all add), always last. `parties` come ranked (rankedBy).
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

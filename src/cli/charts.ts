/**
 * The charts a command can draw from its results, by kind: the one list `results chart` and the HTML page
 * both use. Today the tally's charts; the comparison charts (change in share, gains, swing, council) join
 * when the compare commands land, from the same src/format/svg functions.
 */
import type { Tally } from '../core/tally';
import { hemicycleChart } from '../format/svg/hemicycle';
import { shareBarsChart } from '../format/svg/share-bars';
import { tallySeats, tallyShares, type PartyColour } from '../format/svg/tally-charts';
import { shareMethodText } from '../report/conventions';
import { formatCount } from '../report/numbers';

export const tallyChartKinds = ['shares', 'seats'] as const;
export type TallyChartKind = (typeof tallyChartKinds)[number];

export function tallyChart(kind: TallyChartKind, result: Tally, colour: PartyColour, id: string = kind): string {
  switch (kind) {
    case 'shares':
      return shareBarsChart(tallyShares(result, colour, sharesSubtitle(result)), { id });
    case 'seats':
      return hemicycleChart(tallySeats(result, colour, `${result.totals.seats} seats filled at this election`), { id });
  }
}

function sharesSubtitle(result: Tally): string {
  const method = shareMethodText[result.shareMethod].split(/ \(|:/)[0];
  return `Valid votes ${formatCount(result.totals.validVotes)} · shares by ${method}`;
}

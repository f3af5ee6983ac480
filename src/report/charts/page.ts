/**
 * The charts of the results page (`results tally --format html`): the tally's shares and seats, and with
 * `--previous` the comparison's change in share, seats gained and lost, and the swing when there is one.
 */
import type { GainsComparison } from '../../core/gains';
import type { SwingComparison } from '../../core/swing';
import type { Tally } from '../../core/tally';
import { changeShares, gainsBars, overallSwing } from './comparison';
import type { Chart, PartyColour } from './data';
import { mapOf, type HexLayouts } from './map';
import { tallyScope, tallySeatsChart, tallyShares } from './tally';

/** What `tally --previous` compared, for the results page's comparison charts. */
export interface PreviousCharts {
  readonly previousSources: readonly string[];
  readonly swing: SwingComparison;
  readonly gains: GainsComparison;
}

export function resultsPageTitle(result: Tally): string {
  return `${tallyScope(result)}: election results`;
}

/**
 * Shares, then seats (a chamber for one body, bars with the net change for many councils), then the
 * comparison's charts.
 */
export function resultsPageCharts(result: Tally, colour: PartyColour, compared?: PreviousCharts, layouts?: HexLayouts): Chart[] {
  const net = compared === undefined ? undefined : (party: string) => compared.gains.parties.find((p) => p.party === party)?.net ?? null;
  return [
    { form: 'share-bars', id: 'chart-shares', data: tallyShares(result, colour) },
    tallySeatsChart(result, colour, 'chart-seats', net),
    ...pageMap(result, colour, compared, layouts),
    ...(compared === undefined ? [] : comparisonCharts(compared, colour)),
  ];
}

/**
 * The map of who won where, when the file's area codes are on one (the constituencies, or one council's
 * wards); none for many councils' wards, which are no one map.
 */
function pageMap(result: Tally, colour: PartyColour, compared: PreviousCharts | undefined, layouts: HexLayouts | undefined): Chart[] {
  if (layouts === undefined) return [];
  const data = mapOf(result, colour, layouts, compared?.gains.contests, 'none');
  return data === null ? [] : [{ form: 'hex-map', id: 'chart-map', data }];
}

/** Change in share, seats gained and lost, and the swing; only the seats when no contest was polled both times. */
export function comparisonCharts(compared: PreviousCharts, colour: PartyColour): Chart[] {
  const gains: Chart = { form: 'gains-bars', id: 'chart-gains', data: gainsBars(compared.gains, colour) };
  if (compared.swing.overall.contests === 0) return [gains];
  const swing = overallSwing(compared.swing, colour);
  return [
    { form: 'share-bars', id: 'chart-change', data: changeShares(compared.swing, colour) },
    gains,
    ...(swing === null ? [] : [{ form: 'swingometer', id: 'chart-swing', data: swing } as const]),
  ];
}

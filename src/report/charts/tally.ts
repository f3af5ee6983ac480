/**
 * The charts a tally alone can draw, from its party totals: vote share by party (bars) and seats won (a
 * parliament chart for one body, bars for seats summed over many councils). Charts that compare with a
 * previous election are in comparison.ts.
 */
import { majorityThreshold } from '../../core/council';
import type { Tally } from '../../core/tally';
import { shareMethodName } from '../conventions';
import { formatCount } from '../numbers';
import type { Chart, HemicycleData, PartyColour, SeatBarsData, ShareBarsData } from './data';
import { OTHERS, OTHERS_COLOUR, rankedBy, total, withOthers } from './others';

/** What the charts are of: the council's name when the tally has one council, else how many councils, else how many contests. */
export function tallyScope(result: Tally): string {
  if (result.councils.length === 1) return result.councils[0]!.council;
  return result.councils.length > 1 ? `${result.councils.length} councils` : `All ${formatCount(result.contests.length)} contests`;
}

/**
 * Each party's share of the vote (domain-rules.md §2, under the tally's share method), largest first, parties
 * with none left out; the cut to the parties drawn follows the share, so the smallest shares make "Others".
 */
export function tallyShares(result: Tally, colour: PartyColour): ShareBarsData {
  const parties = rankedBy(
    result.parties.filter((p) => p.share !== null && p.share > 0),
    (p) => p.share ?? 0,
    (p) => p.votes,
  );
  return {
    title: `${tallyScope(result)}: share of the vote`,
    subtitle: `Valid votes ${formatCount(result.totals.validVotes)} · shares by ${shareMethodName[result.shareMethod]}`,
    parties: withOthers(
      parties,
      (p) => ({ party: p.party, colour: colour(p.party), share: p.share, change: null }),
      (rest) => ({ party: OTHERS, colour: OTHERS_COLOUR, share: total(rest, (p) => p.share ?? 0), change: null }),
    ),
  };
}

/**
 * Whether the seats filled make one body, drawn as a chamber: a parliament's general election (contests with
 * no council: every seat of the body is up) or one council. Seats summed over many councils are no chamber.
 */
export function seatsFormOneBody(result: Tally): boolean {
  return result.councils.length <= 1;
}

/**
 * Seats won at this election by party, most first. With no council (a parliament's general election, where
 * every seat is filled) the majority line is drawn: floor(N/2) + 1 of the seats (domain-rules.md §5, the same
 * threshold as a council's). One council's seats at a partial election are not the council: no line there
 * (the council chart, with the composition before, has one).
 */
export function tallySeats(result: Tally, colour: PartyColour): HemicycleData {
  const parties = withOthers(
    rankedBy(
      result.parties.filter((p) => p.seats > 0),
      (p) => p.seats,
      (p) => p.votes,
    ),
    (p) => ({ party: p.party, colour: colour(p.party), seats: p.seats }),
    (rest) => ({ party: OTHERS, colour: OTHERS_COLOUR, seats: total(rest, (p) => p.seats) }),
  );
  const seats = total(parties, (p) => p.seats);
  const parliament = result.councils.length === 0 && result.contests.length > 1;
  const threshold = parliament ? majorityThreshold(seats) : null;
  return {
    title: `${tallyScope(result)}: seats won`,
    subtitle: parliament
      ? `${formatCount(seats)} seats · ${formatCount(threshold)} for a majority`
      : `${formatCount(result.totals.seats)} seats filled at this election`,
    parties,
    totalSeats: seats,
    majorityThreshold: threshold,
  };
}

/**
 * Seats won summed over many councils, as bars of seats won by party, most first (a chamber of seats from
 * 154 councils is no body anyone sits in); `netChange` adds each party's net seats since the previous
 * election when one was compared.
 */
export function tallySeatBars(result: Tally, colour: PartyColour, netChange?: (party: string) => number | null): SeatBarsData {
  const ranked = rankedBy(
    result.parties.filter((p) => p.seats > 0 || (netChange?.(p.party) ?? 0) !== 0),
    (p) => p.seats,
    (p) => p.votes,
  );
  const change = (party: string) => (netChange === undefined ? null : (netChange(party) ?? 0));
  return {
    title: `${tallyScope(result)}: seats won`,
    subtitle: `${formatCount(result.totals.seats)} seats filled at this election${netChange !== undefined ? ' · net change since last fought' : ''}`,
    compared: netChange !== undefined,
    parties: withOthers(
      ranked,
      (p) => ({ party: p.party, colour: colour(p.party), seats: p.seats, change: change(p.party) }),
      (rest) => ({
        party: OTHERS,
        colour: OTHERS_COLOUR,
        seats: total(rest, (p) => p.seats),
        change: netChange === undefined ? null : total(rest, (p) => change(p.party) ?? 0),
      }),
    ),
  };
}

/** The seats chart that fits the tally: a chamber for one body, bars for many councils. */
export function tallySeatsChart(result: Tally, colour: PartyColour, id: string, netChange?: (party: string) => number | null): Chart {
  return seatsFormOneBody(result)
    ? { form: 'hemicycle', id, data: tallySeats(result, colour) }
    : { form: 'seat-bars', id, data: tallySeatBars(result, colour, netChange) };
}

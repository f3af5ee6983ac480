/**
 * The charts a tally alone can draw (vote share by party, seats won), as plain chart data from its party
 * totals. Charts that compare with a previous election (changes, gains, swing, council composition) take
 * their data from the compare modules instead.
 */
import type { PartyTotal, Tally } from '../../core/tally';
import type { HemicycleData } from './hemicycle';
import type { ShareBarsData } from './share-bars';

/** Colour of a canonical party name, from the registry (with --parties applied). */
export type PartyColour = (party: string) => string | null;

/** A chart of many small parties is unreadable: past this many, the rest are drawn as one "Others" row. */
export const MOST_PARTIES_DRAWN = 10;
export const OTHERS = 'Others';

/** What the charts are of: the council's name when the tally has one council, else all of them. */
export function tallyScope(result: Tally): string {
  if (result.councils.length === 1) return result.councils[0]!.council;
  return result.councils.length > 1 ? `${result.councils.length} councils` : 'All contests';
}

export function tallyShares(result: Tally, colour: PartyColour, subtitle?: string): ShareBarsData {
  const parties = withOthers(result.parties.filter((p) => p.share !== null && p.share > 0));
  return {
    title: `${tallyScope(result)}: share of the vote`,
    ...(subtitle !== undefined ? { subtitle } : {}),
    parties: parties.map((p) => ({ party: p.party, colour: p.party === OTHERS ? null : colour(p.party), share: p.share, change: null })),
  };
}

export function tallySeats(result: Tally, colour: PartyColour, subtitle?: string): HemicycleData {
  const parties = withOthers(result.parties.filter((p) => p.seats > 0).sort((a, b) => b.seats - a.seats));
  return {
    title: `${tallyScope(result)}: seats won`,
    ...(subtitle !== undefined ? { subtitle } : {}),
    parties: parties.map((p) => ({ party: p.party, colour: p.party === OTHERS ? null : colour(p.party), seats: p.seats })),
    totalSeats: parties.reduce((total, p) => total + p.seats, 0),
    // Seats won at one election are not a council: no majority line (the council chart has one).
    majorityThreshold: null,
  };
}

/** The first parties as they are, the rest added up as "Others" (their shares are of the same base). */
function withOthers(parties: readonly PartyTotal[]): { party: string; share: number | null; seats: number }[] {
  if (parties.length <= MOST_PARTIES_DRAWN) return [...parties];
  const shown = parties.slice(0, MOST_PARTIES_DRAWN - 1);
  const rest = parties.slice(MOST_PARTIES_DRAWN - 1);
  return [
    ...shown,
    {
      party: OTHERS,
      share: rest.reduce((total, p) => total + (p.share ?? 0), 0),
      seats: rest.reduce((total, p) => total + p.seats, 0),
    },
  ];
}

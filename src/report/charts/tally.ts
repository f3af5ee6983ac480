/**
 * The charts a tally alone can draw, from its party totals: vote share by party (bars) and seats won (a
 * parliament chart). Charts that compare with a previous election are in comparison.ts.
 */
import type { Tally } from '../../core/tally';
import { shareMethodName } from '../conventions';
import { formatCount } from '../numbers';
import type { HemicycleData, PartyColour, ShareBarsData } from './data';
import { OTHERS, total, withOthers } from './others';

/** What the charts are of: the council's name when the tally has one council, else all of them. */
export function tallyScope(result: Tally): string {
  if (result.councils.length === 1) return result.councils[0]!.council;
  return result.councils.length > 1 ? `${result.councils.length} councils` : 'All contests';
}

/** Each party's share of the vote (domain-rules.md §2, under the tally's share method), parties with none left out. */
export function tallyShares(result: Tally, colour: PartyColour): ShareBarsData {
  const parties = result.parties.filter((p) => p.share !== null && p.share > 0);
  return {
    title: `${tallyScope(result)}: share of the vote`,
    subtitle: `Valid votes ${formatCount(result.totals.validVotes)} · shares by ${shareMethodName[result.shareMethod]}`,
    parties: withOthers(
      parties,
      (p) => ({ party: p.party, colour: colour(p.party), share: p.share, change: null }),
      (rest) => ({ party: OTHERS, colour: null, share: total(rest, (p) => p.share ?? 0), change: null }),
    ),
  };
}

/** Seats won at this election by party, most first. */
export function tallySeats(result: Tally, colour: PartyColour): HemicycleData {
  const parties = withOthers(
    result.parties.filter((p) => p.seats > 0).sort((a, b) => b.seats - a.seats),
    (p) => ({ party: p.party, colour: colour(p.party), seats: p.seats }),
    (rest) => ({ party: OTHERS, colour: null, seats: total(rest, (p) => p.seats) }),
  );
  return {
    title: `${tallyScope(result)}: seats won`,
    subtitle: `${result.totals.seats} seats filled at this election`,
    parties,
    totalSeats: total(parties, (p) => p.seats),
    // Seats won at one election are not a council: no majority line (the council chart has one).
    majorityThreshold: null,
  };
}

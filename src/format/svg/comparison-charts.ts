/**
 * The charts that compare two elections, as plain chart data from the compare modules' results: vote share
 * with the change since the previous election (core/swing), seat gains and losses (core/gains), the overall
 * Butler swing (core/swing) and the council's composition after the election (core/council). Like
 * tally-charts.ts, this only reshapes figures computed elsewhere; nothing is recomputed here.
 */
import type { CouncilResult } from '../../core/council';
import type { GainsComparison } from '../../core/gains';
import type { ShareChange, SwingComparison } from '../../core/swing';
import { controlText } from '../../report/council';
import { formatCount } from '../../report/numbers';
import type { GainsData, PartyGains } from './gains-bars';
import type { HemicycleData } from './hemicycle';
import type { PartyShare, ShareBarsData } from './share-bars';
import type { SwingometerData } from './swingometer';
import { MOST_PARTIES_DRAWN, OTHERS, type PartyColour } from './tally-charts';

/**
 * What a comparison is of: the area when one contest was compared (Worcester 2012 -> 2016 has Battenhall
 * only), else the one council its contests belong to, else how many councils, else all contests.
 */
export function comparisonScope(contests: readonly { council: string | null; area: string }[]): string {
  if (contests.length === 1) return contests[0]!.area;
  const councils = contests.map((c) => c.council);
  const named = [...new Set(councils.filter((c): c is string => c !== null))];
  if (named.length === 1 && !councils.includes(null)) return named[0]!;
  return named.length > 1 ? `${named.length} councils` : 'All contests';
}

/**
 * Overall vote share after, with the change since before (domain-rules.md §2.3: the same share method on
 * both sides, matched contests polled both times). A party that did not stand before is "new" (change
 * null); one that did not stand after keeps its row ("did not stand") with its full loss.
 */
export function changeShares(result: SwingComparison, colour: PartyColour, subtitle?: string, changeLabel?: string): ShareBarsData {
  const scope = comparisonScope(result.contests);
  const parties: PartyShare[] = result.overall.parties.map((p) => ({
    party: p.party,
    colour: colour(p.party),
    share: p.stoodAfter ? p.shareAfter : null,
    change: p.stoodBefore ? p.change : null,
  }));
  return {
    title: `${scope}: share of the vote`,
    ...(subtitle !== undefined ? { subtitle } : {}),
    ...(changeLabel !== undefined ? { changeLabel } : {}),
    compared: true,
    parties: withOtherShares(result.overall.parties, parties),
  };
}

/** Past the tenth party the rest are one "Others" row: their shares and changes add up (same bases). */
function withOtherShares(changes: readonly ShareChange[], parties: readonly PartyShare[]): PartyShare[] {
  if (parties.length <= MOST_PARTIES_DRAWN) return [...parties];
  const rest = changes.slice(MOST_PARTIES_DRAWN - 1);
  return [
    ...parties.slice(0, MOST_PARTIES_DRAWN - 1),
    {
      party: OTHERS,
      colour: null,
      share: rest.reduce((total, p) => total + p.shareAfter, 0),
      change: rest.reduce((total, p) => total + p.change, 0),
    },
  ];
}

/** Seats gained and lost per party, overall (domain-rules.md §4); parties whose seats did not move are left out. */
export function gainsBars(result: GainsComparison, colour: PartyColour, subtitle?: string): GainsData {
  const scope = comparisonScope(result.contests);
  const moved = result.parties
    .filter((p) => p.gains > 0 || p.losses > 0)
    .sort((x, y) => y.net - x.net || y.gains - x.gains || x.party.localeCompare(y.party));
  let parties: PartyGains[] = moved.map((p) => ({ party: p.party, colour: colour(p.party), gains: p.gains, losses: p.losses }));
  if (parties.length > MOST_PARTIES_DRAWN) {
    const rest = parties.slice(MOST_PARTIES_DRAWN - 1);
    parties = [
      ...parties.slice(0, MOST_PARTIES_DRAWN - 1),
      { party: OTHERS, colour: null, gains: rest.reduce((t, p) => t + p.gains, 0), losses: rest.reduce((t, p) => t + p.losses, 0) },
    ];
  }
  return {
    title: `${scope}: seats gained and lost`,
    ...(subtitle !== undefined ? { subtitle } : {}),
    parties,
  };
}

/** The overall Butler swing (domain-rules.md §3.1), or null when there is none (fewer than two parties). */
export function overallSwing(result: SwingComparison, colour: PartyColour, subtitle?: string): SwingometerData | null {
  const swing = result.overall.butler;
  if (swing === null) return null;
  const scope = comparisonScope(result.contests);
  return {
    title: `${scope}: Butler swing`,
    ...(subtitle !== undefined ? { subtitle } : {}),
    swing: { from: swing.from, to: swing.to, value: swing.value },
    colours: { from: colour(swing.from), to: colour(swing.to) },
  };
}

/**
 * The council after the election as a parliament chart with its majority line (domain-rules.md §5:
 * floor(N/2)+1 of all seats), the subtitle saying who controls it and how that changed.
 */
export function councilSeats(council: CouncilResult, colour: PartyColour): HemicycleData {
  const largest = council.control.largestParty;
  const short =
    council.control.after === null && largest !== null ? `; largest party ${largest}, ${formatCount(council.control.seatsShort)} short` : '';
  const parties = council.composition.filter((r) => r.after > 0);
  return {
    title: `${council.council ?? 'Council'}: composition after the election`,
    subtitle: `${controlText(council.control)}${short}`,
    parties: parties.map((r) => ({ party: r.party, colour: colour(r.party), seats: r.after })),
    totalSeats: council.totalSeats,
    majorityThreshold: council.majorityThreshold,
  };
}

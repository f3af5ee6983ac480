/**
 * The charts that compare two elections, from the compare modules' results: vote share with the change since
 * the previous election (core/swing), seat gains and losses (core/gains), the overall Butler swing
 * (core/swing) and the council's composition after the election (core/council). They only reshape figures
 * computed there; nothing is recomputed here.
 */
import path from 'node:path';
import type { CouncilResult } from '../../core/council';
import type { GainsComparison } from '../../core/gains';
import type { SwingComparison } from '../../core/swing';
import { plural } from '../../errors';
import { baselineName } from '../comparison';
import { shareMethodName } from '../conventions';
import { controlText } from '../council';
import { formatCount } from '../numbers';
import type { GainsData, HemicycleData, PartyColour, ShareBarsData, SwingometerData } from './data';
import { OTHERS, total, withOthers } from './others';

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

/** `Compared with worcester-2012.csv · 1 contest polled both times · shares by top vote` */
function comparedSubtitle(result: SwingComparison, previousSources: readonly string[]): string {
  const files = previousSources.map((source) => path.basename(source)).join(', ');
  return `Compared with ${files} · ${plural(result.overall.contests, 'contest')} polled both times · shares by ${shareMethodName[result.shareMethod]}`;
}

/**
 * Overall vote share after, with the change since before (domain-rules.md §2.3: the same share method on
 * both sides, matched contests polled both times). A party that did not stand before is "new" (change
 * null); one that did not stand after keeps its row ("did not stand") with its full loss.
 */
export function changeShares(result: SwingComparison, colour: PartyColour, previousSources: readonly string[]): ShareBarsData {
  return {
    title: `${comparisonScope(result.contests)}: share of the vote`,
    subtitle: comparedSubtitle(result, previousSources),
    compared: true,
    parties: withOthers(
      result.overall.parties,
      (p) => ({
        party: p.party,
        colour: colour(p.party),
        share: p.stoodAfter ? p.shareAfter : null,
        change: p.stoodBefore ? p.change : null,
      }),
      // Shares and changes of the parties folded together add up: every one is of the same bases.
      (rest) => ({ party: OTHERS, colour: null, share: total(rest, (p) => p.shareAfter), change: total(rest, (p) => p.change) }),
    ),
  };
}

/** Seats gained and lost per party, overall (domain-rules.md §4); parties whose seats did not move are left out. */
export function gainsBars(result: GainsComparison, colour: PartyColour): GainsData {
  const moved = result.parties
    .filter((p) => p.gains > 0 || p.losses > 0)
    .sort((x, y) => y.net - x.net || y.gains - x.gains || x.party.localeCompare(y.party));
  return {
    title: `${comparisonScope(result.contests)}: seats gained and lost`,
    subtitle: `Against the ${baselineName[result.baseline]} · ${plural(result.contests.length, 'contest')}`,
    parties: withOthers(
      moved,
      (p) => ({ party: p.party, colour: colour(p.party), gains: p.gains, losses: p.losses }),
      (rest) => ({ party: OTHERS, colour: null, gains: total(rest, (p) => p.gains), losses: total(rest, (p) => p.losses) }),
    ),
  };
}

/** The overall Butler swing (domain-rules.md §3.1), or null when there is none (fewer than two parties). */
export function overallSwing(result: SwingComparison, colour: PartyColour, previousSources: readonly string[]): SwingometerData | null {
  const swing = result.overall.butler;
  if (swing === null) return null;
  return {
    title: `${comparisonScope(result.contests)}: Butler swing`,
    subtitle: comparedSubtitle(result, previousSources),
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
    council.control.after === null && largest !== null
      ? `; largest party ${largest}, ${formatCount(council.control.seatsShort)} short`
      : '';
  return {
    title: `${council.council ?? 'Council'}: composition after the election`,
    subtitle: `${controlText(council.control)}${short}`,
    parties: council.composition.filter((r) => r.after > 0).map((r) => ({ party: r.party, colour: colour(r.party), seats: r.after })),
    totalSeats: council.totalSeats,
    majorityThreshold: council.majorityThreshold,
  };
}

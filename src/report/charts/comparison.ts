/**
 * The charts that compare two elections, from the compare modules' results: vote share with the change since
 * the previous election (core/swing), seat gains and losses (core/gains), the overall Butler swing
 * (core/swing) and the council's composition after the election (core/council). They only reshape figures
 * computed there; nothing is recomputed here.
 */
import type { CouncilResult } from '../../core/council';
import type { GainsComparison } from '../../core/gains';
import type { SwingComparison } from '../../core/swing';
import { InputError, plural } from '../../errors';
import { baselineName } from '../comparison';
import { shareMethodName } from '../conventions';
import { controlText } from '../council';
import { formatCount } from '../numbers';
import type { GainsData, HemicycleData, PartyColour, ShareBarsData, SwingometerData } from './data';
import { OTHERS, OTHERS_COLOUR, rankedBy, total, withOthers } from './others';

/**
 * What a comparison is of: the area when one contest was compared (Worcester 2012 -> 2016 has Battenhall
 * only), else the one council its contests belong to, else how many councils, else how many contests (GE2019:
 * "All 650 contests"; the files name no election, and --title names it).
 */
export function comparisonScope(contests: readonly { council: string | null; area: string }[]): string {
  if (contests.length === 1) return contests[0]!.area;
  const councils = contests.map((c) => c.council);
  const named = [...new Set(councils.filter((c): c is string => c !== null))];
  if (named.length === 1 && !councils.includes(null)) return named[0]!;
  return named.length > 1 ? `${named.length} councils` : `All ${formatCount(contests.length)} contests`;
}

/**
 * `Change since the previous election · 1 contest polled both times · shares by top vote`: what a reader
 * needs to weigh the change, in words (never the files' names, which are no part of a published chart).
 */
function comparedSubtitle(result: SwingComparison): string {
  return `Change since the previous election · ${plural(result.overall.contests, 'contest')} polled both times · shares by ${shareMethodName[result.shareMethod]}`;
}

/**
 * Overall vote share after, with the change since before (domain-rules.md §2.3: the same share method on
 * both sides, matched contests polled both times), largest share after first, then the parties that did not
 * stand after by the share they had. A party that did not stand before is "new" (change null); one that did
 * not stand after keeps its row ("did not stand") with its full loss.
 */
export function changeShares(result: SwingComparison, colour: PartyColour): ShareBarsData {
  return {
    title: `${comparisonScope(result.contests)}: share of the vote`,
    subtitle: comparedSubtitle(result),
    compared: true,
    parties: withOthers(
      rankedBy(
        result.overall.parties,
        (p) => (p.stoodAfter ? p.shareAfter : -1),
        (p) => p.shareAfter - p.change,
      ),
      (p) => ({
        party: p.party,
        colour: colour(p.party),
        share: p.stoodAfter ? p.shareAfter : null,
        change: p.stoodBefore ? p.change : null,
      }),
      // Shares and changes of the parties folded together add up: every one is of the same bases.
      (rest) => ({ party: OTHERS, colour: OTHERS_COLOUR, share: total(rest, (p) => p.shareAfter), change: total(rest, (p) => p.change) }),
    ),
  };
}

/**
 * Seats gained and lost per party, overall (domain-rules.md §4); parties whose seats did not move are left
 * out. Ranked by the seats that moved (gains plus losses), so the parties drawn are those the election moved
 * most (LEAP 2016 -> 2018: Labour, Conservative, Liberal Democrats, UKIP), not the largest net change of a few.
 */
export function gainsBars(result: GainsComparison, colour: PartyColour): GainsData {
  const moved = rankedBy(
    result.parties.filter((p) => p.gains > 0 || p.losses > 0),
    (p) => p.gains + p.losses,
    (p) => p.net,
  );
  return {
    title: `${comparisonScope(result.contests)}: seats gained and lost`,
    subtitle: `Against the ${baselineName[result.baseline]} · ${plural(result.contests.length, 'contest')}`,
    parties: withOthers(
      moved,
      (p) => ({ party: p.party, colour: colour(p.party), gains: p.gains, losses: p.losses }),
      (rest) => ({ party: OTHERS, colour: OTHERS_COLOUR, gains: total(rest, (p) => p.gains), losses: total(rest, (p) => p.losses) }),
    ),
  };
}

/** The overall Butler swing (domain-rules.md §3.1), or null when there is none (fewer than two parties). */
export function overallSwing(result: SwingComparison, colour: PartyColour): SwingometerData | null {
  const swing = result.overall.butler;
  if (swing === null) return null;
  return {
    title: `${comparisonScope(result.contests)}: Butler swing`,
    subtitle: comparedSubtitle(result),
    swing: { from: swing.from, to: swing.to, value: swing.value },
    colours: { from: colour(swing.from), to: colour(swing.to) },
  };
}

/**
 * The council after the election as a parliament chart with its majority line (domain-rules.md §5:
 * floor(N/2)+1 of all seats), the subtitle saying who controls it and how that changed.
 */
export function councilSeats(council: CouncilResult, colour: PartyColour): HemicycleData {
  const drawn = council.composition.reduce((sum, r) => sum + r.after, 0);
  if (drawn !== council.totalSeats) {
    // A chamber whose seats do not add up to the council puts the majority line at the wrong seat: refused.
    throw new InputError(
      '--before',
      `${council.council ?? 'the council'}: the composition after has ${plural(drawn, 'seat')} on a council of ${council.totalSeats}: not drawn (check --before)`,
    );
  }
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

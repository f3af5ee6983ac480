/**
 * Hex maps of who won where: each area of the file on its hex of an Open Innovations cartogram (one hex per
 * constituency or ward, by ONS code), in the winner's colour, with the seats that changed hands marked when a
 * previous election was compared. A contest with no hex is listed beside the map, never dropped; a hex with no
 * result is drawn empty.
 */
import type { ContestGains } from '../../core/gains';
import type { ContestTally, Tally } from '../../core/tally';
import { InputError, plural, UsageError } from '../../errors';
import type { HexMapData, MapHex, PartyColour } from './data';
import type { HexLayout } from './hexmaps/layout';
import { MOST_PARTIES_DRAWN, OTHERS, OTHERS_COLOUR, rankedBy } from './others';
import { tallyScope } from './tally';

export const HEX_CREDIT = 'Hex map © Open Innovations (MIT)';
/**
 * A map's legend names more parties than a bar chart has rows (every party that won a seat in GE2019: eleven),
 * since each has its hexes on the map; past this many the rest share Others' grey.
 */
export const MOST_MAP_PARTIES = 2 * MOST_PARTIES_DRAWN;

/**
 * The party that won a contest: the one holding most of its seats; null when none was elected or the seats
 * split evenly between parties (drawn as no single winner).
 */
export function contestWinner(contest: ContestTally): string | null {
  const seats = new Map<string, number>();
  for (const candidate of contest.candidates)
    if (candidate.elected === true) seats.set(candidate.party, (seats.get(candidate.party) ?? 0) + 1);
  const ranked = [...seats].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[0]![1] === ranked[1]![1])) return null;
  return ranked[0]![0];
}

/** The wards of the council the contests are in: the council (by its ONS code) most of their ward codes belong to. */
export function councilWards(layout: HexLayout, contests: readonly ContestTally[], council: string): HexLayout {
  const councilOf = new Map(layout.hexes.map((hex) => [hex[0], hex[4]]));
  const votes = new Map<string, number>();
  for (const contest of contests) {
    const code = contest.code === null ? undefined : councilOf.get(contest.code);
    if (code !== undefined) votes.set(code, (votes.get(code) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  if (best === undefined) {
    throw new InputError(council, `no ward of ${council} in the file has a hex on the 2022 ward map (wards redrawn since are not on it)`);
  }
  return { layout: layout.layout, hexes: layout.hexes.filter((hex) => hex[4] === best[0]) };
}

/**
 * The map of the tally's contests on `layout`; `gains` (a comparison with a previous election) marks the
 * contests that changed hands.
 */
export function winnerMap(result: Tally, layout: HexLayout, colour: PartyColour, gains?: readonly ContestGains[]): HexMapData {
  const byCode = new Map<string, ContestTally>();
  const unplaced: string[] = [];
  const onMap = new Set(layout.hexes.map((hex) => hex[0]));
  for (const contest of result.contests) {
    if (contest.code !== null && onMap.has(contest.code)) byCode.set(contest.code, contest);
    else
      unplaced.push(
        `${contest.council !== null && result.councils.length > 1 ? `${contest.council} · ` : ''}${contest.area}: ${contestWinner(contest) ?? 'no single winner'}`,
      );
  }
  // Changed hands: won from another party. A seat with no previous holder (new boundaries: Leeds 2018 against
  // 2016) is a gain from no one in the gains count, but marking it would outline a whole redrawn council.
  const gained = new Set(
    (gains ?? []).filter((g) => g.result.kind === 'gain' && g.result.from !== null && g.code !== null).map((g) => g.code!),
  );
  const won = new Map<string, number>();
  const hexes: MapHex[] = layout.hexes.map(([code, name, q, r]) => {
    const contest = byCode.get(code);
    const party = contest === undefined ? null : contestWinner(contest);
    if (party !== null) won.set(party, (won.get(party) ?? 0) + 1);
    return { code, name, q, r, party, colour: party === null ? null : colour(party), gain: gained.has(code) };
  });
  // The legend names every party that won an area, up to the chart's limit; the rest share Others' grey.
  const ranked = rankedBy(
    [...won].map(([party, areas]) => ({ party, areas })),
    (p) => p.areas,
  );
  const named = ranked.length <= MOST_MAP_PARTIES ? ranked : ranked.slice(0, MOST_MAP_PARTIES - 1);
  const folded = new Set(ranked.slice(named.length).map((p) => p.party));
  const parties = [
    ...named.map((p) => ({ party: p.party, colour: colour(p.party), areas: p.areas })),
    ...(folded.size > 0
      ? [{ party: OTHERS, colour: OTHERS_COLOUR, areas: ranked.slice(named.length).reduce((sum, p) => sum + p.areas, 0) }]
      : []),
  ];
  const placed = byCode.size;
  return {
    title: `${tallyScope(result)}: who won where`,
    subtitle: `${plural(placed, 'area')} on the map${unplaced.length > 0 ? `, ${unplaced.length} without a hex (listed)` : ''}${gains !== undefined ? ' · outlined: changed hands' : ''}`,
    hexes: hexes.map((hex) => (hex.party !== null && folded.has(hex.party) ? { ...hex, colour: OTHERS_COLOUR } : hex)),
    parties,
    unplaced,
    compared: gains !== undefined,
    credit: HEX_CREDIT,
  };
}

/** The cartograms a map can be drawn on, loaded only when a map is drawn (the ward map is 8,482 hexes). */
export interface HexLayouts {
  constituencies(): HexLayout;
  wards(): HexLayout;
}

/**
 * The map that fits the tally: the constituencies when its contests' codes are constituency codes (GE2010-2019,
 * Commons Library `ONS ID`), else one council's wards (LEAP ward codes); null when no contest code is on either
 * map. A ward map is of one council: several need `--council` to pick one.
 */
export function mapOf(
  result: Tally,
  colour: PartyColour,
  layouts: HexLayouts,
  gains?: readonly ContestGains[],
  manyCouncils: 'refuse' | 'none' = 'refuse',
): HexMapData | null {
  const codes = result.contests.map((c) => c.code).filter((code): code is string => code !== null);
  if (codes.length === 0) return null;
  const constituencies = layouts.constituencies();
  const constituencyCodes = new Set(constituencies.hexes.map((hex) => hex[0]));
  if (codes.filter((code) => constituencyCodes.has(code)).length * 2 >= codes.length)
    return winnerMap(result, constituencies, colour, gains);
  // Many councils' wards are no one map: the page leaves the map out before loading the 8,482 hexes.
  if (result.councils.length > 1 && manyCouncils === 'none') return null;
  const wards = layouts.wards();
  const wardCodes = new Set(wards.hexes.map((hex) => hex[0]));
  if (!codes.some((code) => wardCodes.has(code))) return null;
  if (result.councils.length > 1) {
    throw new UsageError(
      `a ward map draws one council; the file has ${result.councils.length}: pick one with --council NAME (e.g. --council "${result.councils[0]!.council}")`,
    );
  }
  const council = result.councils[0]?.council ?? 'the council';
  return winnerMap(result, councilWards(wards, result.contests, council), colour, gains);
}

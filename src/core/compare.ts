/**
 * Comparing two elections, as the swing, gains and council commands (and the library) do: match the contests
 * (by code, an area map, then the folded name: core/match.ts), then compare shares, seats or compositions. The
 * checks that decide whether a comparison can be made at all live here too, so the CLI and the library refuse
 * the same things with the same words.
 */
import { UsageError } from '../errors';
import { compareCouncils, type Composition, type CouncilComparison, type CouncilOptions } from './council';
import { areaKey } from './fold';
import { compareGains, type Baseline, type ContestResult, type GainsComparison, type PartySeats } from './gains';
import { matchContests, type AreaMapEntry, type Matching } from './match';
import { contestKey, type Contest, type Election, type ShareMethod, type Warning } from './model';
import type { PartyRegistry } from './parties';
import { volatilityOf } from './proportionality';
import { compareShares, type ShareChange, type SwingComparison } from './swing';
import { append, groupBy } from './arrays';

export interface SwingOptions {
  readonly shareMethod: ShareMethod;
  /** The two parties of the swing (canonical names), or null for each contest's top two. */
  readonly pair?: readonly [string, string] | null;
  readonly areaMap?: readonly AreaMapEntry[];
}

export interface SwingBetween {
  readonly matching: Matching<Contest>;
  readonly result: SwingComparison;
  readonly warnings: readonly Warning[];
}

/** Change in share and Butler / Steed swing from `before` to `after` (domain-rules.md §2.3, §3). */
export function swingBetween(before: Election, after: Election, options: SwingOptions): SwingBetween {
  const matching = matchContests(before.contests, after.contests, options.areaMap ?? []);
  const pair = options.pair ?? null;
  const result = compareShares(matching, options.shareMethod, pair === null ? null : [pair[0], pair[1]]);
  return { matching, result, warnings: [...before.warnings, ...after.warnings] };
}

export interface GainsOptions {
  readonly baseline: Baseline;
  readonly areaMap?: readonly AreaMapEntry[];
}

export interface GainsBetween {
  /** null with the eve-of-poll baseline, which compares each seat with its defending party, not a previous result. */
  readonly matching: Matching<Contest> | null;
  readonly result: GainsComparison;
  readonly warnings: readonly Warning[];
}

/**
 * Seats held and gained against the last time they were fought (`previous`), or against the defending column
 * (eve of poll, domain-rules.md §4b; `previous` may then be null).
 */
export function gainsBetween(previous: Election | null, after: Election, options: GainsOptions): GainsBetween {
  if (previous === null && options.baseline === 'last-fought') {
    throw new UsageError('gains needs BEFORE and AFTER (or one file with --baseline eve-of-poll and a defending column)');
  }
  if (options.baseline === 'eve-of-poll' && after.contests.every((c) => c.defending === null)) {
    throw new UsageError(`--baseline eve-of-poll needs a defending column in ${after.sources.join(', ')} (the party defending each seat)`);
  }
  const matching = previous === null ? null : matchContests(previous.contests, after.contests, options.areaMap ?? []);
  const result = compareGains(options.baseline === 'eve-of-poll' ? null : matching, after.contests, options.baseline);
  return {
    matching: options.baseline === 'eve-of-poll' ? null : matching,
    result,
    warnings: [...(previous?.warnings ?? []), ...after.warnings, ...result.warnings],
  };
}

export interface CouncilsOptions extends CouncilOptions {
  /** The results when the seats were last fought: who defended each seat, where the file has no defending column. */
  readonly previous?: Election | null;
  readonly areaMap?: readonly AreaMapEntry[];
}

export interface CouncilsAfter {
  readonly result: CouncilComparison;
  readonly warnings: readonly Warning[];
}

/** Composition and control of each council after `election` (domain-rules.md §5). */
export function councilsAfter(compositions: readonly Composition[], election: Election, options: CouncilsOptions = {}): CouncilsAfter {
  refuseOneCompositionForMany(compositions, election);
  const warnings: Warning[] = [...election.warnings];
  let previous: Map<Contest, Contest> | null = null;
  if (options.previous) {
    const matching = matchContests(options.previous.contests, election.contests, options.areaMap ?? []);
    previous = new Map(matching.pairs.map((p) => [p.after, p.before]));
    append(warnings, options.previous.warnings);
  }
  const result = compareCouncils(compositions, election.contests, previous, options);
  append(warnings, result.warnings);
  return { result, warnings };
}

/**
 * A composition without a council name is one council's: over a file of several councils it would be applied
 * to each of them (Allerdale "won 3,566" from Worcester's composition). A usage error unless one was chosen.
 *
 *     results: the composition before (Conservative 16, Labour 15) names no council, and leap-2019.csv has 257 councils: ...
 */
function refuseOneCompositionForMany(compositions: readonly Composition[], election: Election): void {
  const unnamed = compositions.find((c) => c.council === null);
  if (unnamed === undefined) return;
  const councils = new Set(election.contests.map((c) => (c.council === null ? null : areaKey(c.council))));
  if (councils.size <= 1) return;
  const written = unnamed.parties.map((p) => `${p.party} ${p.seats}`).join(', ');
  throw new UsageError(
    `the composition before (${written}) names no council, and ${election.sources.join(', ')} has ${councils.size} councils: ` +
      `choose one with --council NAME, or give compositions by council (a CSV council,party,seats)`,
  );
}

/** A party named by the user (`--from Con`), as the canonical name the elections use; a usage error when none stood. */
export function namedParty(what: string, written: string, registry: PartyRegistry, elections: readonly Election[]): string {
  const name = registry.lookup(written)?.name ?? written.trim();
  const present = new Set(elections.flatMap((e) => e.contests.flatMap((c) => c.candidates.map((candidate) => candidate.party))));
  if (!present.has(name)) {
    const near = registry.nearest(written);
    throw new UsageError(
      `${what}: no candidate of ${JSON.stringify(written)} in either election` +
        (near && present.has(near.party.name) ? ` (did you mean ${JSON.stringify(near.party.name)}?)` : ''),
    );
  }
  return name;
}

/**
 * `tally --previous`: each contest's result against its previous contest (last-fought baseline), the
 * change in share per party, and net seats per party (domain-rules.md §2.3, §4).
 */
export interface TallyComparison {
  readonly previousSources: readonly string[];
  readonly matching: Matching<Contest>;
  /** By contestKey. */
  readonly contests: ReadonlyMap<string, { result: ContestResult; seatChanges: readonly { party: string; net: number }[] }>;
  readonly shares: ReadonlyMap<string, readonly ShareChange[]>;
  /** Change in share over the matched contests polled on both sides. */
  readonly overallShares: readonly ShareChange[];
  readonly seats: readonly PartySeats[];
  readonly swing: SwingComparison;
  readonly gains: GainsComparison;
  /** Pedersen volatility over the matched contests, overall and per council (core/proportionality.ts). */
  readonly volatility: {
    readonly overall: number | null;
    readonly councils: readonly { readonly council: string; readonly volatility: number | null }[];
  };
  readonly warnings: readonly Warning[];
}

/** An election against the last time its seats were fought: result lines, change in share and net seats. */
export function comparedWithPrevious(
  previous: Election,
  election: Election,
  options: { readonly shareMethod: ShareMethod; readonly areaMap?: readonly AreaMapEntry[] },
): TallyComparison {
  const matching = matchContests(previous.contests, election.contests, options.areaMap ?? []);
  const gains = compareGains(matching, election.contests, 'last-fought');
  const shares = compareShares(matching, options.shareMethod);
  // Volatility per council over that council's matched contests, as the change in share is measured.
  const pairsByCouncil = groupBy(matching.pairs, (pair) => pair.after.council);
  pairsByCouncil.delete(null);
  const councilVolatility = [...pairsByCouncil].map(([council, pairs]) => {
    const own = compareShares({ pairs, unmatchedBefore: [], unmatchedAfter: [] }, options.shareMethod);
    return { council: council!, volatility: volatilityOf(own.overall.parties) };
  });
  return {
    previousSources: previous.sources,
    matching,
    contests: new Map(gains.contests.map((c) => [contestKey(c), { result: c.result, seatChanges: c.seatChanges }])),
    shares: new Map(shares.contests.map((c) => [contestKey(c), c.parties])),
    overallShares: shares.overall.parties,
    seats: gains.parties,
    swing: shares,
    gains,
    volatility: { overall: volatilityOf(shares.overall.parties), councils: councilVolatility },
    warnings: [...previous.warnings, ...gains.warnings],
  };
}

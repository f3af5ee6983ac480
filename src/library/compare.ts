/**
 * Comparing two elections as functions, each returning the document its command writes as JSON:
 * `compareShares` (change in share, Butler and Steed swing: `results.swing/1`), `compareGains` (holds, gains,
 * net seats, who gained from whom: `results.gains/1`), `councilControl` (composition and control after the
 * election: `results.council/1`). The computations are core/compare.ts, the same the CLI runs.
 */
import { councilsAfter, gainsBetween, namedParty, swingBetween } from '../core/compare';
import type { Composition } from '../core/council';
import type { Baseline } from '../core/gains';
import type { AreaMapEntry } from '../core/match';
import type { Election, ShareMethod } from '../core/model';
import { PartyRegistry } from '../core/parties';
import { parseInlineComposition } from '../io/composition';
import { partyInfo } from '../report/comparison';
import { councilJson, type CouncilDocument } from '../report/council';
import { gainsJson, type GainsDocument } from '../report/gains';
import { swingJson, type SwingDocument } from '../report/swing';

interface Comparing {
  /** Areas renamed (or notional) between the two elections: `{ old, new, council? }`. */
  readonly areaMap?: readonly AreaMapEntry[];
  /** The registry the elections were read with (party codes and names); default the built-in one. */
  readonly parties?: PartyRegistry;
}

export interface SwingOptions extends Comparing {
  readonly shareMethod?: ShareMethod;
  /** The two parties of the swing (any spelling the registry knows: "Con", "Labour"); default each contest's top two. */
  readonly from?: string;
  readonly to?: string;
}

/** Change in share per party and Butler / Steed swing from `before` to `after` (domain-rules.md §2.3, §3). */
export function compareShares(before: Election, after: Election, options: SwingOptions = {}): SwingDocument {
  const registry = options.parties ?? new PartyRegistry();
  const pair: [string, string] | null =
    options.from === undefined || options.to === undefined
      ? null
      : [namedParty('from', options.from, registry, [before, after]), namedParty('to', options.to, registry, [before, after])];
  const { matching, result, warnings } = swingBetween(before, after, {
    shareMethod: options.shareMethod ?? 'top',
    pair,
    areaMap: options.areaMap ?? [],
  });
  return swingJson(result, matching, warnings, { before: before.sources, after: after.sources });
}

export interface GainsOptions extends Comparing {
  /** `last-fought` (default: against the previous result) or `eve-of-poll` (against the defending column; `before` may be null). */
  readonly baseline?: Baseline;
}

/** Seat by seat: hold or gain, net change per party, the who-gained-from-whom matrix (domain-rules.md §4). */
export function compareGains(before: Election | null, after: Election, options: GainsOptions = {}): GainsDocument {
  const { matching, result, warnings } = gainsBetween(before, after, {
    baseline: options.baseline ?? 'last-fought',
    areaMap: options.areaMap ?? [],
  });
  return gainsJson(result, matching, warnings, partyInfo(options.parties ?? new PartyRegistry()), {
    before: before?.sources ?? [],
    after: after.sources,
  });
}

export interface CouncilOptions extends Comparing {
  /** The results when the seats were last fought: who defended each seat, where the file has no defending column. */
  readonly previous?: Election;
  /** Every seat was up (an all-out election, perhaps on new boundaries). */
  readonly allOut?: boolean;
}

/**
 * Composition and control after the election (domain-rules.md §5). `before` is the eve-of-poll composition:
 * `"Con=19,Lab=15,Grn=1"` for the one council of the election, or compositions by council.
 */
export function councilControl(election: Election, before: string | readonly Composition[], options: CouncilOptions = {}): CouncilDocument {
  const registry = options.parties ?? new PartyRegistry();
  const compositions = typeof before === 'string' ? [parseInlineComposition(before, registry)] : before;
  const { result, warnings } = councilsAfter(compositions, election, {
    previous: options.previous ?? null,
    areaMap: options.areaMap ?? [],
    allOut: options.allOut === true,
  });
  return councilJson(result, warnings, partyInfo(registry), [...election.sources, ...(options.previous?.sources ?? [])]);
}

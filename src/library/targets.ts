/**
 * Target lists and swing projections as functions, each returning the document its command writes as JSON:
 * `targets` (`results.targets/1`) and `project` (`results.project/1`). The computations are core/targets.ts and
 * core/project.ts, the same the CLI runs.
 */
import type { Composition } from '../core/council';
import type { AreaMapEntry } from '../core/match';
import type { Election, ShareMethod } from '../core/model';
import { PartyRegistry } from '../core/parties';
import { electionTargets, partyInElection } from '../core/targets';
import { projectElection, type ProjectionMethod } from '../core/project';
import { parseInlineComposition } from '../io/composition';
import { parseSharesSpec, parseSwingSpec } from '../io/projection-spec';
import { projectJson, type ProjectDocument } from '../report/project';
import { partyInfo } from '../report/comparison';
import { targetsJson, type TargetsDocument } from '../report/targets';

export interface TargetsOptions {
  /** The party (any spelling the registry knows: "Lab", "Labour"). */
  readonly party: string;
  /** The party's own seats, by the swing that would lose them, instead of the seats it could gain. */
  readonly defend?: boolean;
  /** Only the first N of the list. */
  readonly top?: number;
  readonly shareMethod?: ShareMethod;
  /** The eve-of-poll composition (`"Con=19,Lab=15,Grn=1"` or compositions by council): the majority each council needs. */
  readonly before?: string | readonly Composition[];
  /** With `before` and no defending column: the results when the seats were last fought. */
  readonly previous?: Election;
  /** With `before`: every seat was up. */
  readonly allOut?: boolean;
  readonly areaMap?: readonly AreaMapEntry[];
  /** The registry the election was read with; default the built-in one. */
  readonly parties?: PartyRegistry;
}

/**
 *     const { targets } = targets(await readElection('HoC-GE2019-results-by-candidate.csv'), { party: 'Labour', top: 1 });
 *     targets[0].area; // 'Bury North', targets[0].swing.value 0.0011
 */
export function targets(election: Election, options: TargetsOptions): TargetsDocument {
  const registry = options.parties ?? new PartyRegistry();
  const party = partyInElection(options.party, registry, election.contests, election.sources);
  const compositions = compositionsOf(options.before, registry);
  const { list, warnings } = electionTargets(election, {
    party,
    kind: options.defend === true ? 'defend' : 'attack',
    shareMethod: options.shareMethod ?? 'top',
    compositions,
    previous: options.previous ?? null,
    areaMap: options.areaMap ?? [],
    allOut: options.allOut === true,
  });
  const sources = [...election.sources, ...(options.previous?.sources ?? [])];
  return targetsJson(list, options.top ?? null, warnings, partyInfo(registry), sources);
}

export interface ProjectOptions {
  /** Change in national share in points, `"Con:-5,Lab:+5"`; or give `shares`. */
  readonly swing?: string;
  /** Target national shares in percent, `"Con=33,Lab=40"`: the change is the target minus the file's own share. */
  readonly shares?: string;
  /** `uniform` (default: add the change to each share) or `proportional` (scale each share by it). */
  readonly method?: ProjectionMethod;
  readonly shareMethod?: ShareMethod;
  /** The eve-of-poll composition: control per council after the projection. */
  readonly before?: string | readonly Composition[];
  readonly previous?: Election;
  readonly allOut?: boolean;
  readonly areaMap?: readonly AreaMapEntry[];
  readonly parties?: PartyRegistry;
}

/**
 *     const { parties, changes } = project(await readElection('HoC-GE2019-results-by-candidate.csv'), { swing: 'Con:-5,Lab:+5' });
 *     changes[0].text; // 'Aberconwy: Labour gain from Conservative'
 */
export function project(election: Election, options: ProjectOptions): ProjectDocument {
  const registry = options.parties ?? new PartyRegistry();
  const compositions = compositionsOf(options.before, registry);
  const projection = projectElection(election, {
    method: options.method ?? 'uniform',
    shareMethod: options.shareMethod ?? 'top',
    ...(options.swing !== undefined ? { swing: parseSwingSpec(options.swing, registry) } : {}),
    ...(options.shares !== undefined ? { shares: parseSharesSpec(options.shares, registry) } : {}),
    compositions,
    previous: options.previous ?? null,
    areaMap: options.areaMap ?? [],
    allOut: options.allOut === true,
  });
  return projectJson(projection, partyInfo(registry), [...election.sources, ...(options.previous?.sources ?? [])]);
}

/** `before` as compositions: none, one written inline (`"Con=19,Lab=15"`), or those given. */
function compositionsOf(before: string | readonly Composition[] | undefined, registry: PartyRegistry): readonly Composition[] {
  if (before === undefined) return [];
  return typeof before === 'string' ? [parseInlineComposition(before, registry)] : before;
}

/** What the comparison commands (swing, gains, council, tally --previous) share: the area map, party names, matching. */
import { Option } from 'commander';
import { UsageError } from '../errors';
import { compareCouncils, type Composition, type CouncilComparison } from '../core/council';
import { areaKey } from '../core/fold';
import { baselines, compareGains, type Baseline, type GainsComparison } from '../core/gains';
import type { AreaMapEntry } from '../core/match';
import { matchContests, type Matching } from '../core/match';
import type { Contest, Election, Warning } from '../core/model';
import type { PartyRegistry } from '../core/parties';
import { parseAreaMap } from '../io/area-map';
import { isInlineComposition, parseCompositionFile, parseInlineComposition } from '../io/composition';
import type { PartyInfo } from '../report/comparison';
import type { Env } from './env';
import { loadElection } from './load';
import type { InputFlags } from './options';

// Defined with the shared options so that `results tally` can offer it without loading this module.
export { areaMapOption } from './options';

export async function loadAreaMap(file: string | undefined, env: Env): Promise<AreaMapEntry[]> {
  return file === undefined ? [] : parseAreaMap(await env.readText(file), file);
}

export async function matchElections(
  before: Election,
  after: Election,
  areaMapFile: string | undefined,
  env: Env,
): Promise<Matching<Contest>> {
  return matchContests(before.contests, after.contests, await loadAreaMap(areaMapFile, env));
}

export function partyInfo(registry: PartyRegistry): PartyInfo {
  return {
    code: (party) => registry.byCanonicalName(party)?.code ?? party,
    colour: (party) => registry.colourOf(party),
  };
}

/** A party named on the command line (`--from Con`), as the canonical name the elections use. */
export function namedParty(option: string, written: string, registry: PartyRegistry, elections: readonly Election[]): string {
  const name = registry.lookup(written)?.name ?? written.trim();
  const present = new Set(elections.flatMap((e) => e.contests.flatMap((c) => c.candidates.map((candidate) => candidate.party))));
  if (!present.has(name)) {
    const near = registry.nearest(written);
    throw new UsageError(
      `${option}: no candidate of ${JSON.stringify(written)} in either election` +
        (near && present.has(near.party.name) ? ` (did you mean ${JSON.stringify(near.party.name)}?)` : ''),
    );
  }
  return name;
}

export function sourcesText(before: Election, after: Election): string {
  return `${before.sources.join(', ')} (before) with ${after.sources.join(', ')} (after)`;
}

/*
 * The options of the swing, gains and council commands, declared once: those commands and the comparison
 * kinds of `results chart` (change, gains, swing, council) take them with the same meaning and checks.
 */

/** `--from P --to Q`: the two parties of the swing (default: the top two). */
export function swingPairOptions(): Option[] {
  return [
    new Option('--from <party>', 'swing between this party and --to (default: the top two parties of each contest)'),
    new Option('--to <party>', 'the other party of the swing'),
  ];
}

export interface SwingPairFlags {
  from?: string;
  to?: string;
}

/** Checked before anything is read: one of the pair without the other is a usage error. */
export function checkSwingPair(flags: SwingPairFlags): void {
  if ((flags.from === undefined) !== (flags.to === undefined))
    throw new UsageError('--from and --to go together: name both parties or neither');
}

/** The named pair as canonical names found in the elections, or null for the top two. */
export function swingPair(flags: SwingPairFlags, registry: PartyRegistry, elections: readonly Election[]): [string, string] | null {
  if (flags.from === undefined || flags.to === undefined) return null;
  return [namedParty('--from', flags.from, registry, elections), namedParty('--to', flags.to, registry, elections)];
}

/** `--baseline last-fought|eve-of-poll` (domain-rules.md §4). */
export function baselineOption(): Option {
  return new Option(
    '--baseline <baseline>',
    'last-fought: against the last time the seats were fought; eve-of-poll: against the defending column',
  )
    .choices(baselines)
    .default('last-fought');
}

export interface GainsInputs {
  /** The results when the seats were last fought; null with --baseline eve-of-poll and one file. */
  readonly previous: Election | null;
  readonly after: Election;
  readonly matching: Matching<Contest> | null;
  readonly result: GainsComparison;
  readonly warnings: readonly Warning[];
}

/**
 * Loads and compares seats: `previousFile` (null for one file with --baseline eve-of-poll) against `afterFile`.
 * The usage checks come first, so a mistake in the command line is told before any file is read.
 */
export async function loadGains(
  previousFile: string | null,
  afterFile: string,
  flags: InputFlags & { baseline: Baseline; areaMap?: string },
  registry: PartyRegistry,
  env: Env,
): Promise<GainsInputs> {
  if (previousFile === null && flags.baseline === 'last-fought') {
    throw new UsageError('gains needs BEFORE and AFTER (or one file with --baseline eve-of-poll and a defending column)');
  }
  const previous = previousFile === null ? null : await loadElection([previousFile], flags, registry, env);
  const after = await loadElection([afterFile], flags, registry, env);
  const matching = previous === null ? null : await matchElections(previous, after, flags.areaMap, env);
  if (flags.baseline === 'eve-of-poll' && after.contests.every((c) => c.defending === null)) {
    throw new UsageError(`--baseline eve-of-poll needs a defending column in ${after.sources.join(', ')} (the party defending each seat)`);
  }
  const result = compareGains(flags.baseline === 'eve-of-poll' ? null : matching, after.contests, flags.baseline);
  return { previous, after, matching, result, warnings: [...(previous?.warnings ?? []), ...after.warnings, ...result.warnings] };
}

/**
 * An inline --before is one council's composition: over a file of several councils it would be applied to
 * each of them (Allerdale "won 3,566" from Worcester's composition). A usage error unless --council chose one.
 *
 *     results: --before Con=16,Lab=15 is one council's composition, and leap-2019.csv has 248 councils: ...
 */
function refuseOneCompositionForMany(compositions: readonly Composition[], election: Election, before: string): void {
  if (!compositions.some((c) => c.council === null)) return;
  const councils = new Set(election.contests.map((c) => (c.council === null ? null : areaKey(c.council))));
  if (councils.size <= 1) return;
  throw new UsageError(
    `--before ${before} is one council's composition, and ${election.sources.join(', ')} has ${councils.size} councils: ` +
      `choose one with --council NAME, or give a CSV of compositions (council,party,seats)`,
  );
}

/** `--before COMPOSITION`: inline `Con=19,Lab=15,Grn=1` or a CSV file `council,party,seats`. */
export function compositionOption(): Option {
  return new Option('--before <composition>', 'composition on the eve of poll: Con=19,Lab=15,Grn=1, or a CSV file council,party,seats');
}

export interface CouncilInputs {
  readonly election: Election;
  readonly result: CouncilComparison;
  readonly warnings: readonly Warning[];
}

/** Composition and control after the election in `file` (domain-rules.md §5), seats defended from --previous when given. */
export async function loadCouncils(
  file: string,
  flags: InputFlags & { before: string; previous?: string; areaMap?: string; allOut?: boolean },
  registry: PartyRegistry,
  env: Env,
): Promise<CouncilInputs> {
  const compositions = isInlineComposition(flags.before)
    ? [parseInlineComposition(flags.before, registry)]
    : parseCompositionFile(await env.readText(flags.before), flags.before, registry);
  const election = await loadElection([file], flags, registry, env);
  refuseOneCompositionForMany(compositions, election, flags.before);
  let previous: Map<Contest, Contest> | null = null;
  const warnings = [...election.warnings];
  if (flags.previous !== undefined) {
    const old = await loadElection([flags.previous], flags, registry, env);
    const matching = await matchElections(old, election, flags.areaMap, env);
    previous = new Map(matching.pairs.map((p) => [p.after, p.before]));
    warnings.push(...old.warnings);
  }
  const result = compareCouncils(compositions, election.contests, previous, { allOut: flags.allOut === true });
  warnings.push(...result.warnings);
  return { election, result, warnings };
}

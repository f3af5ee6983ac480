/** What the comparison commands (swing, gains, council, tally --previous) share: the area map, party names, matching. */
import { Option } from 'commander';
import { UsageError } from '../errors';
import { councilsAfter, gainsBetween, namedParty, type CouncilsAfter, type GainsBetween } from '../core/compare';
import { baselines, type Baseline } from '../core/gains';
import type { AreaMapEntry } from '../core/match';
import type { Election } from '../core/model';
import type { PartyRegistry } from '../core/parties';
import { parseAreaMap } from '../io/area-map';
import { isInlineComposition, parseCompositionFile, parseInlineComposition } from '../io/composition';
export { partyInfo } from '../report/comparison';
import type { Env } from './env';
import { loadElection } from './load';
import type { InputFlags } from './options';

// Defined with the shared options so that `results tally` can offer it without loading this module.
export { areaMapOption } from './options';

export async function loadAreaMap(file: string | undefined, env: Env): Promise<AreaMapEntry[]> {
  return file === undefined ? [] : parseAreaMap(await env.readText(file), file);
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
): Promise<GainsBetween & { readonly previous: Election | null; readonly after: Election }> {
  if (previousFile === null && flags.baseline === 'last-fought') {
    throw new UsageError('gains needs BEFORE and AFTER (or one file with --baseline eve-of-poll and a defending column)');
  }
  const previous = previousFile === null ? null : await loadElection([previousFile], flags, registry, env);
  const after = await loadElection([afterFile], flags, registry, env);
  const compared = gainsBetween(previous, after, { baseline: flags.baseline, areaMap: await loadAreaMap(flags.areaMap, env) });
  return { ...compared, previous, after };
}

/** `--before COMPOSITION`: inline `Con=19,Lab=15,Grn=1` or a CSV file `council,party,seats`. */
export function compositionOption(): Option {
  return new Option('--before <composition>', 'composition on the eve of poll: Con=19,Lab=15,Grn=1, or a CSV file council,party,seats');
}

/** Composition and control after the election in `file` (domain-rules.md §5), seats defended from --previous when given. */
export async function loadCouncils(
  file: string,
  flags: InputFlags & { before: string; previous?: string; areaMap?: string; allOut?: boolean },
  registry: PartyRegistry,
  env: Env,
): Promise<CouncilsAfter & { readonly election: Election }> {
  const compositions = isInlineComposition(flags.before)
    ? [parseInlineComposition(flags.before, registry)]
    : parseCompositionFile(await env.readText(flags.before), flags.before, registry);
  const election = await loadElection([file], flags, registry, env);
  const previous = flags.previous === undefined ? null : await loadElection([flags.previous], flags, registry, env);
  const compared = councilsAfter(compositions, election, {
    previous,
    areaMap: await loadAreaMap(flags.areaMap, env),
    allOut: flags.allOut === true,
  });
  return { ...compared, election };
}

/**
 * The charts `results chart` can draw, by kind, and what each needs. The tally's charts (shares, seats) take
 * results files; the comparison charts (change, gains, swing, council) take two elections or a composition,
 * through the same loading and option checks as the swing, gains and council commands (src/cli/comparison.ts).
 * The chart data comes from src/report/charts and is drawn by the src/format/svg functions.
 */
import type { Baseline } from '../core/gains';
import type { Election, ShareMethod, Warning } from '../core/model';
import type { PartyRegistry } from '../core/parties';
import { swingBetween } from '../core/compare';
import type { SwingComparison } from '../core/swing';
import { tally } from '../core/tally';
import { InputError, UsageError } from '../errors';
import { renderChart } from '../format/svg/chart';
import { NARROW, WIDE } from '../format/svg/svg';
import { changeShares, councilSeats, gainsBars, overallSwing } from '../report/charts/comparison';
import type { Chart, PartyColour } from '../report/charts/data';
import { mapOf, type HexLayouts } from '../report/charts/map';
import { tallySeatsChart, tallyShares } from '../report/charts/tally';
import { sourceLine, withPublishedText } from '../report/charts/text';
import { checkSwingPair, loadAreaMap, loadCouncils, loadGains, swingPair, type SwingPairFlags } from './comparison';
import type { Env } from './env';
import { loadElection } from './load';
import type { InputFlags } from './options';

export const tallyChartKinds = ['shares', 'seats', 'map'] as const;
export const comparisonChartKinds = ['change', 'gains', 'swing', 'council'] as const;
export const chartKinds = [...tallyChartKinds, ...comparisonChartKinds] as const;
export type ChartKind = (typeof chartKinds)[number];

/** The command-line flags the chart kinds read. */
export interface ChartFlags extends InputFlags, SwingPairFlags {
  shareMethod: ShareMethod;
  previous?: string;
  before?: string;
  baseline: Baseline;
  areaMap?: string;
  title?: string;
  subtitle?: string;
  date?: string;
  source?: string;
  narrow?: boolean;
}

/** Flags that only some kinds take, and the kinds that take them: any other use is a usage error. */
const takenBy: Record<string, { flag: string; kinds: readonly ChartKind[] }> = {
  previous: { flag: '--previous', kinds: ['change', 'gains', 'swing', 'council', 'map'] },
  before: { flag: '--before', kinds: ['council'] },
  from: { flag: '--from', kinds: ['swing'] },
  to: { flag: '--to', kinds: ['swing'] },
  baseline: { flag: '--baseline', kinds: ['gains'] },
  areaMap: { flag: '--area-map', kinds: ['change', 'gains', 'swing', 'council', 'map'] },
};

/**
 * Draws one chart of `kind` from the command line's files and flags. `given` tells the flags the user
 * wrote from those left at their defaults. Usage mistakes are told before any file is read.
 */
export async function drawChart(
  kind: ChartKind,
  files: readonly string[],
  flags: ChartFlags,
  given: (flag: keyof ChartFlags) => boolean,
  registry: PartyRegistry,
  env: Env,
): Promise<{ svg: string; warnings: readonly Warning[] }> {
  const { chart, warnings } = await chartOf(kind, files, flags, given, registry, env);
  const svg = renderChart(withPublishedText(chart, flags), { width: flags.narrow ? NARROW : WIDE, source: sourceLine(flags.source) });
  return { svg, warnings };
}

/** The chart data of `kind` from the files, through the loading and checks its command shares. */
async function chartOf(
  kind: ChartKind,
  files: readonly string[],
  flags: ChartFlags,
  given: (flag: keyof ChartFlags) => boolean,
  registry: PartyRegistry,
  env: Env,
): Promise<{ chart: Chart; warnings: readonly Warning[] }> {
  for (const [key, { flag, kinds }] of Object.entries(takenBy)) {
    if (given(key as keyof ChartFlags) && !kinds.includes(kind)) {
      throw new UsageError(`${flag} is not for the ${kind} chart (it is for: ${kinds.join(', ')})`);
    }
  }
  const colour: PartyColour = (party) => registry.colourOf(party);
  switch (kind) {
    case 'shares':
    case 'seats': {
      const election = await loadElection([...files], flags, registry, env);
      const result = tally(election, flags.shareMethod);
      const chart: Chart =
        kind === 'shares'
          ? { form: 'share-bars', id: 'shares', data: tallyShares(result, colour) }
          : tallySeatsChart(result, colour, 'seats');
      return { chart, warnings: result.warnings };
    }
    case 'map': {
      if (files.length !== 1) throw new UsageError(`the map draws one results file, got ${files.length}`);
      const {
        result: gains,
        warnings,
        after,
      } = flags.previous === undefined
        ? { result: null, warnings: [], after: await loadElection([files[0]!], flags, registry, env) }
        : await loadGains(flags.previous, files[0]!, { ...flags, baseline: 'last-fought' }, registry, env);
      const result = tally(after, flags.shareMethod);
      const data = mapOf(result, colour, hexLayouts, gains?.contests);
      if (data === null) {
        throw new InputError(
          after.sources.join(', '),
          'no area code in the file is on a hex map (constituencies 2010-2019 or wards 2022, by ONS code): nothing to draw',
        );
      }
      return { chart: { form: 'hex-map', id: 'map', data }, warnings: [...result.warnings, ...warnings] };
    }
    case 'change':
    case 'swing': {
      const [beforeFile, afterFile] = electionPair(kind, files, flags.previous);
      checkSwingPair(flags);
      const before = await loadElection([beforeFile], flags, registry, env);
      const after = await loadElection([afterFile], flags, registry, env);
      const { result, warnings } = swingBetween(before, after, {
        shareMethod: flags.shareMethod,
        pair: swingPair(flags, registry, [before, after]),
        areaMap: await loadAreaMap(flags.areaMap, env),
      });
      noContestsCompared(result, before, after);
      if (kind === 'change') return { chart: { form: 'share-bars', id: 'change', data: changeShares(result, colour) }, warnings };
      const swing = overallSwing(result, colour);
      if (swing === null)
        throw new InputError(after.sources.join(', '), 'no swing to draw: fewer than two parties stood in the contests compared');
      return { chart: { form: 'swingometer', id: 'swing', data: swing }, warnings };
    }
    case 'gains': {
      const eveOfPoll = flags.baseline === 'eve-of-poll' && files.length === 1 && flags.previous === undefined;
      const [beforeFile, afterFile] = eveOfPoll ? [null, files[0]!] : electionPair(kind, files, flags.previous);
      const { result, warnings } = await loadGains(beforeFile, afterFile, flags, registry, env);
      return { chart: { form: 'gains-bars', id: 'gains', data: gainsBars(result, colour) }, warnings };
    }
    case 'council': {
      if (flags.before === undefined)
        throw new UsageError('the council chart needs --before COMPOSITION (e.g. --before Con=19,Lab=15,Grn=1)');
      if (files.length !== 1) throw new UsageError(`the council chart takes one results file, got ${files.length}`);
      const { result, warnings } = await loadCouncils(files[0]!, { ...flags, before: flags.before }, registry, env);
      const councils =
        flags.council.length === 0
          ? result.councils
          : result.councils.filter((c) => flags.council.some((name) => sameName(name, c.council)));
      if (councils.length !== 1) {
        throw new UsageError(
          `the council chart draws one council; ${councils.length === 0 ? 'none matched' : `found ${councils.length}: ${councils.map((c) => c.council ?? '(unnamed)').join(', ')}`}: pick one with --council NAME`,
        );
      }
      return { chart: { form: 'hemicycle', id: 'council', data: councilSeats(councils[0]!, colour) }, warnings };
    }
  }
}

/** The cartograms, loaded only when a map is drawn. */
const hexLayouts: HexLayouts = {
  constituencies: () =>
    (require('../report/charts/hexmaps/constituencies') as typeof import('../report/charts/hexmaps/constituencies')).constituencies,
  wards: () => (require('../report/charts/hexmaps/wards') as typeof import('../report/charts/hexmaps/wards')).wards,
};

/** [before, after]: NEW --previous OLD, or BEFORE AFTER. */
function electionPair(kind: ChartKind, files: readonly string[], previous: string | undefined): [string, string] {
  if (previous !== undefined && files.length === 1) return [previous, files[0]!];
  if (previous === undefined && files.length === 2) return [files[0]!, files[1]!];
  throw new UsageError(
    `the ${kind} chart compares two elections: NEW --previous OLD, or BEFORE AFTER (got ${files.length} ${files.length === 1 ? 'file' : 'files'}${previous !== undefined ? ' and --previous' : ''})`,
  );
}

function noContestsCompared(result: SwingComparison, before: Election, after: Election): void {
  if (result.overall.contests === 0) {
    throw new InputError(
      after.sources.join(', '),
      `no contest polled in both ${before.sources.join(', ')} and ${after.sources.join(', ')}: nothing to compare (see results swing for the unmatched areas; --area-map maps renamed areas)`,
    );
  }
}

function sameName(a: string, b: string | null): boolean {
  return b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

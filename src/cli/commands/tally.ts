/** `results tally FILE...`: every contest's count, then party totals. */
import { Command, Option } from 'commander';
import { UsageError } from '../../errors';
import type { Contest, Election, ShareMethod, Warning } from '../../core/model';
import { TallyBuilder } from '../../core/tally';
import { readContests, readElection, type ReadSummary, type Source } from '../../io/read-election';
import type { TallyComparison } from '../../core/compare';
import type { PartyRegistry } from '../../core/parties';
import type { ResolvedReadOptions } from '../../library/read';
import { BrokenPipe } from '../../errors';
import type { Env } from '../env';
import { loadElection, openAll, refuseEmptySelection, refuseSetAside, resolveFlags } from '../load';
import {
  areaMapOption,
  displayOptions,
  formatOption,
  inputOptions,
  rawOption,
  shareMethodOption,
  type InputFlags,
  type OutputFormat,
} from '../options';
import type { ParallelRequest } from '../parallel-tally';
import { progressFor } from '../progress';
import { tallyOutput, type TallyOutput } from '../tally-output';
import { writeWarnings } from '../warnings';
import { append } from '../../core/arrays';

// The comparison with --previous is loaded when used: a plain tally is the election-night command, and its
// start-up is the whole experience (docs/speed.md).
const comparing = () => require('../comparison') as typeof import('../comparison');
const compare = () => require('../../core/compare') as typeof import('../../core/compare');
const parallelTallying = () => require('../parallel-tally') as typeof import('../parallel-tally');
// node:v8 loads the stream modules: only for a big read (boundHeapGrowth).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a start that imported it paid for node:stream
const v8 = () => require('node:v8') as typeof import('node:v8');
interface TallyFlags extends InputFlags {
  format: OutputFormat;
  shareMethod: ShareMethod;
  color: boolean;
  quiet?: boolean;
  raw?: boolean;
  previous?: string;
  areaMap?: string;
  holdRows?: number;
  threads?: number;
  partBytes?: number;
  corrections?: string;
  title?: string;
  subtitle?: string;
  date?: string;
  source?: string;
}

export function tallyCommand(env: Env): Command {
  const command = new Command('tally')
    .description('count every contest: candidates, votes, shares, who was elected, majority, turnout; then party totals')
    .argument('<files...>', 'results files (CSV, .csv.gz, a directory of them, or - for standard input)')
    .addOption(formatOption(['table', 'json', 'csv', 'markdown', 'ndjson', 'html']))
    .addOption(shareMethodOption())
    .addOption(rawOption())
    .option('--previous <file>', 'the results when the seats were last fought: result lines (hold / gain), change in share, net seats')
    .addOption(areaMapOption())
    .option('--corrections <file>', 'figures put right on top of the input: a CSV council,contest,candidate,field,value,source')
    .option('--title <text>', "html: the page's title instead of the default")
    .option('--subtitle <text>', 'html: a line under the title')
    .option('--date <text>', 'html: the election\'s date as it should read ("3 May 2018"), first under the title')
    .option('--source <text>', 'html: a source line under each chart and the title ("Local Elections Archive Project")')
    .addHelpText(
      'after',
      `
Examples:
  $ results tally fixtures/worcester-2016.csv
  $ results tally fixtures/worcester-2016.csv --format json | jq '.parties[0]'
  $ results tally fixtures/worcester-2016.csv --previous fixtures/worcester-2012.csv
      Battenhall: Green gain from Conservative, majority 194 (1,081 vs 887)
  $ results tally fixtures/warndon-2018.csv --share-method total
  $ results tally fixtures/worcester-2016.csv --format html > worcester-2016.html
  $ cat results.csv | results tally - --format csv`,
    );
  for (const option of displayOptions()) command.addOption(option);
  for (const option of inputOptions()) command.addOption(option);
  command.addOption(
    new Option(
      '--hold-rows <rows>',
      "how far apart, in rows, a contest's rows (and a table's council's contests) may be as output streams: default 100,000; 'all' reads the whole file first",
    ).argParser(holdRows),
  );
  command.addOption(
    new Option('--threads <n>', 'json, ndjson, csv: threads counting a big file in parts (default: one per core; 1: none)').argParser(
      (value) => positiveInteger('--threads', value),
    ),
  );
  command.addOption(
    new Option('--part-bytes <bytes>', 'bytes in each part of a file counted in parallel (tests)')
      .argParser((value) => positiveInteger('--part-bytes', value))
      .hideHelp(),
  );
  return command.action((files: string[], flags: TallyFlags) => runTally(env, files, flags));
}

/**
 * read -> select -> count -> render, one contest at a time. `--previous` needs both elections whole to
 * match them, and `--strict` must refuse a set-aside row before any output, so those read the whole file
 * before the first contest is counted; the contests then take the same path.
 */
async function runTally(env: Env, files: readonly string[], flags: TallyFlags): Promise<void> {
  for (const flag of ['title', 'subtitle', 'date', 'source'] as const) {
    if (flags[flag] !== undefined && flags.format !== 'html') throw new UsageError(`--${flag} is for the results page (--format html)`);
  }
  const resolved = await resolveFlags(flags, env);
  const { registry, read: options } = resolved;
  const sources = await openAll(files, env);
  let builder = new TallyBuilder(flags.shareMethod);
  const contestWarnings: Warning[] = [];
  const outputFor = (comparison?: TallyComparison, outputEnv = env) =>
    tallyOutput(outputEnv, {
      format: flags.format,
      shareMethod: flags.shareMethod,
      sources: sources.map((s) => s.name),
      colour: (party) => registry.colourOf(party),
      color: flags.color,
      raw: flags.raw === true,
      comparison,
      published: { title: flags.title, subtitle: flags.subtitle, date: flags.date, source: flags.source },
      councilTotals: (council) => builder.council(council),
      holdRows: flags.holdRows,
    });
  const count = (output: TallyOutput, contest: Contest) => {
    const counted = builder.add(contest);
    if (counted.warnings.length > 0) append(contestWarnings, counted.warnings);
    output.contest(counted);
  };

  const progress = progressFor(env, sources, flags.quiet === true);
  const reading = { ...options, onProgress: (p: { rows: number; bytes: number }) => progress.update(p) };
  let read: ReadSummary | undefined;
  let output: TallyOutput | undefined;
  let comparisonWarnings: readonly Warning[] = [];
  let warnings: Warning[] = [];
  try {
    if (flags.previous !== undefined || flags.strict === true || flags.corrections !== undefined) {
      let election = await readElection(sources, reading);
      progress.stop();
      if (flags.strict) refuseSetAside(election);
      // Corrections before anything is counted or compared, and every one of them used, before any output.
      if (flags.corrections !== undefined) {
        const corrected = await applyCorrections(election, flags.corrections, resolved, env);
        election = corrected.election;
        comparisonWarnings = corrected.warnings;
      }
      refuseEmptySelection(resolved, election.contests.length);
      const comparison = flags.previous === undefined ? undefined : await compareWithPrevious(election, flags, registry, env);
      comparisonWarnings = [...comparisonWarnings, ...(comparison?.warnings ?? [])];
      output = outputFor(comparison);
      for (const contest of election.contests) count(output, contest);
      read = election;
    } else {
      let outputEnv = env;
      const parallel = parallelRequest(sources, flags, resolved);
      if (parallel !== null) {
        // A big file counted in parts on every core (cli/parallel-tally.ts). When the parts do not fit
        // together, it is read below the ordinary way, which writes on after the bytes already written.
        const { parallelTally, countingOutput, skippingOutput } = parallelTallying();
        const stdout = countingOutput(env.stdout);
        output = outputFor(undefined, { ...env, stdout });
        const outcome = await parallelTally(parallel, builder, output, stdout, reading.onProgress);
        // For tests and for looking into a slow run: which way the file was read, and why.
        if (env.variables.RESULTS_TRACE_PARTS === '1') {
          const how = outcome.counted
            ? `counted in ${outcome.parts} parts (${outcome.byteParts} read as bytes` +
              `${outcome.joins > 0 ? `; ${outcome.joins} joined to the next` : ''}` +
              `${outcome.longerTails > 0 ? `; ${outcome.longerTails} read again with a longer tail` : ''})`
            : `read the ordinary way after ${outcome.written} bytes: ${outcome.reason}`;
          env.stderr.write(`results: ${how}\n`);
        }
        if (outcome.counted) {
          read = outcome.read;
          append(contestWarnings, outcome.contestWarnings);
        } else {
          builder = new TallyBuilder(flags.shareMethod);
          contestWarnings.length = 0;
          outputEnv = { ...env, stdout: skippingOutput(env.stdout, outcome.written) };
        }
      }
      if (read === undefined) {
        if (sources.some(readsBig)) boundHeapGrowth();
        output = outputFor(undefined, outputEnv);
        const contests = readContests(sources, { ...reading, holdRows: flags.holdRows });
        for (;;) {
          const next = await contests.next();
          if (next.done === true) {
            read = next.value;
            break;
          }
          count(output, next.value);
        }
      }
      refuseEmptySelection(resolved, builder.contests);
    }
    warnings = [...read.warnings, ...contestWarnings, ...comparisonWarnings];
    await output!.end(builder, read, warnings);
    env.stdout.flush();
  } catch (error) {
    // Output may have begun (JSON and NDJSON stream once 100,000 rows are held): it must not pass for an
    // answer. A closed pipe has no reader left to tell.
    if (!(error instanceof BrokenPipe)) failOutput(output, error);
    throw error;
  } finally {
    progress.stop();
  }
  if (!flags.quiet) writeWarnings(env, warnings);
}

/** A source a streamed read may take long over: a file of 16 MB or more, or one whose size is not known (stdin, .gz). */
function readsBig(source: Source): boolean {
  return source.path === undefined || (source.size ?? 0) >= 16 << 20;
}

/**
 * V8 lets its heap grow to about four times what was live at the last full collection before it collects
 * again. A one-thread read of a big file keeps 50-130 MB live (the rows held back, HOLD_ROWS, and the councils'
 * totals), so its memory followed V8's growth, not contests: 438 MB peak for 2M rows, 757 MB for 10M. Growing
 * by half instead: 2M rows 438 -> 274 MB, 10M 757 -> 491 MB, for about a fifth more CPU, mostly marking on the
 * core a one-thread read leaves idle (2M rows, interleaved runs: 17.1 -> 18.9 s wall). Not for a read in parts:
 * both cores are busy there, and each worker's heap has a limit of its own (cli/parallel-tally.ts).
 */
function boundHeapGrowth(): void {
  v8().setFlagsFromString('--heap-growing-percent=50');
}

/**
 * Files smaller than this are read on one thread: starting the workers costs more than the parts save (LEAP
 * 2019, 2.2 MB: 0.55 s on one thread, 0.68 s in two parts). With --part-bytes (tests), two parts' worth.
 */
const SMALLEST_PARALLEL_FILE = 4 << 20;

/** The parallel count of a big file, when this run can have it (parallelRefusal says why not). */
function parallelRequest(sources: readonly Source[], flags: TallyFlags, resolved: ResolvedReadOptions): ParallelRequest | null {
  const smallestFile = flags.partBytes === undefined ? SMALLEST_PARALLEL_FILE : 2 * flags.partBytes;
  // The usual small file goes no further: start-up loads nothing for it.
  if (sources.length !== 1 || (sources[0]!.size ?? 0) < smallestFile) return null;
  const { parallelRefusal, defaultThreads, PART_BYTES } = parallelTallying();
  const request = {
    flags,
    format: flags.format,
    shareMethod: flags.shareMethod,
    raw: flags.raw === true,
    read: resolved.read,
    threads: flags.threads ?? defaultThreads(),
    partBytes: flags.partBytes ?? PART_BYTES,
    smallestFile,
    holdRows: flags.holdRows,
  };
  return parallelRefusal(sources, request) === null ? { ...request, source: sources[0]! } : null;
}

/** --hold-rows: a whole number of rows (0: write each contest as soon as the input moves past it), or `all`. */
function holdRows(value: string): number {
  if (value === 'all') return Number.POSITIVE_INFINITY;
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`--hold-rows takes a whole number of rows or "all" (got ${JSON.stringify(value)})`);
  }
  return Number(value);
}

function positiveInteger(option: string, value: string): number {
  const number = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`${option} takes a whole number of at least 1 (got ${JSON.stringify(value)})`);
  }
  return number;
}

function failOutput(output: TallyOutput | undefined, error: unknown): void {
  try {
    output?.fail?.(error);
  } catch {
    // The output cannot be written either (a full disk): the error on stderr and the exit code remain.
  }
}

/** `--previous`: the last-fought baseline (domain-rules.md §4a) and change in share under the same method (§2.3). */
async function compareWithPrevious(election: Election, flags: TallyFlags, registry: PartyRegistry, env: Env): Promise<TallyComparison> {
  const { loadAreaMap } = comparing();
  const previous = await loadElection([flags.previous!], flags, registry, env);
  return compare().comparedWithPrevious(previous, election, {
    shareMethod: flags.shareMethod,
    areaMap: await loadAreaMap(flags.areaMap, env),
  });
}

/** `--corrections FILE` applied to every contest read; a correction that matches nothing is an error (exit 1). */
async function applyCorrections(
  election: Election,
  file: string,
  resolved: ResolvedReadOptions,
  env: Env,
): Promise<{ election: Election; warnings: Warning[] }> {
  const { Corrector, correctionWarning } = require('../../core/corrections') as typeof import('../../core/corrections');
  const { parseCorrectionsFile } = require('../../io/corrections-file') as typeof import('../../io/corrections-file');
  const { ContestSelection } = require('../../core/select') as typeof import('../../core/select');
  // Corrections of contests left out by --council / --area are left out with them.
  const selection = new ContestSelection({ councils: resolved.council, areas: resolved.area });
  const corrections = parseCorrectionsFile(await env.readText(file), file, resolved.registry).filter((c) =>
    selection.selects({ council: c.council, area: c.area }),
  );
  const corrector = new Corrector(corrections);
  const warnings: Warning[] = [];
  const contests = election.contests.map((contest) => {
    const { contest: corrected, applied } = corrector.correct(contest);
    for (const correction of applied) warnings.push(correctionWarning(correction));
    return corrected;
  });
  corrector.refuseUnused();
  return { election: { ...election, contests }, warnings };
}

/** `results tally FILE...`: every contest's count, then party totals. */
import { Command, Option } from 'commander';
import type { ShareMethod } from '../../core/model';
import { tally } from '../../core/tally';
import { contestJson, partyTotalJson, tallyCsv, tallyJson, tallyReport } from '../../report/tally';
import type { Env } from '../env';
import { loadElection, loadRegistry } from '../load';
import { areaMapOption, formatOption, inputOptions, rawOption, shareMethodOption, type InputFlags, type OutputFormat, displayOptions } from '../options';
import { writeReport } from '../render';
import { streamTally } from '../stream-tally';
import type { PreviousCharts } from '../charts';
import { writeWarnings } from '../warnings';
import { contestKey, type Election } from '../../core/model';
import type { TallyComparison } from '../../report/tally';
import type { PartyRegistry } from '../../core/parties';

// Charts (--format html) and the comparison with --previous are loaded when used: a plain tally is the
// election-night command, and its start-up is the whole experience (docs/speed.md).
const charts = () => require('../charts') as typeof import('../charts');
const tallyCharts = () => require('../../format/svg/tally-charts') as typeof import('../../format/svg/tally-charts');
const comparing = () => require('../comparison') as typeof import('../comparison');
const gainsModule = () => require('../../core/gains') as typeof import('../../core/gains');
const swingModule = () => require('../../core/swing') as typeof import('../../core/swing');

interface TallyFlags extends InputFlags {
  format: OutputFormat;
  shareMethod: ShareMethod;
  color: boolean;
  quiet?: boolean;
  raw?: boolean;
  previous?: string;
  areaMap?: string;
  holdRows?: number;
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
    new Option('--hold-rows <rows>', 'rows of finished contests held before JSON output starts streaming (tests)')
      .argParser((value) => Number.parseInt(value, 10))
      .hideHelp(),
  );
  return command.action(async (files: string[], flags: TallyFlags) => {
    // Machine output streams as the file is read (memory follows contests, not rows). A comparison needs
    // both elections whole, and --strict must refuse before any output, so those read the whole file first.
    if ((flags.format === 'json' || flags.format === 'ndjson') && flags.previous === undefined && !flags.strict) {
      return streamTally(env, files, flags, flags.format);
    }
    const registry = await loadRegistry(flags, env);
    const election = await loadElection(files, flags, registry, env);
    const result = tally(election, flags.shareMethod);
    const comparison = flags.previous === undefined ? undefined : await compareWithPrevious(election, flags, registry, env);
    const colour = (party: string) => registry.colourOf(party);
    await writeReport(env, flags.format, flags.color, {
      report: () => tallyReport(result, election, colour, comparison),
      csv: () => tallyCsv(result),
      json: (stream) => tallyJson(result, election, stream, comparison),
      ndjson: () => [
        ...result.contests.map((c) => ({ type: 'contest', ...contestJson(c, comparison) })),
        ...result.parties.map((p) => ({ type: 'party', ...partyTotalJson(p) })),
      ],
      html: () => {
        const { comparisonCharts, tallyChart, tallyChartKinds } = charts();
        return {
          title: `${tallyCharts().tallyScope(result)}: election results`,
          report: tallyReport(result, election, colour, comparison),
          charts: [
            ...tallyChartKinds.map((kind) => tallyChart(kind, result, colour, `chart-${kind}`)),
            ...(comparison === undefined ? [] : comparisonCharts(comparison, colour)),
          ].map((svg) => ({ svg })),
        };
      },
    }, { raw: flags.raw });
    if (!flags.quiet) writeWarnings(env, [...result.warnings, ...(comparison?.warnings ?? [])]);
  });
}

/** `--previous`: the last-fought baseline (domain-rules.md §4a) and change in share under the same method (§2.3). */
async function compareWithPrevious(
  election: Election,
  flags: TallyFlags,
  registry: PartyRegistry,
  env: Env,
): Promise<TallyComparison & PreviousCharts & { warnings: Election['warnings'] }> {
  const previous = await loadElection([flags.previous!], flags, registry, env);
  const matching = await comparing().matchElections(previous, election, flags.areaMap, env);
  const gains = gainsModule().compareGains(matching, election.contests, 'last-fought');
  const shares = swingModule().compareShares(matching, flags.shareMethod);
  return {
    previousSources: previous.sources,
    matching,
    contests: new Map(gains.contests.map((c) => [contestKey(c), { result: c.result, seatChanges: c.seatChanges }])),
    shares: new Map(shares.contests.map((c) => [contestKey(c), c.parties])),
    overallShares: shares.overall.parties,
    seats: gains.parties,
    warnings: [...previous.warnings, ...gains.warnings],
    swing: shares,
    gains,
  };
}

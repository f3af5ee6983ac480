/** `results gains BEFORE AFTER`: seat-by-seat holds and gains, net seats per party, who gained from whom. */
import { Command, Option } from 'commander';
import { UsageError } from '../../errors';
import { baselines, compareGains, type Baseline } from '../../core/gains';
import { gainsCsv, gainsJson, gainsReport } from '../../report/gains';
import type { Env } from '../env';
import { loadElection, loadRegistry } from '../load';
import { formatOption, inputOptions, type InputFlags, type OutputFormat } from '../options';
import { writeReport } from '../render';
import { writeWarnings } from '../warnings';
import { areaMapOption, matchElections, partyInfo } from '../comparison';

interface GainsFlags extends InputFlags {
  format: OutputFormat;
  color: boolean;
  quiet?: boolean;
  baseline: Baseline;
  areaMap?: string;
}

export function gainsCommand(env: Env): Command {
  const command = new Command('gains')
    .description('seat-by-seat hold / gain against a baseline, net change per party, who gained from whom, per council and overall')
    .argument('<before>', 'the results when the seats were last fought (with --baseline eve-of-poll and one file: the new results)')
    .argument('[after]', 'the new results')
    .addOption(formatOption(['table', 'json', 'csv', 'markdown']))
    .addOption(
      new Option('--baseline <baseline>', 'last-fought: against the last time the seats were fought; eve-of-poll: against the defending column')
        .choices(baselines)
        .default('last-fought'),
    )
    .addOption(areaMapOption())
    .option('--no-color', 'no colours in the table')
    .option('-q, --quiet', 'no warnings on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ results gains fixtures/worcester-2012.csv fixtures/worcester-2016.csv
      Battenhall   Conservative   Green   Green gain from Conservative
  $ results gains fixtures/worcester-2016-defending.csv --baseline eve-of-poll
  $ results gains ge2017.csv ge2019.csv --format json | jq '.matrix[0]'`,
    );
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (first: string, second: string | undefined, flags: GainsFlags) => {
    if (second === undefined && flags.baseline === 'last-fought') {
      throw new UsageError('gains needs BEFORE and AFTER (or one file with --baseline eve-of-poll and a defending column)');
    }
    const registry = await loadRegistry(flags, env);
    const previous = second === undefined ? null : await loadElection([first], flags, registry, env);
    const after = await loadElection([second ?? first], flags, registry, env);
    const matching = previous === null ? null : await matchElections(previous, after, flags.areaMap, env);
    if (flags.baseline === 'eve-of-poll' && after.contests.every((c) => c.defending === null)) {
      throw new UsageError(`--baseline eve-of-poll needs a defending column in ${after.sources.join(', ')} (the party defending each seat)`);
    }
    const result = compareGains(flags.baseline === 'eve-of-poll' ? null : matching, after.contests, flags.baseline);
    const warnings = [...(previous?.warnings ?? []), ...after.warnings, ...result.warnings];
    const info = partyInfo(registry);
    const sources = { before: previous?.sources ?? [], after: after.sources };
    const sourcesLine = previous ? `${previous.sources.join(', ')} (before) with ${after.sources.join(', ')} (after)` : `${after.sources.join(', ')}`;
    await writeReport(env, flags.format, flags.color, {
      report: () => gainsReport(result, flags.baseline === 'eve-of-poll' ? null : matching, info, sourcesLine),
      csv: () => gainsCsv(result),
      json: () => gainsJson(result, flags.baseline === 'eve-of-poll' ? null : matching, warnings, info, sources),
      ndjson: () => [],
    });
    if (!flags.quiet) writeWarnings(env, warnings);
  });
}

/** `results gains BEFORE AFTER`: seat-by-seat holds and gains, net seats per party, who gained from whom. */
import { Command } from 'commander';
import type { Baseline } from '../../core/gains';
import { gainsCsv, gainsJson, gainsReport } from '../../report/gains';
import type { Env } from '../env';
import { loadRegistry } from '../load';
import { formatOption, inputOptions, type InputFlags, type OutputFormat, displayOptions } from '../options';
import { writeReport } from '../render';
import { writeWarnings } from '../warnings';
import { areaMapOption, baselineOption, loadGains, partyInfo } from '../comparison';

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
    .addOption(baselineOption())
    .addOption(areaMapOption())
    .addHelpText(
      'after',
      `
Examples:
  $ results gains fixtures/worcester-2012.csv fixtures/worcester-2016.csv
      Battenhall   Conservative   Green   Green gain from Conservative
  $ results gains fixtures/worcester-2016-defending.csv --baseline eve-of-poll
  $ results gains ge2017.csv ge2019.csv --format json | jq '.matrix[0]'`,
    );
  for (const option of displayOptions()) command.addOption(option);
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (first: string, second: string | undefined, flags: GainsFlags) => {
    const registry = await loadRegistry(flags, env);
    const { previous, after, matching, result, warnings } = await loadGains(
      second === undefined ? null : first,
      second ?? first,
      flags,
      registry,
      env,
    );
    const info = partyInfo(registry);
    const sources = { before: previous?.sources ?? [], after: after.sources };
    const sourcesLine = previous
      ? `${previous.sources.join(', ')} (before) with ${after.sources.join(', ')} (after)`
      : `${after.sources.join(', ')}`;
    await writeReport(env, flags.format, flags.color, {
      report: () => gainsReport(result, matching, info, sourcesLine),
      csv: () => gainsCsv(result),
      json: () => gainsJson(result, matching, warnings, info, sources),
    });
    if (!flags.quiet) writeWarnings(env, warnings);
  });
}

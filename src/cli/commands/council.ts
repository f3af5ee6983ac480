/** `results council FILE --before COMPOSITION`: composition after, majority threshold, control and its change. */
import { Command } from 'commander';
import { councilCsv, councilJson, councilReport } from '../../report/council';
import type { Env } from '../env';
import { loadRegistry } from '../load';
import { formatOption, inputOptions, type InputFlags, type OutputFormat, displayOptions } from '../options';
import { writeReport } from '../render';
import { writeWarnings } from '../warnings';
import { areaMapOption, compositionOption, loadCouncils, partyInfo } from '../comparison';

interface CouncilFlags extends InputFlags {
  format: OutputFormat;
  color: boolean;
  quiet?: boolean;
  before: string;
  previous?: string;
  areaMap?: string;
  allOut?: boolean;
}

export function councilCommand(env: Env): Command {
  const command = new Command('council')
    .description('council composition after the election (before − defended + won), majority threshold, control and its change')
    .argument('<file>', 'the results file')
    .addOption(compositionOption().makeOptionMandatory())
    .option(
      '--previous <file>',
      'without a defending column: take seats defended from the winners when the seats were last fought (an assumption, stated)',
    )
    .option('--all-out', 'every seat was up (an all-out election, perhaps on new boundaries): the composition after is the seats won')
    .addOption(formatOption(['table', 'json', 'csv', 'markdown']))
    .addOption(areaMapOption())
    .addHelpText(
      'after',
      `
Examples:
  $ results council fixtures/worcester-2016-defending.csv --before Con=19,Lab=15,Grn=1
      Worcester: Conservative lose to NOC
  $ results council fixtures/worcester-2016.csv --before Con=19,Lab=15,Grn=1 --previous worcester-2012.csv
  $ results council leap-2019.csv --before compositions-2019.csv --format json`,
    );
  for (const option of displayOptions()) command.addOption(option);
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (file: string, flags: CouncilFlags) => {
    const registry = await loadRegistry(flags, env);
    const { election, result, warnings } = await loadCouncils(file, flags, registry, env);
    const info = partyInfo(registry);
    const sources = [...election.sources, ...(flags.previous ? [flags.previous] : [])];
    await writeReport(env, flags.format, flags.color, {
      report: () =>
        councilReport(
          result,
          info,
          `${election.sources.join(', ')}${flags.previous ? ` with ${flags.previous} (previous)` : ''}, composition before from ${flags.before}`,
        ),
      csv: () => councilCsv(result, info),
      json: () => councilJson(result, warnings, info, sources),
    });
    if (!flags.quiet) writeWarnings(env, warnings);
  });
}

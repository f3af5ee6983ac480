/** `results swing BEFORE AFTER`: change in share per party, Butler and Steed swing, per contest and overall. */
import { Command } from 'commander';
import type { ShareMethod } from '../../core/model';
import { swingBetween } from '../../core/compare';
import { swingCsv, swingJson, swingReport } from '../../report/swing';
import type { Env } from '../env';
import { loadElection, loadRegistry } from '../load';
import { formatOption, inputOptions, shareMethodOption, type InputFlags, type OutputFormat, displayOptions } from '../options';
import { writeReport } from '../render';
import { writeWarnings } from '../warnings';
import {
  areaMapOption,
  checkSwingPair,
  loadAreaMap,
  partyInfo,
  sourcesText,
  swingPair,
  swingPairOptions,
  type SwingPairFlags,
} from '../comparison';

interface SwingFlags extends InputFlags, SwingPairFlags {
  format: OutputFormat;
  shareMethod: ShareMethod;
  color: boolean;
  quiet?: boolean;
  areaMap?: string;
}

export function swingCommand(env: Env): Command {
  const command = new Command('swing')
    .description('change in share per party and Butler / Steed swing between two elections, per contest and overall')
    .argument('<before>', 'the earlier results file')
    .argument('<after>', 'the later results file')
    .addOption(formatOption(['table', 'json', 'csv', 'markdown']))
    .addOption(shareMethodOption())
    .addOption(areaMapOption())
    .addHelpText(
      'after',
      `
Examples:
  $ results swing fixtures/worcester-2012.csv fixtures/worcester-2016.csv
      Battenhall: Butler swing 22.7 points from Conservative to Green; Steed swing 35.8 points from Conservative to Green
  $ results swing ge2017.csv ge2019.csv --from Lab --to Con --format json | jq .overall.butler`,
    );
  for (const option of displayOptions()) command.addOption(option);
  for (const option of [...swingPairOptions(), ...inputOptions()]) command.addOption(option);
  return command.action(async (beforeFile: string, afterFile: string, flags: SwingFlags) => {
    checkSwingPair(flags);
    const registry = await loadRegistry(flags, env);
    const before = await loadElection([beforeFile], flags, registry, env);
    const after = await loadElection([afterFile], flags, registry, env);
    const pair = swingPair(flags, registry, [before, after]);
    const { matching, result, warnings } = swingBetween(before, after, {
      shareMethod: flags.shareMethod,
      pair,
      areaMap: await loadAreaMap(flags.areaMap, env),
    });
    const info = partyInfo(registry);
    await writeReport(env, flags.format, flags.color, {
      report: () => swingReport(result, matching, info, sourcesText(before, after)),
      csv: () => swingCsv(result),
      json: () => swingJson(result, matching, warnings, { before: before.sources, after: after.sources }),
    });
    if (!flags.quiet) writeWarnings(env, warnings);
  });
}

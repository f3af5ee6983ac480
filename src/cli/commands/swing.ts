/** `results swing BEFORE AFTER`: change in share per party, Butler and Steed swing, per contest and overall. */
import { Command } from 'commander';
import { UsageError } from '../../errors';
import type { ShareMethod } from '../../core/model';
import { compareShares } from '../../core/swing';
import { swingCsv, swingJson, swingReport } from '../../report/swing';
import type { Env } from '../env';
import { loadElection, loadRegistry } from '../load';
import { formatOption, inputOptions, shareMethodOption, type InputFlags, type OutputFormat } from '../options';
import { writeReport } from '../render';
import { writeWarnings } from '../warnings';
import { areaMapOption, matchElections, namedParty, partyInfo, sourcesText } from '../comparison';

interface SwingFlags extends InputFlags {
  format: OutputFormat;
  shareMethod: ShareMethod;
  color: boolean;
  quiet?: boolean;
  from?: string;
  to?: string;
  areaMap?: string;
}

export function swingCommand(env: Env): Command {
  const command = new Command('swing')
    .description('change in share per party and Butler / Steed swing between two elections, per contest and overall')
    .argument('<before>', 'the earlier results file')
    .argument('<after>', 'the later results file')
    .addOption(formatOption(['table', 'json', 'csv', 'markdown']))
    .addOption(shareMethodOption())
    .option('--from <party>', 'swing between this party and --to (default: the top two parties of each contest)')
    .option('--to <party>', 'the other party of the swing')
    .addOption(areaMapOption())
    .option('--no-color', 'no colours in the table')
    .option('-q, --quiet', 'no warnings on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ results swing fixtures/worcester-2012.csv fixtures/worcester-2016.csv
      Battenhall: Butler swing 22.7 points from Conservative to Green; Steed swing 35.8 points from Conservative to Green
  $ results swing ge2017.csv ge2019.csv --from Lab --to Con --format json | jq .overall.butler`,
    );
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (beforeFile: string, afterFile: string, flags: SwingFlags) => {
    if ((flags.from === undefined) !== (flags.to === undefined)) throw new UsageError('--from and --to go together: name both parties or neither');
    const registry = await loadRegistry(flags, env);
    const before = await loadElection([beforeFile], flags, registry, env);
    const after = await loadElection([afterFile], flags, registry, env);
    const pair: [string, string] | null =
      flags.from !== undefined && flags.to !== undefined
        ? [namedParty('--from', flags.from, registry, [before, after]), namedParty('--to', flags.to, registry, [before, after])]
        : null;
    const matching = await matchElections(before, after, flags.areaMap, env);
    const result = compareShares(matching, flags.shareMethod, pair);
    const warnings = [...before.warnings, ...after.warnings];
    const info = partyInfo(registry);
    await writeReport(env, flags.format, flags.color, {
      report: () => swingReport(result, matching, info, sourcesText(before, after)),
      csv: () => swingCsv(result),
      json: () => swingJson(result, matching, warnings, { before: before.sources, after: after.sources }),
      ndjson: () => [],
    });
    if (!flags.quiet) writeWarnings(env, warnings);
  });
}

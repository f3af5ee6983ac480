/** `results project FILE --swing 'Con:-5,Lab:+5' | --shares 'Con=33,Lab=40'`: seats and control under a swing. */
import { Command, Option } from 'commander';
import { UsageError } from '../../errors';
import type { ShareMethod } from '../../core/model';
import { projectElection, projectionMethods, type ProjectionMethod } from '../../core/project';
import { isInlineComposition, parseCompositionFile, parseInlineComposition } from '../../io/composition';
import { parseSharesSpec, parseSwingSpec } from '../../io/projection-spec';
import { projectCsv, projectJson, projectReport } from '../../report/project';
import { areaMapOption, compositionOption, loadAreaMap, partyInfo } from '../comparison';
import type { Env } from '../env';
import { loadElection, loadRegistry } from '../load';
import { displayOptions, formatOption, inputOptions, shareMethodOption, type InputFlags, type OutputFormat } from '../options';
import { writeReport } from '../render';
import { writeWarnings } from '../warnings';

interface ProjectFlags extends InputFlags {
  format: OutputFormat;
  shareMethod: ShareMethod;
  color: boolean;
  quiet?: boolean;
  swing?: string;
  shares?: string;
  method: ProjectionMethod;
  before?: string;
  previous?: string;
  areaMap?: string;
  allOut?: boolean;
}

export function projectCommand(env: Env): Command {
  const command = new Command('project')
    .description('seats, contests changing hands and majority or control under a uniform or proportional swing')
    .argument('<file>', 'the results file')
    .option('--swing <changes>', "change in national share, points: 'Con:-5,Lab:+5'")
    .option('--shares <shares>', "target national shares, percent: 'Con=33,Lab=40' (the change is target minus the file's share)")
    .addOption(
      new Option('--method <method>', 'uniform (add the change) or proportional (scale by it)')
        .choices(projectionMethods)
        .default('uniform'),
    )
    .addOption(compositionOption())
    .option('--previous <file>', 'with --before and no defending column: seats defended are the winners when last fought')
    .option('--all-out', 'with --before: every seat was up, so the composition after is the seats won')
    .addOption(shareMethodOption())
    .addOption(formatOption(['table', 'json', 'csv', 'markdown']))
    .addOption(areaMapOption())
    .addHelpText(
      'after',
      `
Examples:
  $ results project HoC-GE2019-results-by-candidate.csv --swing 'Con:-5,Lab:+5'
      Bury North: Labour gain from Conservative
  $ results project HoC-GE2019-results-by-candidate.csv --shares 'Con=33,Lab=40' --method proportional
  $ results project fixtures/worcester-2016-defending.csv --swing 'Con:-3,Lab:+3' --before Con=19,Lab=15,Grn=1`,
    );
  for (const option of displayOptions()) command.addOption(option);
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (file: string, flags: ProjectFlags) => {
    if ((flags.swing === undefined) === (flags.shares === undefined)) {
      throw new UsageError("give one of --swing 'Con:-5,Lab:+5' or --shares 'Con=33,Lab=40'");
    }
    if (flags.before === undefined && (flags.previous !== undefined || flags.allOut === true)) {
      throw new UsageError(
        `${flags.previous !== undefined ? '--previous' : '--all-out'} goes with --before (the composition on the eve of poll)`,
      );
    }
    const registry = await loadRegistry(flags, env);
    const swing = flags.swing === undefined ? undefined : parseSwingSpec(flags.swing, registry);
    const shares = flags.shares === undefined ? undefined : parseSharesSpec(flags.shares, registry);
    const compositions =
      flags.before === undefined
        ? []
        : isInlineComposition(flags.before)
          ? [parseInlineComposition(flags.before, registry)]
          : parseCompositionFile(await env.readText(flags.before), flags.before, registry);
    const election = await loadElection([file], flags, registry, env);
    const previous = flags.previous === undefined ? null : await loadElection([flags.previous], flags, registry, env);
    const projection = projectElection(election, {
      method: flags.method,
      shareMethod: flags.shareMethod,
      ...(swing !== undefined ? { swing } : {}),
      ...(shares !== undefined ? { shares } : {}),
      compositions,
      previous,
      areaMap: await loadAreaMap(flags.areaMap, env),
      allOut: flags.allOut === true,
    });
    const info = partyInfo(registry);
    const sources = [...election.sources, ...(previous?.sources ?? [])];
    await writeReport(env, flags.format, flags.color, {
      report: () => projectReport(projection, info, sources),
      csv: () => projectCsv(projection),
      json: () => projectJson(projection, info, sources),
    });
    if (!flags.quiet) writeWarnings(env, projection.warnings);
  });
}

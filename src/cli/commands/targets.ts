/** `results targets FILE --party P`: the seats a party would gain (or lose, --defend) on the smallest swing. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../../errors';
import type { ShareMethod } from '../../core/model';
import { electionTargets, partyInElection } from '../../core/targets';
import { isInlineComposition, parseCompositionFile, parseInlineComposition } from '../../io/composition';
import { targetsCsv, targetsJson, targetsReport } from '../../report/targets';
import { areaMapOption, compositionOption, loadAreaMap, partyInfo } from '../comparison';
import type { Env } from '../env';
import { loadElection, loadRegistry } from '../load';
import { displayOptions, formatOption, inputOptions, shareMethodOption, type InputFlags, type OutputFormat } from '../options';
import { writeReport } from '../render';
import { writeWarnings } from '../warnings';

interface TargetsFlags extends InputFlags {
  format: OutputFormat;
  shareMethod: ShareMethod;
  color: boolean;
  quiet?: boolean;
  party: string;
  top?: number;
  defend?: boolean;
  before?: string;
  previous?: string;
  areaMap?: string;
  allOut?: boolean;
}

/** --top: a whole number of at least 1. */
function topCount(value: string): number {
  const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number of at least 1.');
  return number;
}

export function targetsCommand(env: Env): Command {
  const command = new Command('targets')
    .description('the contests a party would gain on the smallest swing (--defend: lose), and the swing to a majority')
    .argument('<file>', 'the results file')
    .addOption(new Option('--party <party>', 'the party (any spelling the party registry knows: Lab, Labour)').makeOptionMandatory())
    .addOption(new Option('--top <n>', 'only the first N of the list').argParser(topCount))
    .option('--defend', "the party's own seats, ordered by the swing against it that would lose them")
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
  $ results targets HoC-GE2019-results-by-candidate.csv --party Labour --top 10
      Rank  Contest     Holder        ...  Swing needed
      1     Bury North  Conservative  ...  0.11
  $ results targets fixtures/worcester-2016-defending.csv --party Labour --before Con=19,Lab=15,Grn=1
      Labour needs 2 more seats for a majority on Worcester (18 of 35): ...
  $ results targets fixtures/worcester-2016.csv --party Green --defend --format json`,
    );
  for (const option of displayOptions()) command.addOption(option);
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (file: string, flags: TargetsFlags) => {
    if (flags.before === undefined && (flags.previous !== undefined || flags.allOut === true)) {
      throw new UsageError(
        `${flags.previous !== undefined ? '--previous' : '--all-out'} goes with --before (the composition on the eve of poll)`,
      );
    }
    const registry = await loadRegistry(flags, env);
    const compositions =
      flags.before === undefined
        ? []
        : isInlineComposition(flags.before)
          ? [parseInlineComposition(flags.before, registry)]
          : parseCompositionFile(await env.readText(flags.before), flags.before, registry);
    const election = await loadElection([file], flags, registry, env);
    const party = partyInElection(flags.party, registry, election.contests, election.sources);
    const previous = flags.previous === undefined ? null : await loadElection([flags.previous], flags, registry, env);
    const { list, warnings } = electionTargets(election, {
      party,
      kind: flags.defend === true ? 'defend' : 'attack',
      shareMethod: flags.shareMethod,
      compositions,
      previous,
      areaMap: await loadAreaMap(flags.areaMap, env),
      allOut: flags.allOut === true,
    });
    const info = partyInfo(registry);
    const top = flags.top ?? null;
    const sources = [...election.sources, ...(previous?.sources ?? [])];
    await writeReport(env, flags.format, flags.color, {
      report: () => targetsReport(list, top, info, sources),
      csv: () => targetsCsv(list, top),
      json: () => targetsJson(list, top, warnings, info, sources),
    });
    if (!flags.quiet) writeWarnings(env, warnings);
  });
}

/**
 * `results chart KIND FILE...`: one chart as an SVG document on standard output.
 *
 * A command rather than a `--chart FILE.svg` flag on each command: the picture is the output, so it goes
 * where every other output goes (stdout: redirect it, pipe it, or let a script capture it) and the command
 * keeps the one-output rule; the kind is named, not inferred; each kind takes exactly the inputs it needs
 * (the comparison kinds will take `--previous`); and the data commands' options stay about data.
 */
import { Argument, Command } from 'commander';
import type { ShareMethod } from '../../core/model';
import { tally } from '../../core/tally';
import { tallyChart, tallyChartKinds, type TallyChartKind } from '../charts';
import type { Env } from '../env';
import { loadElection, loadRegistry } from '../load';
import { inputOptions, shareMethodOption, type InputFlags } from '../options';
import { writeWarnings } from '../warnings';

interface ChartFlags extends InputFlags {
  shareMethod: ShareMethod;
  quiet?: boolean;
}

export function chartCommand(env: Env): Command {
  const command = new Command('chart')
    .description('draw a chart as SVG on standard output: shares (vote share by party) or seats (seats won, as a parliament chart)')
    .addArgument(new Argument('<kind>', 'the chart to draw').choices(tallyChartKinds))
    .argument('<files...>', 'results files (CSV, .csv.gz, a directory of them, or - for standard input)')
    .addOption(shareMethodOption())
    .option('-q, --quiet', 'no warnings on stderr')
    .addHelpText(
      'after',
      `
Party colours come from the built-in registry; --parties FILE adds parties or overrides their colours.
The SVG has a <title> and <desc>, the numbers written on it, and the same bytes for the same input.

Examples:
  $ results chart shares fixtures/worcester-2016.csv > worcester-shares.svg
  $ results chart seats fixtures/worcester-2016.csv --parties my-colours.csv > worcester-seats.svg`,
    );
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (kind: TallyChartKind, files: string[], flags: ChartFlags) => {
    const registry = await loadRegistry(flags, env);
    const election = await loadElection(files, flags, registry, env);
    const result = tally(election, flags.shareMethod);
    const colour = (party: string) => registry.byCanonicalName(party)?.colour ?? null;
    env.stdout.write(tallyChart(kind, result, colour));
    env.stdout.flush();
    if (!flags.quiet) writeWarnings(env, result.warnings);
  });
}

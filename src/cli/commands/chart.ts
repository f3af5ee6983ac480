/**
 * `results chart KIND FILE...`: one chart as an SVG document on standard output.
 *
 * A command rather than a `--chart FILE.svg` flag on each command: the picture is the output, so it goes
 * where every other output goes (stdout: redirect it, pipe it, or let a script capture it) and the command
 * keeps the one-output rule; the kind is named, not inferred; each kind takes exactly the inputs it needs;
 * and the data commands' options stay about data. What each kind needs is in src/cli/charts.ts.
 */
import { Argument, Command, Option } from 'commander';
import { chartKinds, drawChart, type ChartFlags, type ChartKind } from '../charts';
import { areaMapOption, baselineOption, compositionOption, swingPairOptions } from '../comparison';
import type { Env } from '../env';
import { loadRegistry } from '../load';
import { inputOptions, shareMethodOption } from '../options';
import { writeWarnings } from '../warnings';

export function chartCommand(env: Env): Command {
  const command = new Command('chart')
    .description('draw a chart as SVG on standard output: shares, seats, map, change, gains, swing or council')
    .addArgument(new Argument('<kind>', 'the chart to draw').choices(chartKinds))
    .argument('<files...>', 'results files (CSV, .csv.gz, a directory of them, or - for standard input)')
    .addOption(shareMethodOption())
    .addOption(new Option('--previous <file>', 'change, gains, swing: the earlier election; council: seats defended from its winners'))
    .addOption(baselineOption())
    .addOption(compositionOption())
    .addOption(areaMapOption())
    .option('--title <text>', "the chart's title instead of the default")
    .option('--subtitle <text>', 'the line under the title instead of the default')
    .option('--date <text>', 'the election\'s date as it should read ("3 May 2018"), first in the subtitle')
    .option('--source <text>', 'a source line under the chart ("House of Commons Library")')
    .option('--narrow', 'the phone layout: 340 px wide, text 12 px or more')
    .option('-q, --quiet', 'no warnings on stderr')
    .addHelpText(
      'after',
      `
Kinds:
  shares   vote share by party                      FILE...
  seats    seats won: a parliament chart for one body (with its majority line for a general election),
           bars for seats summed over many councils   FILE...
  map      who won where, on a hex map by ONS code   FILE [--previous OLD] [--council NAME]
           (constituencies 2010-2019, or one council's wards; hex maps © Open Innovations, MIT)
  change   vote share with the change since before   NEW --previous OLD  (or BEFORE AFTER)
  gains    seats gained and lost per party           BEFORE AFTER, NEW --previous OLD, or NEW --baseline eve-of-poll
  swing    swingometer of the overall Butler swing   BEFORE AFTER or NEW --previous OLD  [--from P --to Q]
  council  the council after, with the majority line FILE --before COMPOSITION [--previous OLD]

Party colours come from the built-in registry; --parties FILE adds parties or overrides their colours.
The SVG has a <title> and <desc>, the numbers written on it, and the same bytes for the same input.

Examples:
  $ results chart shares fixtures/worcester-2016.csv > worcester-shares.svg
  $ results chart seats fixtures/worcester-2016.csv --parties my-colours.csv > worcester-seats.svg
  $ results chart change fixtures/worcester-2016.csv --previous fixtures/worcester-2012.csv > battenhall-change.svg
  $ results chart gains fixtures/worcester-2016-defending.csv --baseline eve-of-poll > worcester-gains.svg
  $ results chart swing fixtures/worcester-2012.csv fixtures/worcester-2016.csv > battenhall-swing.svg
  $ results chart council fixtures/worcester-2016-defending.csv --before Con=19,Lab=15,Grn=1 > worcester-council.svg`,
    );
  for (const option of [...swingPairOptions(), ...inputOptions()]) command.addOption(option);
  return command.action(async (kind: ChartKind, files: string[], flags: ChartFlags & { quiet?: boolean }) => {
    const given = (flag: keyof ChartFlags) => flags[flag] !== undefined && command.getOptionValueSource(flag) !== 'default';
    const registry = await loadRegistry(flags, env);
    const { svg, warnings } = await drawChart(kind, files, flags, given, registry, env);
    env.stdout.write(svg);
    env.stdout.flush();
    if (!flags.quiet) writeWarnings(env, warnings);
  });
}

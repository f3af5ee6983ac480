/** `results watch PATH`: results night, the count as it comes in (issue #13). */
import { Command, Option } from 'commander';
import { FailedCheck, UsageError } from '../../errors';
import type { ShareMethod } from '../../core/model';
import { ContestSelection } from '../../core/select';
import { Corrector } from '../../core/corrections';
import { parseCorrectionsFile } from '../../io/corrections-file';
import { isInlineComposition, parseCompositionFile, parseInlineComposition } from '../../io/composition';
import { parseExpectFile } from '../../io/expect-file';
import { partyInfo } from '../../report/comparison';
import { colourLevel, themeFor } from '../colour';
import { areaMapOption, compositionOption, loadAreaMap } from '../comparison';
import type { Env } from '../env';
import { loadElection, resolveFlags } from '../load';
import { displayOptions, inputOptions, shareMethodOption, type InputFlags } from '../options';
import { WatchSession, type WatchFormat } from '../watch-session';

interface WatchFlags extends InputFlags {
  format: WatchFormat;
  shareMethod: ShareMethod;
  color: boolean;
  quiet?: boolean;
  previous?: string;
  before?: string;
  expect?: string;
  areaMap?: string;
  once?: boolean;
  interval: number;
  settle: number;
  corrections?: string;
  html?: string;
}

function milliseconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 10)
    throw new UsageError(`expected a whole number of milliseconds (10 or more), got ${JSON.stringify(value)}`);
  return n;
}

export function watchCommand(env: Env): Command {
  const command = new Command('watch')
    .description('results night: watch a growing CSV or a directory of declarations; live scoreboard, result lines, control, projection')
    .argument('<path>', 'a CSV that grows as declarations are appended, or a directory gaining a file per declaration')
    .addOption(
      new Option('-f, --format <format>', 'table (a screen redrawn in place on a terminal), ndjson (one event a line), json (with --once)')
        .choices(['table', 'ndjson', 'json'])
        .default('table'),
    )
    .option('--once', 'print the scoreboard of what is there now and exit (for scripts and CI)')
    .option('--previous <file>', 'the results when the seats were last fought: gains and losses, the contests to come, the projection')
    .option('--expect <file>', 'the contests to come, a CSV council,ward[,code][,seats][,defending] (instead of those of --previous)')
    .addOption(compositionOption())
    .addOption(shareMethodOption())
    .addOption(areaMapOption())
    .option('--html <file>', 'also keep a self-contained results page in FILE, rewritten at every change (for a browser on the desk)')
    .option('--corrections <file>', 'figures put right on top of every declaration: a CSV council,contest,candidate,field,value,source')
    .addOption(new Option('--interval <ms>', 'look for changes this often, besides fs.watch').argParser(milliseconds).default(500))
    .addOption(new Option('--settle <ms>', 'read a file once it has not changed for this long').argParser(milliseconds).default(300))
    .addHelpText(
      'after',
      `
Examples:
  $ results watch results/ --previous worcester-2012.csv --before Con=19,Lab=15,Grn=1
  $ results watch night.csv --previous ge2017.csv --format ndjson | jq -c 'select(.type == "declared")'
  $ results watch night.csv --previous ge2017.csv --once --format json | jq '.projection'`,
    );
  for (const option of displayOptions()) command.addOption(option);
  for (const option of inputOptions()) command.addOption(option);
  return command.action(async (path: string, flags: WatchFlags) => {
    if (flags.format === 'json' && flags.once !== true)
      throw new UsageError('--format json is one document: use it with --once, or --format ndjson to watch');
    const resolved = await resolveFlags(flags, env);
    const { registry } = resolved;
    const previous = flags.previous === undefined ? null : await loadElection([flags.previous], flags, registry, env);
    // The list of contests to come is chosen by --council / --area like the results and the previous election.
    const selection = new ContestSelection({ councils: resolved.council, areas: resolved.area });
    const expected =
      flags.expect === undefined
        ? null
        : parseExpectFile(await env.readText(flags.expect), flags.expect, registry).filter((c) => selection.selects(c));
    const compositions =
      flags.before === undefined
        ? []
        : isInlineComposition(flags.before)
          ? [parseInlineComposition(flags.before, registry)]
          : parseCompositionFile(await env.readText(flags.before), flags.before, registry);
    const tty = env.stdout.isTTY && flags.format === 'table' && flags.once !== true;
    const session = new WatchSession(env, {
      path,
      read: resolved.read,
      previous: previous?.contests ?? null,
      expected,
      compositions,
      shareMethod: flags.shareMethod,
      areaMap: await loadAreaMap(flags.areaMap, env),
      info: partyInfo(registry),
      format: flags.format,
      theme: await themeFor(colourLevel(env, flags.color && flags.format === 'table'), env),
      // The one place the terminal's height is needed: the screen must fit it.
      screen: tty ? { columns: env.stdout.columns ?? 80, rows: process.stdout.rows ?? 24 } : null,
      interval: flags.interval,
      settle: flags.settle,
      quiet: flags.quiet === true,
      html: flags.html ?? null,
      corrector:
        flags.corrections === undefined
          ? null
          : new Corrector(
              parseCorrectionsFile(await env.readText(flags.corrections), flags.corrections, registry).filter((c) => selection.selects(c)),
            ),
    });
    if (flags.once !== true) return session.live();
    await session.once();
    // A script running --once must not take a scoreboard with declarations left out for a complete one.
    if (session.problems > 0) {
      throw new FailedCheck(
        `${session.problems} problem${session.problems === 1 ? '' : 's'} with the declarations (above): the scoreboard counts the rest`,
      );
    }
  });
}

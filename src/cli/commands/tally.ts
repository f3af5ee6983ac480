/** `results tally FILE...`: every contest's count, then party totals. */
import { Command, Option } from 'commander';
import type { ShareMethod } from '../../core/model';
import type { Warning } from '../../core/model';
import { contestSelector } from '../../core/select';
import { tally, TallyBuilder } from '../../core/tally';
import { layoutNamed } from '../../io/layouts';
import { readElection } from '../../io/read-election';
import { contestJson, partyTotalJson, tallyCsv, tallyJson, tallyJsonHead, tallyJsonTail, tallyReport } from '../../report/tally';
import type { Env } from '../env';
import { loadElection, loadRegistry, noMatch, openAll } from '../load';
import { progressFor } from '../progress';
import { formatOption, inputOptions, shareMethodOption, type InputFlags, type OutputFormat } from '../options';
import { writeReport } from '../render';
import { writeWarnings } from '../warnings';

interface TallyFlags extends InputFlags {
  format: OutputFormat;
  shareMethod: ShareMethod;
  color: boolean;
  quiet?: boolean;
  holdRows?: number;
}

export function tallyCommand(env: Env): Command {
  const command = new Command('tally')
    .description('count every contest: candidates, votes, shares, who was elected, majority, turnout; then party totals')
    .argument('<files...>', 'results files (CSV, .csv.gz, a directory of them, or - for standard input)')
    .addOption(formatOption(['table', 'json', 'csv', 'markdown', 'ndjson']))
    .addOption(shareMethodOption())
    .option('--no-color', 'no colours in the table')
    .option('-q, --quiet', 'no warnings on stderr')
    .addHelpText(
      'after',
      `
Examples:
  $ results tally fixtures/worcester-2016.csv
  $ results tally fixtures/worcester-2016.csv --format json | jq '.parties[0]'
  $ results tally fixtures/warndon-2018.csv --share-method total
  $ cat results.csv | results tally - --format csv`,
    );
  for (const option of inputOptions()) command.addOption(option);
  command.addOption(
    new Option('--hold-rows <rows>', 'rows of finished contests held before JSON output starts streaming (tests)')
      .argParser((value) => Number.parseInt(value, 10))
      .hideHelp(),
  );
  return command.action(async (files: string[], flags: TallyFlags) => {
    if (flags.format === 'json' || flags.format === 'ndjson') return streamTally(env, files, flags);
    const registry = await loadRegistry(flags, env);
    const election = await loadElection(files, flags, registry, env);
    const result = tally(election, flags.shareMethod);
    const colour = (party: string) => registry.byCanonicalName(party)?.colour ?? null;
    await writeReport(env, flags.format, flags.color, {
      report: () => tallyReport(result, election, colour),
      csv: () => tallyCsv(result),
      json: (stream) => tallyJson(result, election, stream),
      ndjson: () => [
        ...result.contests.map((c) => ({ type: 'contest', ...contestJson(c) })),
        ...result.parties.map((p) => ({ type: 'party', ...partyTotalJson(p) })),
      ],
    });
    if (!flags.quiet) writeWarnings(env, result.warnings);
  });
}

/**
 * JSON and NDJSON are written as the file is read: each contest is tallied and written once the input
 * has moved past it, so memory follows the number of contests, not rows (ContestAssembler says how an
 * ungrouped file is handled). The document is the one tallyJson builds, key for key. Nothing is written
 * until the first selected contest, so a --council that matches nothing is an error with empty stdout.
 */
async function streamTally(env: Env, files: string[], flags: TallyFlags): Promise<void> {
  const { JsonWriter, renderNdjson } = require('../../format/json') as typeof import('../../format/json');
  const registry = await loadRegistry(flags, env);
  const sources = await openAll(files, env);
  const write = (text: string) => env.stdout.write(text);
  const builder = new TallyBuilder(flags.shareMethod);
  const selected = contestSelector({ councils: flags.council, areas: flags.area });
  const councilsSeen = new Set<string | null>();
  const contestWarnings: Warning[] = [];
  const json = flags.format === 'json' ? new JsonWriter(write) : null;
  let contests = 0;
  let filtered = 0;
  const onContest = (contest: Parameters<TallyBuilder['add']>[0]) => {
    councilsSeen.add(contest.council);
    if (!selected(contest)) {
      filtered += contest.candidates.length;
      return;
    }
    if (contests === 0 && json !== null) {
      for (const [key, value] of Object.entries(tallyJsonHead(flags.shareMethod, sources.map((s) => s.name)))) json.key(key, value);
      json.beginArray('contests');
    }
    contests += 1;
    const result = builder.add(contest);
    contestWarnings.push(...result.warnings);
    if (json !== null) json.item(contestJson(result));
    else renderNdjson([{ type: 'contest', ...contestJson(result) }], write);
  };
  const progress = progressFor(env, sources, flags.quiet === true);
  let election;
  try {
    election = await readElection(sources, {
      registry,
      layout: flags.inputFormat === undefined ? undefined : layoutNamed(flags.inputFormat),
      encoding: flags.encoding,
      onContest,
      holdRows: flags.holdRows,
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.stop();
  }
  if (contests === 0 && councilsSeen.size > 0) throw noMatch(flags, councilsSeen);
  const summary = builder.finish();
  const warnings = [...election.warnings, ...contestWarnings];
  const rows = { ...election.rows, filtered: election.rows.filtered + filtered };
  if (json !== null) {
    if (contests === 0) {
      for (const [key, value] of Object.entries(tallyJsonHead(flags.shareMethod, sources.map((s) => s.name)))) json.key(key, value);
      json.beginArray('contests');
    }
    json.endArray();
    for (const [key, value] of Object.entries(tallyJsonTail(summary, rows, warnings))) json.key(key, value);
    json.end();
  } else {
    renderNdjson(summary.parties.map((p) => ({ type: 'party', ...partyTotalJson(p) })), write);
  }
  env.stdout.flush();
  if (!flags.quiet) writeWarnings(env, warnings);
}

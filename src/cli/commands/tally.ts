/** `results tally FILE...`: every contest's count, then party totals. */
import { Command } from 'commander';
import type { ShareMethod } from '../../core/model';
import { tally } from '../../core/tally';
import { contestJson, partyTotalJson, tallyCsv, tallyJson, tallyReport } from '../../report/tally';
import type { Env } from '../env';
import { loadElection, loadRegistry } from '../load';
import { formatOption, inputOptions, rawOption, shareMethodOption, type InputFlags, type OutputFormat } from '../options';
import { writeReport } from '../render';
import { writeWarnings } from '../warnings';

interface TallyFlags extends InputFlags {
  format: OutputFormat;
  shareMethod: ShareMethod;
  color: boolean;
  quiet?: boolean;
  raw?: boolean;
}

export function tallyCommand(env: Env): Command {
  const command = new Command('tally')
    .description('count every contest: candidates, votes, shares, who was elected, majority, turnout; then party totals')
    .argument('<files...>', 'results files (CSV, .csv.gz, a directory of them, or - for standard input)')
    .addOption(formatOption(['table', 'json', 'csv', 'markdown', 'ndjson']))
    .addOption(shareMethodOption())
    .addOption(rawOption())
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
  return command.action(async (files: string[], flags: TallyFlags) => {
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
    }, { raw: flags.raw });
    if (!flags.quiet) writeWarnings(env, result.warnings);
  });
}

/** `results check FILE...`: validate results files for CI; exit 1 when any error is found (see core/check). */
import { Command, Option } from 'commander';
import { FailedCheck, UsageError } from '../../errors';
import type { CheckResult } from '../../core/check/check';
import { rules } from '../../core/check/finding';
import type { ShareMethod } from '../../core/model';
import { checkInputs, type CheckOptions } from '../../library/check';
import { resolveReadOptions } from '../../library/read';
import { checkJson, checkSummary, checkText, findingLine } from '../../report/check';
import type { Env } from '../env';
import { readingOptions } from '../load';
import { safeText } from '../../format/safe-text';
import { collect, inputOptions, shareMethodOption, type InputFlags } from '../options';

type CheckFormat = 'text' | 'json' | 'github' | 'junit';

interface CheckFlags extends InputFlags {
  format: CheckFormat;
  shareMethod: ShareMethod;
  previous?: string[];
  against?: string[];
  maxChange?: number;
  maxSwing?: number;
  strict?: boolean;
  ignore: string[];
  only: string[];
}

export function checkCommand(env: Env): Command {
  const command = new Command('check')
    .description(
      'check results files for CI: structure, consistency, party names, plausibility against --previous, agreement with --against',
    )
    .argument('<files...>', 'results files (CSV, .csv.gz, a directory of them, or - for standard input)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github', 'junit']).default('text'))
    .option('--previous <files...>', 'the previous election of the same seats: check contests, share changes and swing against it')
    .option('--against <files...>', 'the same election from another source: report every contest, candidate and vote that differs')
    .option('--max-change <points>', "largest plausible change in a party's share, in points (needs --previous)", points)
    .option('--max-swing <points>', 'largest plausible Butler swing between the top two parties, in points (needs --previous)', points)
    .option('--strict', 'warnings fail the check too')
    .option('--ignore <code>', 'leave out findings with this code (repeatable, or comma-separated)', codes, [])
    .option('--only <code>', 'report only findings with this code (repeatable, or comma-separated)', codes, [])
    .addOption(shareMethodOption())
    .addHelpText(
      'after',
      `
Exit status: 0 no errors (warnings pass unless --strict), 1 errors found, 2 usage.
Codes: ${rules.map((r) => r.code).join(', ')}

Examples:
  $ results check data/*.csv
  $ results check data/*.csv --format github
  $ results check fixtures/worcester-2016.csv --previous worcester-2012.csv --max-swing 20
  $ results check ec-ge2015.csv --against hoc-ge2015.csv --only source-votes-differ`,
    );
  // check has its own --strict (warnings fail the check).
  for (const option of inputOptions({ strict: false })) command.addOption(option);
  return command.action(async (files: string[], flags: CheckFlags) => {
    const options: CheckOptions = {
      ...readingOptions(flags),
      ...(flags.previous !== undefined ? { previous: flags.previous } : {}),
      ...(flags.against !== undefined ? { against: flags.against } : {}),
      ...(flags.maxChange !== undefined ? { maxChange: flags.maxChange } : {}),
      ...(flags.maxSwing !== undefined ? { maxSwing: flags.maxSwing } : {}),
      strict: flags.strict === true,
      only: flags.only,
      ignore: flags.ignore,
      shareMethod: flags.shareMethod,
    };
    // check's --strict means warnings fail; the reading itself collects set-aside rows as findings.
    const resolved = await resolveReadOptions({ ...options, strict: false }, (name) => env.readText(name));
    const result = await checkInputs(files, options, resolved, (input) => env.openSources(input as string));
    writeCheck(env, flags.format, result);
    if (!result.ok) throw new FailedCheck(checkSummary(result));
  });
}

function writeCheck(env: Env, format: CheckFormat, result: CheckResult): void {
  const write = (text: string) => env.stdout.write(text);
  switch (format) {
    case 'text':
      // Findings quote names from the file: control characters and bidi overrides are shown, not obeyed.
      for (const line of checkText(result)) write(`${safeText(line)}\n`);
      break;
    case 'json': {
      const { renderJson } = require('../../format/json') as typeof import('../../format/json');
      renderJson(checkJson(result), write);
      break;
    }
    case 'github': {
      const { renderGithub } = require('../../format/github') as typeof import('../../format/github');
      renderGithub(result.findings, checkSummary(result), write);
      break;
    }
    case 'junit': {
      const { renderJunit } = require('../../format/junit') as typeof import('../../format/junit');
      renderJunit({ rules: result.rules, findings: result.findings, strict: result.strict, line: findingLine }, write);
      break;
    }
  }
  env.stdout.flush();
}

function points(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
    throw new UsageError(`--max-change / --max-swing must be a number of points (0 or more), got ${JSON.stringify(value)}`);
  }
  return number;
}

function codes(value: string, previous: string[]): string[] {
  return value
    .split(',')
    .reduce((list, code) => collect(code.trim(), list), previous)
    .filter((c) => c !== '');
}

/** The `results` program: global settings and the commands. Errors are thrown, never exited on (see main.ts). */
import { Command } from 'commander';
import { chartCommand } from './commands/chart';
import { checkCommand } from './commands/check';
import { councilCommand } from './commands/council';
import { gainsCommand } from './commands/gains';
import { swingCommand } from './commands/swing';
import { tallyCommand } from './commands/tally';
import type { Env } from './env';

// Read at run time so the version has one source: package.json.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

export function createProgram(env: Env): Command {
  const program = new Command('results')
    .description('Election results analyser: winners, majorities, shares, turnout, swing, gains and council control from candidate-level vote files.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ helpWidth: Math.min(env.stdout.columns ?? 100, 100) });
  const commands = [
    tallyCommand(env),
    swingCommand(env),
    gainsCommand(env),
    councilCommand(env),
    checkCommand(env),
    chartCommand(env),
  ];
  for (const command of [program, ...commands]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => env.stdout.write(text),
      writeErr: (text) => env.stderr.write(text),
      // Commander says "error: unknown option '--x'"; we say "results: unknown option '--x'".
      outputError: (text, write) => write(`results: ${text.replace(/^error: /, '')}`),
    });
  }
  for (const command of commands) program.addCommand(command);
  return program;
}

/** The `results` program: global settings and the commands. Errors are thrown, never exited on (see main.ts). */
import { Command } from 'commander';
import type { Env } from './env';

/**
 * The commands, in the order `results --help` lists them, each loaded only when built: a command module
 * imports its core, report and format modules, and start-up is the whole experience of `results tally
 * council.csv` on election night. A run that names a command builds that one alone (see createProgram).
 */
const commandFactories: readonly (readonly [string, (env: Env) => Command])[] = [
  ['tally', (env) => (require('./commands/tally') as typeof import('./commands/tally')).tallyCommand(env)],
  ['swing', (env) => (require('./commands/swing') as typeof import('./commands/swing')).swingCommand(env)],
  ['gains', (env) => (require('./commands/gains') as typeof import('./commands/gains')).gainsCommand(env)],
  ['council', (env) => (require('./commands/council') as typeof import('./commands/council')).councilCommand(env)],
  ['targets', (env) => (require('./commands/targets') as typeof import('./commands/targets')).targetsCommand(env)],
  ['project', (env) => (require('./commands/project') as typeof import('./commands/project')).projectCommand(env)],
  ['check', (env) => (require('./commands/check') as typeof import('./commands/check')).checkCommand(env)],
  ['chart', (env) => (require('./commands/chart') as typeof import('./commands/chart')).chartCommand(env)],
  ['formats', (env) => (require('./commands/formats') as typeof import('./commands/formats')).formatsCommand(env)],
];

/**
 * The command argv names, when its first argument after the program is one: options cannot come before
 * the command (the program's own are --help and --version, which end the run), so the first argument
 * decides. Anything else (`results`, `results --help`, `results help tally`, a misspelt command) builds
 * every command, so help lists them all and commander can suggest the nearest name.
 */
function namedCommand(argv: readonly string[] | undefined): string | null {
  const first = argv?.[2];
  return first !== undefined && commandFactories.some(([name]) => name === first) ? first : null;
}

// Read at run time so the version has one source: package.json.
const { version } = require('../../package.json') as { version: string };

export function createProgram(env: Env, argv?: readonly string[]): Command {
  const program = new Command('results')
    .description(
      'Election results analyser: winners, majorities, shares, turnout, swing, gains and council control from candidate-level vote files.',
    )
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ helpWidth: Math.min(env.stdout.columns ?? 100, 100) });
  const named = namedCommand(argv);
  const commands = commandFactories.filter(([name]) => named === null || name === named).map(([, build]) => build(env));
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

/**
 * The composition root and the one exit point: run the program, turn any error into a message on stderr
 * and an exit code (0 ok, 1 bad data, 2 usage, 3 bug). Commands throw; they never exit.
 */
import { CommanderError } from 'commander';
import { BrokenPipe, ExitCode, ResultsError } from '../errors';
import { safeText } from '../format/safe-text';
import { nodeEnv, type Env } from './env';
import { createProgram } from './program';

export async function run(argv: readonly string[], env: Env = nodeEnv()): Promise<number> {
  try {
    await createProgram(env, argv).parseAsync(argv);
    env.stdout.flush();
    env.stderr.flush();
    return ExitCode.Ok;
  } catch (error) {
    return reportError(error, env);
  }
}

function reportError(error: unknown, env: Env): number {
  try {
    env.stdout.flush();
  } catch {
    // stdout is closed too: nothing more to say there.
  }
  if (error instanceof BrokenPipe) return ExitCode.Ok;
  if (error instanceof CommanderError) {
    // Commander has written its message already (see configureOutput in program.ts); it is still in the
    // stderr buffer until flushed.
    writeError(env, '');
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.Ok;
    return ExitCode.Usage;
  }
  if (error instanceof ResultsError) {
    // results: worcester.csv:14: votes must be a whole number, got "8,87O"
    writeError(env, `results: ${oneLine(error.message)}\n`);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  writeError(env, `results: internal error: this is a bug in results, please report it with the command you ran\n${stack}\n`);
  return ExitCode.Internal;
}

function writeError(env: Env, text: string): void {
  try {
    env.stderr.write(text);
    env.stderr.flush();
  } catch {
    // stderr is closed: the exit code is all that is left.
  }
}

/**
 * Messages are one line: control characters (and bidi overrides) in data quoted into a message cannot
 * break or drive the terminal. The same escaping as the table and markdown output (safeText).
 */
function oneLine(message: string): string {
  return safeText(message);
}

/** The entry point used by bin/results.js, which passes the way to import ES modules (chalk, ora): see nodeEnv. */
export function main(importModule?: (specifier: string) => Promise<unknown>): void {
  run(process.argv, nodeEnv(importModule)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`results: internal error: ${String(error)}\n`);
      process.exitCode = ExitCode.Internal;
    },
  );
}

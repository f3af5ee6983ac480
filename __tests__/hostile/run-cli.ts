/** The CLI harness for the hostile-input tests: the shared one, with the signal that ended the child. */
import { spawnCli, type CliOptions } from '../cli/run-cli';

export { root } from '../cli/run-cli';

export interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function results(args: readonly string[], options: Pick<CliOptions, 'input' | 'timeout'> = {}): Run {
  const run = spawnCli(args, { timeout: 30_000, ...options });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

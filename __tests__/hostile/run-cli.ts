/**
 * The CLI harness for the hostile-input tests: the shared one (cli/run-cli.ts), and for the binary the
 * signal that ended the child. `results` runs in-process (signal is always null there); `spawned` runs
 * the real process, where a crash or a hang shows as a signal or a killed child.
 */
import { runCli, spawnCli, type CliOptions } from '../cli/run-cli';

export { root } from '../cli/run-cli';

export interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export async function results(args: readonly string[], options: Pick<CliOptions, 'input'> = {}): Promise<Run> {
  return { ...(await runCli(args, options)), signal: null };
}

export function spawned(args: readonly string[], options: Pick<CliOptions, 'input' | 'timeout'> = {}): Run {
  const run = spawnCli(args, { timeout: 30_000, ...options });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

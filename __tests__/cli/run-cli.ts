/**
 * Runs the built CLI (`node bin/results.js`) as a child process, the way a user or a script does:
 * chalk and ora are ESM-only and cannot load inside jest, and exit codes and stream separation are
 * only real in a real process. NO_COLOR is set and FORCE_COLOR removed unless a test asks otherwise.
 * The one harness of the CLI tests (the hostile-input tests add the signal to what they check).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
export const realData = path.resolve(root, '../shared/data/real');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  /** Milliseconds before the child is killed (a hang fails the test instead of stalling it). */
  timeout?: number;
}

/** The child process itself, run from the repository root. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): SpawnSyncReturns<string> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return spawnSync(process.execPath, [path.join(root, 'bin/results.js'), ...args], {
    cwd: root,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
}

export function runCli(args: readonly string[], options: CliOptions = {}): CliResult {
  const result = spawnCli(args, options);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `results('tally', 'x.csv')`: runCli with the arguments spelled out. */
export function results(...args: string[]): CliResult {
  return runCli(args);
}

/** Runs a shell pipeline from the repository root (for `| head` cases). */
export function runShell(command: string): CliResult {
  const result = spawnSync('bash', ['-c', command], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

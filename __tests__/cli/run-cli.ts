/**
 * Runs the built CLI (`node bin/results.js`) as a child process, the way a user or a script does:
 * chalk and ora are ESM-only and cannot load inside jest, and exit codes and stream separation are
 * only real in a real process. NO_COLOR is set and FORCE_COLOR removed unless a test asks otherwise.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
export const realData = path.resolve(root, '../shared/data/real');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string | undefined> } = {},
): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [path.join(root, 'bin/results.js'), ...args], {
    cwd: root,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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

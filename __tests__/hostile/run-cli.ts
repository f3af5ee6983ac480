/** Running the built binary as a user would, for the hostile-input tests (chalk is ESM-only: jest cannot load it). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin/results.js');

export interface Run {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function results(args: readonly string[], options: { input?: string | Buffer; timeout?: number } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

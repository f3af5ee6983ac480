/**
 * The one harness of the CLI tests. `runCli` runs the program in-process, `run(argv, env)` from
 * src/cli/main.ts with an Env held in memory: the same parsing, commands, rendering and exit codes as the
 * binary, without starting a node process per test (that was most of the suite's time).
 *
 * The memory env is the binary's environment in a pipe: stdout and stderr are not terminals, NO_COLOR is
 * set unless a test says otherwise, and nothing is taken from this process's environment (the CLI reads
 * variables from the Env only). Its loaders for chalk and ora refuse: those are ES modules, which jest's
 * CommonJS runtime cannot load, and a run in a pipe never colours or spins, so a test that reaches them
 * has asked for something only the real process can show.
 *
 * `spawnCli` / `runSpawned` run the built binary (`node bin/results.js`, `npm run build` first) for what
 * only a real process has: its exit status and signal, a reader closing the pipe, colours (chalk), the
 * spinner (ora), and the start-up of `--help` and `--version`.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import type { Source } from '../../src/io/read-election';
import { nodeEnv, type Env } from '../../src/cli/env';
import { run } from '../../src/cli/main';
import { memoryOutput } from '../../src/cli/output';

export const root = path.resolve(__dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Standard input, read by the file name "-". */
  input?: string | Buffer;
  /** Variables added to (or, when undefined, removed from) the run's environment. */
  env?: Record<string, string | undefined>;
  /** Milliseconds before the child is killed (a hang fails the test instead of stalling it). Spawned runs only. */
  timeout?: number;
}

/** The variables a run sees: NO_COLOR and FORCE_COLOR as a pipe to a script has them, plus the test's own. */
function variables(base: Record<string, string | undefined>, extra: CliOptions['env']): Record<string, string> {
  const env: Record<string, string | undefined> = { ...base, NO_COLOR: '1', ...extra };
  if (!extra || !('FORCE_COLOR' in extra)) delete env.FORCE_COLOR;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as Record<string, string>;
}

function refuse(library: string): () => Promise<never> {
  return () =>
    Promise.reject(new Error(`${library} loaded in an in-process run: test colour and the spinner with spawnCli (a real process)`));
}

/**
 * An Env in memory: files are read from disk as the binary reads them (relative to the repository root),
 * "-" is `input`, output is collected. Built afresh for every run, so nothing carries from one run to the next.
 */
export function memoryEnv(
  options: Pick<CliOptions, 'input' | 'env'> = {},
): Env & { out: ReturnType<typeof memoryOutput>; err: ReturnType<typeof memoryOutput> } {
  const files = nodeEnv();
  const out = memoryOutput();
  const err = memoryOutput();
  const input = Buffer.from(options.input ?? '');
  return {
    stdout: out,
    stderr: err,
    out,
    err,
    variables: variables({}, options.env),
    async openSources(name: string): Promise<Source[]> {
      if (name !== '-') return files.openSources(name);
      return [
        {
          name: '-',
          chunks: (async function* () {
            if (input.length > 0) yield input;
          })(),
        },
      ];
    },
    readText: (name) => files.readText(name),
    load: { chalk: refuse('chalk'), ora: refuse('ora') },
  };
}

/** Runs `results ARGS...` in-process; file names relative to the repository root, as the spawned runs are. */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  if (options.timeout !== undefined) throw new Error('runCli runs in-process: a timeout needs spawnCli');
  // Relative paths in arguments and in messages are the repository's, as for a user at its root.
  if (process.cwd() !== root) process.chdir(root);
  const env = memoryEnv(options);
  const status = await run(['node', 'results', ...args], env);
  return { status, stdout: env.out.text(), stderr: env.err.text() };
}

/** `await results('tally', 'x.csv')`: runCli with the arguments spelled out. */
export function results(...args: string[]): Promise<CliResult> {
  return runCli(args);
}

/** The child process itself, run from the repository root. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(root, 'bin/results.js'), ...args], {
    cwd: root,
    input: options.input ?? '',
    env: variables(process.env, options.env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
}

/** The binary's status and output, the shape runCli gives. */
export function runSpawned(args: readonly string[], options: CliOptions = {}): CliResult {
  const result = spawnCli(args, options);
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

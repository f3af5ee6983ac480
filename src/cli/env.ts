/**
 * Env: everything the CLI takes from the process (output streams, environment variables, files), built
 * once in `nodeEnv()`. Commands receive it; nothing below `src/cli` touches the process.
 */
import { fstatSync } from 'node:fs';
import type { Source } from '../io/read-election';
import { openInput, readTextFile } from '../io/sources';
import { fdOutput, type Output } from './output';

export interface Env {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly variables: Readonly<Record<string, string | undefined>>;
  /** Opens a results file, a directory of them, or standard input ("-") as byte streams. */
  openSources(name: string): Promise<Source[]>;
  readText(name: string): Promise<string>;
  /**
   * Loads the ESM-only terminal libraries, only when a run needs one (colour on; a spinner about to show).
   * From the process in `nodeEnv()`; an env for in-process tests gives loaders that refuse, since jest's
   * CommonJS runtime cannot load ES modules and those runs never colour or spin.
   */
  readonly load: TerminalLibraries;
}

export interface TerminalLibraries {
  chalk(): Promise<ChalkModule>;
  ora(): Promise<OraModule>;
}

/** What the CLI uses of chalk (an ES module: its types are written here, checked against it where it is imported). */
export interface ChalkModule {
  readonly Chalk: new (options: { level: 0 | 1 | 2 | 3 }) => {
    hex(colour: string): (text: string) => string;
    bold(text: string): string;
    dim(text: string): string;
    yellow(text: string): string;
  };
}

/** What the CLI uses of ora. */
export interface OraModule {
  readonly default: (options: { text: string; stream: NodeJS.WritableStream; discardStdin: boolean }) => {
    start(): { text: string; stop(): unknown };
  };
}

/**
 * `importModule` loads an ES module by name. The default is `import()` from here; bin/results.js passes its
 * own, because it runs the CLI from the bundle compiled with a V8 code cache (vm.Script), where Node 20
 * allows no `import()` without --experimental-vm-modules.
 */
export function nodeEnv(importModule?: (specifier: string) => Promise<unknown>): Env {
  const load: TerminalLibraries = importModule
    ? { chalk: () => importModule('chalk') as Promise<ChalkModule>, ora: () => importModule('ora') as Promise<OraModule> }
    : { chalk: () => import('chalk'), ora: () => import('ora') };
  const stdout = terminal(1);
  const stderr = terminal(2);
  return {
    stdout: fdOutput(1, stdout.isTTY, stdout.columns),
    stderr: fdOutput(2, stderr.isTTY, stderr.columns),
    variables: process.env,
    openSources: (name) => openInput(name, name === '-' ? process.stdin : undefined),
    load,
    readText: readTextFile,
  };
}

/**
 * Whether a descriptor is a terminal, and how wide. process.stdout and stderr are streams Node makes when first
 * asked for, and node:tty loads node:net and the stream modules (about 6 ms of a 90 ms start): a file or a pipe
 * is not a character device, so only a character device (a terminal, or /dev/null) is asked of node:tty.
 */
function terminal(fd: 1 | 2): { isTTY: boolean; columns: number | null } {
  let device: boolean;
  try {
    device = fstatSync(fd).isCharacterDevice();
  } catch {
    // A closed descriptor: not a terminal (a write to it fails as any write does).
    device = false;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  if (!device || !(require('node:tty') as typeof import('node:tty')).isatty(fd)) return { isTTY: false, columns: null };
  return { isTTY: true, columns: (fd === 1 ? process.stdout : process.stderr).columns ?? null };
}

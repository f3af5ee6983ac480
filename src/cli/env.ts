/**
 * Env: everything the CLI takes from the process (output streams, environment variables, files), built
 * once in `nodeEnv()`. Commands receive it; nothing below `src/cli` touches the process.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { createGunzip } from 'node:zlib';
import path from 'node:path';
import { InputError } from '../errors';
import type { Source } from '../io/read-election';
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

export function nodeEnv(): Env {
  return {
    stdout: fdOutput(1, process.stdout.isTTY === true, process.stdout.columns ?? null),
    stderr: fdOutput(2, process.stderr.isTTY === true, process.stderr.columns ?? null),
    variables: process.env,
    openSources,
    load: { chalk: () => import('chalk'), ora: () => import('ora') },
    async readText(name) {
      try {
        return await fs.readFile(name, 'utf8');
      } catch (error) {
        throw unreadable(name, error);
      }
    },
  };
}

async function openSources(name: string): Promise<Source[]> {
  if (name === '-') return [{ name: '-', chunks: process.stdin }];
  let stats;
  try {
    stats = await fs.stat(name);
  } catch (error) {
    throw unreadable(name, error);
  }
  if (stats.isDirectory()) {
    let entries;
    try {
      entries = await fs.readdir(name);
    } catch (error) {
      throw unreadable(name, error);
    }
    const files = entries.filter((entry) => /\.csv(\.gz)?$/i.test(entry)).sort();
    if (files.length === 0) throw new InputError(name, 'directory holds no .csv or .csv.gz files');
    return files.map((entry) => fileSource(path.join(name, entry)));
  }
  return [fileSource(name, /\.gz$/i.test(name) ? undefined : stats.size)];
}

function fileSource(name: string, size?: number): Source {
  return { name, chunks: readChunks(name), size };
}

async function* readChunks(name: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(name, { highWaterMark: 1 << 20 });
  let chunks: AsyncIterable<Uint8Array> = stream;
  if (/\.gz$/i.test(name)) {
    const gunzip = createGunzip();
    stream.on('error', (error) => gunzip.destroy(error));
    chunks = stream.pipe(gunzip);
  }
  try {
    for await (const chunk of chunks) yield chunk;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw new InputError(name, 'not a valid gzip file');
    throw unreadable(name, error);
  }
}

/** A file-system error as one line: "results: x.csv: cannot read: no such file". */
function unreadable(name: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links (a link loop?)',
    ENOTDIR: 'a part of the path is not a directory',
    ENAMETOOLONG: 'file name too long',
    EMFILE: 'too many open files',
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new InputError(name, `cannot read: ${reason}`);
}

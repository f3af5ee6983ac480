/**
 * Opening what an election is read from, as byte streams (Sources): a file (`.gz` decompressed), a directory
 * of them, standard input, CSV text or bytes in memory, or a readable stream. The one module of `src/io` that
 * touches the file system: the CLI (through its Env) and the library open files here, so a path means the
 * same to both.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors';
import type { Source } from './read-election';
import { append } from '../core/arrays';

/**
 * What `readElection` takes: a path (a file or a directory of `.csv` / `.csv.gz` files), CSV bytes (a Buffer
 * or Uint8Array), `{ text, name? }` for CSV text in memory, or a readable stream / async iterable of bytes.
 * A plain string is always a path: CSV text goes in `{ text }`, so a file name can never be read as data.
 */
export type ElectionInput =
  | string
  | Uint8Array
  | { readonly text: string; readonly name?: string }
  | { readonly bytes: Uint8Array | AsyncIterable<Uint8Array>; readonly name?: string }
  | NodeJS.ReadableStream
  | AsyncIterable<Uint8Array>;

/** The sources of one input; `stdin` is what "-" reads (the CLI's standard input). */
export async function openInput(input: ElectionInput, stdin?: AsyncIterable<Uint8Array>): Promise<Source[]> {
  if (typeof input === 'string') {
    if (input === '-' && stdin !== undefined) return [{ name: '-', chunks: stdin }];
    return openPath(input);
  }
  if (input instanceof Uint8Array) return [{ name: '(bytes)', chunks: once(input), size: input.byteLength }];
  if ('text' in input) {
    const bytes = Buffer.from(input.text, 'utf8');
    return [{ name: input.name ?? '(text)', chunks: once(bytes), size: bytes.byteLength }];
  }
  if ('bytes' in input) {
    const bytes = input.bytes;
    return [{ name: input.name ?? '(bytes)', chunks: bytes instanceof Uint8Array ? once(bytes) : bytes }];
  }
  if (Symbol.asyncIterator in input) return [{ name: '(stream)', chunks: input as AsyncIterable<Uint8Array> }];
  return [{ name: '(stream)', chunks: Readable.from(input as NodeJS.ReadableStream) as AsyncIterable<Uint8Array> }];
}

/** Every input in turn ("-", standard input, can be read once only). */
export async function openInputs(inputs: readonly ElectionInput[], stdin?: AsyncIterable<Uint8Array>): Promise<Source[]> {
  if (inputs.filter((input) => input === '-').length > 1) throw new InputError('-', 'standard input ("-") can be read only once');
  const sources: Source[] = [];
  for (const input of inputs) append(sources, await openInput(input, stdin));
  return sources;
}

/** A file, or a directory's `.csv` and `.csv.gz` files in name order. */
export async function openPath(name: string): Promise<Source[]> {
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

/** A small text file (a party list, a column map, compositions) as a string. */
export async function readTextFile(name: string): Promise<string> {
  try {
    return await fs.readFile(name, 'utf8');
  } catch (error) {
    throw unreadable(name, error);
  }
}

function fileSource(name: string, size?: number): Source {
  return { name, chunks: readChunks(name), size };
}

function once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  return Readable.from([bytes], { objectMode: true }) as AsyncIterable<Uint8Array>;
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

/**
 * Opening what an election is read from, as byte streams (Sources): a file (`.gz` decompressed), a directory
 * of them, standard input, CSV text or bytes in memory, or a readable stream. The one module of `src/io` that
 * touches the file system: the CLI (through its Env) and the library open files here, so a path means the
 * same to both.
 */
import { close, createReadStream, open, read, readFile, readdir, realpath, stat } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import type { Gunzip } from 'node:zlib';
import { InputError } from '../errors';
import type { Source } from './read-election';
import { append } from '../core/arrays';

/**
 * Node's callback file functions, awaited. The CLI's start is most of a small file's run, and `fs.promises` and
 * read streams each load modules of their own (node:stream, the promise API: about 8 ms of a 90 ms start); the
 * callback functions are part of node:fs, which Node has loaded already.
 */
const fsAwaited = {
  stat: promisify(stat),
  readdir: promisify(readdir),
  realpath: promisify(realpath),
  readFile: promisify(readFile),
  open: promisify(open),
  read: promisify(read),
};

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
  // A stream without async iteration (an old-style one): Node's stream module, loaded only for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- every start paid for node:stream when it was imported
  const { Readable: Stream } = require('node:stream') as { Readable: typeof Readable };
  return [{ name: '(stream)', chunks: Stream.from(input as NodeJS.ReadableStream) as AsyncIterable<Uint8Array> }];
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
    stats = await fsAwaited.stat(name);
  } catch (error) {
    throw unreadable(name, error);
  }
  if (stats.isDirectory()) return openDirectory(name);
  return [fileSource(name, /\.gz$/i.test(name) ? undefined : stats.size)];
}

/**
 * A directory's `.csv` and `.csv.gz` files, in name order. Only what is in the directory is read: hidden
 * files (`._x.csv` from macOS, `.x.csv`) are skipped, and so is a link that leads out of it (`x.csv ->
 * /etc/passwd`); other files and subdirectories are not read either. What was skipped, and why, is said
 * once in a note, so nothing in the folder is left out silently.
 */
async function openDirectory(name: string): Promise<Source[]> {
  let entries;
  let inside: string;
  try {
    entries = await fsAwaited.readdir(name, { withFileTypes: true });
    inside = await fsAwaited.realpath(name);
  } catch (error) {
    throw unreadable(name, error);
  }
  const files: string[] = [];
  const skipped: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const results = /\.csv(\.gz)?$/i.test(entry.name);
    if (entry.name.startsWith('.')) skipped.push(`${entry.name} (hidden)`);
    else if (entry.isSymbolicLink() && results && !(await leadsInside(path.join(name, entry.name), inside))) {
      skipped.push(`${entry.name} (a link out of the directory)`);
    } else if (results) files.push(entry.name);
    else if (entry.isDirectory()) skipped.push(`${entry.name}/ (a subdirectory: name it to read it)`);
    else skipped.push(`${entry.name} (not .csv or .csv.gz)`);
  }
  const note =
    skipped.length === 0
      ? undefined
      : `${name}: ${skipped.length === 1 ? '1 entry' : `${skipped.length} entries`} not read: ${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? `, and ${skipped.length - 5} more` : ''}`;
  if (files.length === 0)
    throw new InputError(name, `directory holds no .csv or .csv.gz files${note === undefined ? '' : ` (${note.slice(name.length + 2)})`}`);
  return files.map((entry, i) => ({ ...fileSource(path.join(name, entry)), ...(i === 0 && note !== undefined ? { note } : {}) }));
}

/** Whether a link resolves to a file inside `directory` (already resolved); a broken link or loop is left to the reader's error. */
async function leadsInside(link: string, directory: string): Promise<boolean> {
  let target: string;
  try {
    target = await fsAwaited.realpath(link);
  } catch {
    return true;
  }
  const relative = path.relative(directory, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** A small text file (a party list, a column map, compositions) as a string. */
export async function readTextFile(name: string): Promise<string> {
  try {
    return await fsAwaited.readFile(name, 'utf8');
  } catch (error) {
    throw unreadable(name, error);
  }
}

/**
 * A file is read in blocks of this many bytes; the contests finished within one block are handed on when it has
 * been read (readContests), which is how much of the output a run that fails part-way has written.
 */
export const READ_BLOCK_BYTES = 1 << 20;

function fileSource(name: string, size?: number): Source {
  return { name, chunks: readChunks(name), size, ...(/\.gz$/i.test(name) ? {} : { path: name }) };
}

// eslint-disable-next-line @typescript-eslint/require-await -- bytes in memory: an async iterable with nothing to wait for
async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** A file's bytes, in blocks of READ_BLOCK_BYTES (a new buffer each: a block handed on may still be in use). */
async function* fileBlocks(name: string): AsyncGenerator<Uint8Array> {
  const fd = await fsAwaited.open(name, 'r');
  try {
    for (;;) {
      const block = Buffer.allocUnsafe(READ_BLOCK_BYTES);
      const { bytesRead: length } = await fsAwaited.read(fd, block, 0, block.length, null);
      if (length === 0) return;
      yield length === block.length ? block : block.subarray(0, length);
    }
  } finally {
    close(fd, () => undefined);
  }
}

async function* readChunks(name: string): AsyncGenerator<Uint8Array> {
  let chunks: AsyncIterable<Uint8Array>;
  /** Compressed bytes handed to the inflater so far (in blocks of up to 1 MB). */
  let fed = 0;
  if (/\.gz$/i.test(name)) {
    const stream = createReadStream(name, { highWaterMark: READ_BLOCK_BYTES });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only for a compressed file: every start paid for it
    const gunzip: Gunzip = (require('node:zlib') as typeof import('node:zlib')).createGunzip();
    stream.on('data', (chunk: Buffer | string) => (fed += chunk.length));
    stream.on('error', (error) => gunzip.destroy(error));
    chunks = stream.pipe(gunzip);
  } else chunks = fileBlocks(name);
  try {
    for await (const chunk of chunks) yield chunk;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // Where in the compressed file the inflater stopped: a truncated download and a corrupt byte read alike otherwise.
    const bytes = fed.toLocaleString('en-GB');
    if (code === 'Z_BUF_ERROR') throw new InputError(name, `not a valid gzip file: it ends mid-stream after ${bytes} bytes (truncated?)`);
    if (code === 'Z_DATA_ERROR') throw new InputError(name, `not a valid gzip file: corrupt data within the first ${bytes} bytes`);
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

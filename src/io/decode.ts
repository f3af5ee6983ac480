/**
 * Bytes to text. UTF-8 with or without a byte-order mark is the norm; UTF-16 is read when it starts with
 * its BOM; Windows-1252 (Excel's "CSV" on Windows: the Electoral Commission and Commons Library 1918-2017
 * files) is chosen with `--encoding windows-1252` or detected when the first block with a byte above ASCII is not
 * valid UTF-8.
 */
import { TextDecoder } from 'node:util';
import { isAscii, isUtf8 } from 'node:buffer';
import { DataError, InputError } from '../errors';

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export const encodings: readonly Encoding[] = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'];

export interface DecodedChunk {
  readonly text: string;
}

export interface DecodeResult {
  /** The encoding used, and whether it was detected rather than given. */
  encoding: Encoding;
  detected: boolean;
}

/**
 * Decodes a stream of byte chunks into text chunks. A NUL byte means the file is binary (or UTF-16 without
 * a BOM) and is refused. Invalid UTF-8 after the first block is an error naming the line, since by then
 * text has already been read as UTF-8.
 */
export async function* decodeChunks(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
  requested: Encoding | null,
  result: DecodeResult,
): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let linesSoFar = 1;
  let first = true;
  for await (const chunk of chunks) {
    if (decoder === null) {
      const startsWithBom =
        first && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
      const high = chunk.findIndex((byte) => byte >= 0x80);
      if (requested === null && !startsWithBom && high === -1 && chunk.indexOf(0) === -1) {
        // Plain ASCII reads the same in every encoding we detect: decide at the first byte that is not
        // (the 1918-2017 file's first Windows-1252 byte is 1.7 MB in, far past the first block).
        first = false;
        linesSoFar += countLF(chunk);
        const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
        if (text) yield text;
        continue;
      }
      const encoding = requested ?? (first ? sniff(chunk) : sniff(chunk.subarray(Math.max(0, high))));
      result.encoding = encoding;
      result.detected = requested === null;
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: !first });
      first = false;
    }
    if (result.encoding !== 'utf-16le' && result.encoding !== 'utf-16be') refuseNul(file, chunk, linesSoFar);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw invalidText(file, linesSoFar + firstInvalidLine(chunk), result.encoding);
    }
    linesSoFar += countLF(chunk);
    if (text) yield text;
  }
  if (decoder !== null) {
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      throw invalidText(file, linesSoFar, result.encoding);
    }
    if (rest) yield rest;
  }
}

/**
 * Picks the encoding from the first block holding a byte above ASCII: a BOM decides; else UTF-8 if it
 * decodes, else Windows-1252.
 */
function sniff(chunk: Uint8Array): Encoding {
  if (chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
  if (chunk[0] === 0xfe && chunk[1] === 0xff) return 'utf-16be';
  try {
    // A multi-byte character cut at the end of the block is not an error: decode in streaming mode.
    new TextDecoder('utf-8', { fatal: true }).decode(chunk, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function invalidText(file: string, line: number, encoding: Encoding): DataError {
  return new DataError(
    { file, line },
    encoding === 'utf-8'
      ? `invalid UTF-8 text; if the file is from Excel on Windows, try --encoding windows-1252`
      : `invalid ${encoding} text`,
    'unreadable-file',
  );
}

/** A NUL byte: binary data, or UTF-16 without a byte-order mark; never text we can read. */
function refuseNul(file: string, chunk: Uint8Array, linesSoFar: number): void {
  const nul = chunk.indexOf(0);
  if (nul === -1) return;
  throw new InputError(
    `${file}:${linesSoFar + countLF(chunk.subarray(0, nul))}`,
    `not a text file: found a NUL byte (binary data, or UTF-16 without a byte-order mark)`,
    { code: 'unreadable-file' },
  );
}

function countLF(bytes: Uint8Array): number {
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  return lines;
}

/** The 0-based line offset of the first byte sequence that is not UTF-8, within one block. */
function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
    try {
      decoder.decode(bytes.subarray(start, i + 1), { stream: true });
    } catch {
      return lines;
    }
    start = i + 1;
    lines++;
  }
  return lines;
}

/**
 * The same decoding as `decodeChunks`, but as UTF-8 bytes for the byte-level CSV scanner. UTF-8 input
 * (the usual case) is only checked, not decoded: `isUtf8` validates a chunk at native speed, the BOM is
 * dropped, and a character cut by the chunk's end is held back for the next chunk so each check sees
 * whole characters. Other encodings are decoded to text and encoded again. Errors are those of
 * `decodeChunks`, with the same messages and lines.
 */
export async function* utf8Chunks(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
  requested: Encoding | null,
  result: DecodeResult,
): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const encoding = requested ?? sniff(first.value);
  const rest: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => ({
      next: () => iterator.next(),
      return: async () => (await iterator.return?.()) ?? { done: true, value: undefined },
    }),
  };
  if (encoding !== 'utf-8') {
    for await (const text of decodeChunks(file, prepend(first.value, rest), requested, result)) yield Buffer.from(text, 'utf8');
    return;
  }
  result.encoding = 'utf-8';
  result.detected = requested === null;
  let linesSoFar = 1;
  let held: Uint8Array | null = null;
  let start = true;
  // Until a byte above ASCII is seen, the text reads the same in UTF-8 and Windows-1252: the decision waits
  // for the first such byte (the 1918-2017 file's first Windows-1252 byte is 1.7 MB in).
  let highSeen = false;
  const all = prepend(first.value, rest)[Symbol.asyncIterator]();
  for (let next = await all.next(); !next.done; next = await all.next()) {
    let chunk: Uint8Array = next.value;
    if (chunk.length === 0) continue;
    refuseNul(file, chunk, linesSoFar);
    if (held !== null) {
      chunk = Buffer.concat([held, chunk]);
      held = null;
    }
    if (start) {
      if (chunk.length < 3 && chunk.length > 0 && isBomPrefix(chunk)) {
        held = chunk;
        continue;
      }
      start = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    const whole = wholeCharacters(chunk);
    const body = whole === chunk.length ? chunk : chunk.subarray(0, whole);
    if (!isUtf8(body)) {
      if (requested === null && !highSeen) {
        // The first text above ASCII is not UTF-8: the file is Windows-1252 from here (and the same before).
        const remaining: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => all };
        for await (const text of decodeChunks(file, prepend(chunk, remaining), 'windows-1252', result)) yield Buffer.from(text, 'utf8');
        result.detected = true;
        return;
      }
      throw invalidText(file, linesSoFar + firstInvalidLine(body), 'utf-8');
    }
    if (!highSeen && !isAscii(body)) highSeen = true;
    if (whole < chunk.length) held = Buffer.from(chunk.subarray(whole));
    linesSoFar += countLF(body);
    if (body.length > 0) yield body;
  }
  if (held !== null) throw invalidText(file, linesSoFar, 'utf-8');
}

async function* prepend(first: Uint8Array, rest: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield first;
  yield* rest;
}

function isBomPrefix(bytes: Uint8Array): boolean {
  const bom = [0xef, 0xbb, 0xbf];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== bom[i]) return false;
  return true;
}

/** The length of the longest prefix that does not end inside a multi-byte character. */
function wholeCharacters(bytes: Uint8Array): number {
  const length = bytes.length;
  // Look back over at most three continuation bytes (10xxxxxx) for the lead byte of the last character.
  for (let back = 1; back <= 4 && back <= length; back++) {
    const byte = bytes[length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const width = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return width > back ? length - back : length;
  }
  return length;
}

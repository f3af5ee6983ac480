/**
 * Bytes to text. UTF-8 with or without a byte-order mark is the norm; UTF-16 is read when it starts with
 * its BOM; Windows-1252 (Excel's "CSV" on Windows: the Electoral Commission and Commons Library 1918-2017
 * files) is chosen with `--encoding windows-1252` or detected when the first block is not valid UTF-8.
 */
import { TextDecoder } from 'node:util';
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
  for await (const chunk of chunks) {
    if (decoder === null) {
      const encoding = requested ?? sniff(chunk);
      result.encoding = encoding;
      result.detected = requested === null;
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
    }
    if (result.encoding !== 'utf-16le' && result.encoding !== 'utf-16be') {
      const nul = chunk.indexOf(0);
      if (nul !== -1) {
        throw new InputError(
          `${file}:${linesSoFar + countLF(chunk.subarray(0, nul))}`,
          `not a text file: found a NUL byte (binary data, or UTF-16 without a byte-order mark)`,
          { code: 'unreadable-file' },
        );
      }
    }
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

/** Picks the encoding from the first block: a BOM decides; else UTF-8 if it decodes, else Windows-1252. */
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

/**
 * Writing to stdout and stderr synchronously through the file descriptor, in blocks. Synchronous writes
 * keep memory flat however large the output (the writer waits for the reader), and a reader that closes
 * the pipe (`| head`) surfaces at once as EPIPE, which ends the run quietly with exit 0 (BrokenPipe). Any other
 * write error (a full disk: ENOSPC) is an OutputError, one line and exit 1, never an internal error.
 */
import { writeSync } from 'node:fs';
import { BrokenPipe, OutputError } from '../errors';

export interface Output {
  write(text: string): void;
  /** UTF-8 text already encoded (a worker thread's contests): written after everything written before it. */
  writeBytes(bytes: Uint8Array): void;
  flush(): void;
  readonly isTTY: boolean;
  /** Terminal width, when a terminal. */
  readonly columns: number | null;
}

const BLOCK = 1 << 16;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export function fdOutput(fd: number, isTTY: boolean, columns: number | null): Output {
  // Text is encoded into one reused buffer as it comes (no joined string, no new buffer per block): on a 2M-row
  // tally (660 MB of JSON) joining and re-encoding the pieces was 3.4 s of 47 s. A UTF-16 code unit takes at
  // most 3 bytes in UTF-8, so `3 * length` bytes always hold a piece.
  const buffer = Buffer.allocUnsafe(4 * BLOCK);
  let size = 0;
  const writeAll = (bytes: Buffer, length: number) => {
    let offset = 0;
    while (offset < length) {
      try {
        offset += writeSync(fd, bytes, offset, length - offset);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          // A non-blocking pipe is full: wait a moment for the reader.
          Atomics.wait(sleeper, 0, 0, 5);
          continue;
        }
        if (code === 'EPIPE') throw new BrokenPipe('output closed');
        throw writeFailure(fd, error);
      }
    }
  };
  const drain = () => {
    if (size === 0) return;
    const length = size;
    size = 0;
    writeAll(buffer, length);
  };
  let held = '';
  const flush = () => {
    if (held !== '') {
      // Nothing follows the lone surrogate: it is written as UTF-8 writes one (U+FFFD).
      if (3 > buffer.length - size) drain();
      size += buffer.write(held, size, 'utf8');
      held = '';
    }
    drain();
  };
  return {
    write(piece: string) {
      // A high surrogate at the end of a piece is held for the next one, so a pair split across two writes is
      // encoded as the one character it is (as when the pieces were joined first), not as two U+FFFD.
      let text = held === '' ? piece : held + piece;
      held = '';
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        held = text.slice(-1);
        text = text.slice(0, -1);
      }
      if (3 * text.length > buffer.length - size) {
        drain();
        if (3 * text.length > buffer.length) {
          const bytes = Buffer.from(text, 'utf8');
          writeAll(bytes, bytes.length);
          return;
        }
      }
      size += buffer.write(text, size, 'utf8');
      if (size >= BLOCK) drain();
    },
    writeBytes(bytes: Uint8Array) {
      flush();
      writeAll(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), bytes.byteLength);
    },
    flush,
    isTTY,
    columns,
  };
}

const streamNames: Record<number, string> = { 1: 'standard output', 2: 'standard error' };

/** "cannot write standard output: no space left on device (ENOSPC)". */
function writeFailure(fd: number, error: unknown): Error {
  const errno = error as NodeJS.ErrnoException;
  if (typeof errno.code !== 'string') return error instanceof Error ? error : new Error(String(error));
  // Node's message is "ENOSPC: no space left on device, write": the reason is between the code and the call.
  const reason = /^[A-Z]+: (.*?)(, \w+)?$/.exec(errno.message)?.[1] ?? errno.message;
  return new OutputError(`cannot write ${streamNames[fd] ?? `file descriptor ${fd}`}: ${reason} (${errno.code})`, { cause: error });
}

/** An output that collects text in memory (tests, and building a string where a caller needs one). */
export function memoryOutput(): Output & { text(): string } {
  const parts: string[] = [];
  return {
    write: (text) => void parts.push(text),
    writeBytes: (bytes) => void parts.push(Buffer.from(bytes).toString('utf8')),
    flush: () => undefined,
    isTTY: false,
    columns: null,
    text: () => parts.join(''),
  };
}

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
  flush(): void;
  readonly isTTY: boolean;
  /** Terminal width, when a terminal. */
  readonly columns: number | null;
}

const BLOCK = 1 << 16;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

export function fdOutput(fd: number, isTTY: boolean, columns: number | null): Output {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size === 0) return;
    const buffer = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    size = 0;
    let offset = 0;
    while (offset < buffer.length) {
      try {
        offset += writeSync(fd, buffer, offset, buffer.length - offset);
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
  return {
    write(text: string) {
      pending.push(text);
      size += text.length;
      if (size >= BLOCK) flush();
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
    flush: () => undefined,
    isTTY: false,
    columns: null,
    text: () => parts.join(''),
  };
}

/**
 * Writing to stdout and stderr synchronously through the file descriptor, in blocks. Synchronous writes
 * keep memory flat however large the output (the writer waits for the reader), and a reader that closes
 * the pipe (`| head`) surfaces at once as EPIPE, which ends the run quietly with exit 0 (BrokenPipe).
 */
import { writeSync } from 'node:fs';
import { BrokenPipe } from '../errors';

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
        throw error;
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

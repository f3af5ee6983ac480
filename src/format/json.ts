/**
 * JSON output written as a stream: top-level keys one by one, and large arrays (marked with `streamed`)
 * item by item, so no document is ever built as one string (a 10M-row tally is over a gigabyte).
 */
import type { Write } from './table';

const STREAMED = Symbol('streamed');

export interface Streamed {
  readonly [STREAMED]: Iterable<unknown>;
}

/** Marks an array (or any iterable) to be written item by item. */
export function streamed(items: Iterable<unknown>): Streamed {
  return { [STREAMED]: items };
}

export function renderJson(document: Record<string, unknown>, write: Write): void {
  const entries = Object.entries(document);
  write('{\n');
  entries.forEach(([key, value], index) => {
    write(`  ${JSON.stringify(key)}: `);
    if (value !== null && typeof value === 'object' && STREAMED in value) {
      writeArray((value as Streamed)[STREAMED], write);
    } else {
      write(JSON.stringify(value));
    }
    write(index < entries.length - 1 ? ',\n' : '\n');
  });
  write('}\n');
}

function writeArray(items: Iterable<unknown>, write: Write): void {
  let first = true;
  for (const item of items) {
    write(first ? '[\n    ' : ',\n    ');
    write(JSON.stringify(item));
    first = false;
  }
  write(first ? '[]' : '\n  ]');
}

/** Newline-delimited JSON: one value a line. */
export function renderNdjson(items: Iterable<unknown>, write: Write): void {
  for (const item of items) write(`${JSON.stringify(item)}\n`);
}

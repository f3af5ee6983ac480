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

/**
 * JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (U+009B is CSI to some terminals),
 * the line separators and the bidi overrides as they are. They are written as \u escapes too, so that
 * `cat` of the output cannot drive a terminal or reorder text; a JSON parser reads the same values.
 */
// eslint-disable-next-line no-control-regex
const unsafeInJson = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const unsafeInJsonAll = new RegExp(unsafeInJson.source, 'g');

function json(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined || !unsafeInJson.test(text)) return text;
  return text.replace(unsafeInJsonAll, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function renderJson(document: Record<string, unknown>, write: Write): void {
  const entries = Object.entries(document);
  write('{\n');
  entries.forEach(([key, value], index) => {
    write(`  ${json(key)}: `);
    if (value !== null && typeof value === 'object' && STREAMED in value) {
      writeArray((value as Streamed)[STREAMED], write);
    } else {
      write(json(value));
    }
    write(index < entries.length - 1 ? ',\n' : '\n');
  });
  write('}\n');
}

function writeArray(items: Iterable<unknown>, write: Write): void {
  let first = true;
  for (const item of items) {
    write(first ? '[\n    ' : ',\n    ');
    write(json(item));
    first = false;
  }
  write(first ? '[]' : '\n  ]');
}

/** Newline-delimited JSON: one value a line. */
export function renderNdjson(items: Iterable<unknown>, write: Write): void {
  for (const item of items) write(`${json(item)}\n`);
}

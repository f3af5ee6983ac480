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
const unsafeInJson = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const unsafeInJsonAll = new RegExp(unsafeInJson.source, 'g');

export function json(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined || !unsafeInJson.test(text)) return text;
  return text.replace(unsafeInJsonAll, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Anything JSON.stringify would escape (quote, backslash, C0 controls, lone surrogates) or `json()`
 * escapes after it. A string with none of these is written as it is, between quotes.
 */
// eslint-disable-next-line no-control-regex
const needsEscape = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** A string as `json()` writes it, without JSON.stringify for the usual string that needs no escape. */
export function jsonString(text: string): string {
  return needsEscape.test(text) ? json(text) : `"${text}"`;
}

export function renderJson(document: object, write: Write): void {
  const writer = new JsonWriter(write);
  for (const [key, value] of Object.entries(document)) {
    if (value !== null && typeof value === 'object' && STREAMED in value) {
      writer.beginArray(key);
      for (const item of (value as Streamed)[STREAMED]) writer.item(item);
      writer.endArray();
    } else {
      writer.key(key, value);
    }
  }
  writer.end();
}

/**
 * Writes a JSON document key by key as values become known; an array's items may be pushed one at a
 * time while input is still being read (a streamed tally). Same layout as renderJson.
 */
/** What comes before every item of an array but the first, as JsonWriter writes it (ASCII: one byte a character). */
export const LATER_ITEM = ',\n    ';

export class JsonWriter {
  private keys = 0;
  private items = 0;

  constructor(private readonly write: Write) {}

  key(name: string, value: unknown): void {
    this.open(name);
    this.write(json(value));
  }

  /**
   * An array written on one line, as `key` writes it (JSON.stringify of an array is its items' text between
   * brackets, joined by commas), one item at a time: a document's 43,000 council totals are never one string.
   * `text` writes an item as `json()` would.
   */
  inlineArray<T>(name: string, items: Iterable<T>, text: (item: T) => string): void {
    this.open(name);
    this.write('[');
    let first = true;
    for (const item of items) {
      this.write(first ? text(item) : `,${text(item)}`);
      first = false;
    }
    this.write(']');
  }

  beginArray(name: string): void {
    this.open(name);
    this.items = 0;
  }

  item(value: unknown): void {
    this.itemText(json(value));
  }

  /** An item already written as JSON text (by a serializer that writes what `json()` would). */
  itemText(text: string): void {
    this.write(this.items === 0 ? `[\n    ${text}` : `${LATER_ITEM}${text}`);
    this.items += 1;
  }

  /**
   * `count` items already encoded as UTF-8, each written as `LATER_ITEM` and its JSON text (a worker thread's
   * part of the array): the same bytes as itemText of each.
   */
  encodedItems(bytes: Uint8Array, count: number, writeBytes: (bytes: Uint8Array) => void): void {
    if (count === 0) return;
    if (this.items === 0) {
      this.write('[\n    ');
      writeBytes(bytes.subarray(LATER_ITEM.length));
    } else {
      writeBytes(bytes);
    }
    this.items += count;
  }

  endArray(): void {
    this.write(this.items === 0 ? '[]' : '\n  ]');
  }

  end(): void {
    this.write(this.keys === 0 ? '{\n}\n' : '\n}\n');
  }

  private open(name: string): void {
    this.write(this.keys === 0 ? '{\n' : ',\n');
    this.write(`  ${json(name)}: `);
    this.keys += 1;
  }
}

/** Newline-delimited JSON: one value a line. */
export function renderNdjson(items: Iterable<unknown>, write: Write): void {
  for (const item of items) write(`${json(item)}\n`);
}

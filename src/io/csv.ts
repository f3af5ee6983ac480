/**
 * A streaming RFC 4180 CSV scanner: UTF-8 byte chunks in, records out, each with the line it starts on.
 * Quoted fields may hold commas, doubled quotes and line breaks; records end at LF, CRLF or a lone CR
 * (old Mac exports), and one file may mix them. Blank lines are not records. Malformed input (a quote
 * inside an unquoted field, text after a closing quote, a quote never closed) is an error naming the line.
 *
 * It works on bytes because that is the hot path of reading a 10M-row file: the scanner looks for the
 * few ASCII bytes that matter (comma, quote, CR, LF), which never occur inside a UTF-8 multi-byte
 * character, and decodes text only once a record is complete — one decode per record, so a character cut
 * in two by a chunk boundary is never decoded half-way. A record cut by a chunk boundary is carried over
 * (copied) and scanned again with the next chunk; a record is short, so the rescan costs little, and
 * the length guard stops a runaway quote from carrying the whole file.
 */
import { DataError, InputError } from '../errors';

/**
 * Receives each record: its cells, the line it starts on, and the byte offset it starts at in the bytes being
 * scanned (the offset is into the file only when the scanner is given the whole input as one buffer, as a
 * worker thread reading one part of a file is: see io/read-range.ts).
 */
export type RecordHandler = (cells: string[], line: number, start: number) => void;

export interface CsvLimits {
  /** Longest field accepted, in characters: a guard against a runaway quote swallowing the file. */
  readonly maxFieldLength: number;
  /** Most fields in one record. */
  readonly maxFields: number;
  /** Longest record (all its fields), in characters: bounds the memory one line can take. */
  readonly maxRecordLength?: number;
}

export const defaultCsvLimits: Required<CsvLimits> = { maxFieldLength: 1_000_000, maxFields: 2_000, maxRecordLength: 10_000_000 };

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Buffer's own UTF-8 decoder, without toString's argument checks (it is called once per record). */
type Bytes = Buffer & { utf8Slice(start: number, end: number): string };

/** A record that runs past the end of the bytes scanned so far: scan it again with more. */
const INCOMPLETE = -1;

export class CsvScanner {
  /** The line the next unscanned byte is on. */
  private line = 1;
  /** The last chunk ended with a CR that ended a line: an LF at the start of the next belongs to it. */
  private skipLF = false;
  /** The start of an unfinished record, copied out of its chunk. */
  private carry: Buffer | null = null;
  /** Field boundaries of the record being scanned: start, end (exclusive) and whether quotes need undoubling. */
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private escaped = new Uint8Array(64);
  /** Set by scanRecord: where the record's last field ends. */
  private recordEnd = 0;
  private recordLine = 1;
  private fields = 0;
  /** Set by stop(): no more records are scanned. */
  private stopped = false;

  constructor(
    private readonly file: string,
    private readonly onRecord: RecordHandler,
    private readonly limits: CsvLimits = defaultCsvLimits,
    /** The line the bytes start on (1, unless they are a part of a file that starts further on). */
    firstLine = 1,
  ) {
    this.line = firstLine;
  }

  /** Text input (a parties file, tests): scanned as its UTF-8 bytes. */
  push(text: string): void {
    this.pushBytes(Buffer.from(text, 'utf8'));
  }

  /** UTF-8 bytes, without a byte-order mark (see utf8Chunks in decode.ts). Chunks may cut characters anywhere. */
  pushBytes(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    let bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.carry !== null) {
      bytes = Buffer.concat([this.carry, bytes]);
      this.carry = null;
    }
    const stop = this.scan(bytes, false);
    // Copied, so that a short unfinished record does not keep the whole chunk alive.
    if (stop < bytes.length) {
      this.carry = Buffer.from(bytes.subarray(stop));
      // An unfinished record longer than the limit will not get shorter: stop before carrying the file.
      const limit = this.limits.maxRecordLength;
      if (limit !== undefined && this.carry.length > limit) this.checkRecordLength(this.carry.toString('utf8').length);
    }
  }

  /** Scans no further record (called from the record handler: the records after this one are not wanted). */
  stop(): void {
    this.stopped = true;
  }

  /** Ends the input: a last record without a final newline is still a record. */
  end(): void {
    const carry = this.carry;
    this.carry = null;
    if (carry !== null) this.scan(carry, true);
  }

  /** Scans whole records from `bytes`; returns where an unfinished record starts (or bytes.length). */
  private scan(bytes: Buffer, final: boolean): number {
    const length = bytes.length;
    let i = 0;
    if (this.skipLF) {
      this.skipLF = false;
      if (bytes[0] === LF) i = 1;
    }
    // Where the next quote and CR are, found once and reused until passed (-1: none in these bytes).
    let nextQuote = -2;
    let nextCR = -2;
    while (i < length && !this.stopped) {
      const code = bytes[i]!;
      if (code === LF || code === CR) {
        // A blank line: not a record.
        this.line++;
        i++;
        if (code === CR) i = this.afterCR(bytes, i, final);
        continue;
      }
      // The common record: one line, no quotes, so its fields are the line split at commas.
      const lf = bytes.indexOf(LF, i);
      if (lf !== -1) {
        if (nextQuote !== -1 && nextQuote < i) nextQuote = bytes.indexOf(QUOTE, i);
        if (nextCR !== -1 && nextCR < i) nextCR = bytes.indexOf(CR, i);
        if ((nextQuote === -1 || nextQuote > lf) && (nextCR === -1 || nextCR >= lf - 1)) {
          const text = (bytes as Bytes).utf8Slice(i, nextCR === lf - 1 ? lf - 1 : lf);
          // String indexOf and slice: faster here than split(',') or a loop over bytes.
          const cells: string[] = [];
          let from = 0;
          for (let comma = text.indexOf(',', 0); comma !== -1; comma = text.indexOf(',', from)) {
            cells.push(text.slice(from, comma));
            from = comma + 1;
          }
          cells.push(text.slice(from));
          if (text.length > this.limits.maxFieldLength || cells.length > this.limits.maxFields) this.checkPlain(cells);
          this.recordLine = this.line;
          this.checkRecordLength(text.length);
          this.onRecord(cells, this.line++, i);
          i = lf + 1;
          continue;
        }
      }
      const recordLine = this.line;
      this.recordLine = recordLine;
      const next = this.scanRecord(bytes, i, final);
      if (next === INCOMPLETE) {
        this.line = recordLine;
        return i;
      }
      this.emit(bytes, i, recordLine);
      i = next;
    }
    return length;
  }

  /** Past a CR that ended a line: skips the LF of a CRLF, or remembers to when the chunk ends here. */
  private afterCR(bytes: Buffer, i: number, final: boolean): number {
    if (i < bytes.length) return bytes[i] === LF ? i + 1 : i;
    if (!final) this.skipLF = true;
    return i;
  }

  /**
   * Scans one record starting at `start` (not a line break). Fills the field boundaries and returns the
   * offset after the record's line break, or INCOMPLETE when the bytes end first and more may come.
   */
  private scanRecord(bytes: Buffer, start: number, final: boolean): number {
    const length = bytes.length;
    const limit = this.limits.maxFieldLength;
    let i = start;
    this.fields = 0;
    for (;;) {
      // At the start of a field.
      if (i < length && bytes[i] === QUOTE) {
        const quoteLine = this.line;
        const from = i + 1;
        let escaped = false;
        let j = from;
        for (;;) {
          const quote = bytes.indexOf(QUOTE, j);
          const partEnd = quote === -1 ? length : quote;
          this.countLines(bytes, j, partEnd);
          if (quote === -1) {
            if (j < length && length - from > limit) this.checkLength(bytes, from, length, escaped, quoteLine, true);
            if (!final) return INCOMPLETE;
            throw new DataError(
              { file: this.file, line: quoteLine },
              `malformed CSV: a quoted field opened on this line is never closed`,
              'malformed-csv',
            );
          }
          if (quote - from > limit) this.checkLength(bytes, from, quote, escaped, quoteLine, true);
          if (quote + 1 >= length) {
            if (!final) return INCOMPLETE;
            this.addField(from, quote, escaped);
            return this.endRecord(quote, length);
          }
          const after = bytes[quote + 1]!;
          if (after === QUOTE) {
            escaped = true;
            j = quote + 2;
            continue;
          }
          if (after === COMMA) {
            this.addField(from, quote, escaped);
            i = quote + 2;
            break;
          }
          if (after === LF || after === CR) {
            this.addField(from, quote, escaped);
            this.line++;
            const next = after === CR ? this.afterCR(bytes, quote + 2, final) : quote + 2;
            return this.endRecord(quote, next);
          }
          const width = utf8Width(after);
          if (quote + 1 + width > length && !final) return INCOMPLETE;
          throw new DataError(
            { file: this.file, line: this.line },
            `malformed CSV: ${JSON.stringify((bytes as Bytes).utf8Slice(quote + 1, quote + 1 + width)[0])} after the closing quote of field ${this.fields + 1} (${JSON.stringify(fieldText(bytes, from, quote, escaped).slice(0, 40))}); expected a comma or the end of the line`,
            'malformed-csv',
          );
        }
        continue;
      }
      let j = i;
      let code = 0;
      while (j < length) {
        code = bytes[j]!;
        if (code === COMMA || code === LF || code === CR || code === QUOTE) break;
        j++;
      }
      if (j - i > limit) this.checkLength(bytes, i, j, false, this.line, false);
      if (j === length) {
        if (!final) return INCOMPLETE;
        this.addField(i, j, false);
        return this.endRecord(j, length);
      }
      if (code === QUOTE) {
        throw new DataError(
          { file: this.file, line: this.line },
          `malformed CSV: a quote inside an unquoted field (field ${this.fields + 1}: ${JSON.stringify((bytes as Bytes).utf8Slice(i, j).slice(0, 40) + '"')}); quote the whole field and double the quote`,
          'malformed-csv',
        );
      }
      this.addField(i, j, false);
      if (code === COMMA) {
        i = j + 1;
        continue;
      }
      this.line++;
      const next = code === CR ? this.afterCR(bytes, j + 1, final) : j + 1;
      return this.endRecord(j, next);
    }
  }

  private endRecord(recordEnd: number, next: number): number {
    this.recordEnd = recordEnd;
    return next;
  }

  private addField(start: number, end: number, escaped: boolean): void {
    const k = this.fields;
    if (k === this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.escaped[k] = escaped ? 1 : 0;
    this.fields = k + 1;
    if (this.fields > this.limits.maxFields) {
      throw new DataError(
        { file: this.file, line: this.recordLine },
        `too many fields: more than ${this.limits.maxFields.toLocaleString('en-GB')} in one record`,
        'malformed-csv',
      );
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const escaped = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    escaped.set(this.escaped);
    this.starts = starts;
    this.ends = ends;
    this.escaped = escaped;
  }

  /**
   * Turns the scanned fields into strings. The record is decoded once; when it is plain ASCII (byte
   * offsets are character offsets) its cells are cut from that one string, else each is decoded alone.
   * Either way no cell refers to the chunk, so keeping a name does not keep a megabyte of file alive.
   */
  private emit(bytes: Buffer, recordStart: number, recordLine: number): void {
    const count = this.fields;
    const cells = new Array<string>(count);
    const recordEnd = this.recordEnd;
    // Valid UTF-8 decodes to as many UTF-16 units as it has bytes only when every byte is ASCII.
    const text = (bytes as Bytes).utf8Slice(recordStart, recordEnd);
    this.checkRecordLength(text.length);
    const ascii = text.length === recordEnd - recordStart;
    for (let k = 0; k < count; k++) {
      const start = this.starts[k]!;
      const end = this.ends[k]!;
      if (this.escaped[k] === 1) cells[k] = fieldText(bytes, start, end, true);
      else if (ascii) cells[k] = text.slice(start - recordStart, end - recordStart);
      else cells[k] = (bytes as Bytes).utf8Slice(start, end);
    }
    this.onRecord(cells, recordLine, recordStart);
  }

  /** The length and field-count guards for a record of unquoted fields, in the order scanning meets them. */
  private checkPlain(cells: readonly string[]): void {
    const limit = this.limits.maxFieldLength;
    for (let k = 0; k < cells.length; k++) {
      if (cells[k]!.length > limit) {
        throw new InputError(
          `${this.file}:${this.line}`,
          `field longer than ${limit.toLocaleString('en-GB')} characters; is this a CSV file?`,
          { code: 'malformed-csv' },
        );
      }
      if (k + 1 > this.limits.maxFields) {
        throw new DataError(
          { file: this.file, line: this.line },
          `too many fields: more than ${this.limits.maxFields.toLocaleString('en-GB')} in one record`,
          'malformed-csv',
        );
      }
    }
  }

  /**
   * The record length guard (maxRecordLength), in characters:
   *
   *     results: x.csv:2: record longer than 10,000,000 characters; is this a CSV file?
   */
  private checkRecordLength(characters: number): void {
    const limit = this.limits.maxRecordLength;
    if (limit === undefined || characters <= limit) return;
    throw new DataError(
      { file: this.file, line: this.recordLine },
      `record longer than ${limit.toLocaleString('en-GB')} characters; is this a CSV file?`,
      'malformed-csv',
    );
  }

  /** Counts physical lines in the quoted bytes [from, to): each LF, and each CR not followed by LF. */
  private countLines(bytes: Buffer, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const code = bytes[k];
      if (code === LF) this.line++;
      else if (code === CR && bytes[k + 1] !== LF) this.line++;
    }
  }

  /** The length guard, in characters: bytes only bound them from above, so decode to be exact. */
  private checkLength(bytes: Buffer, start: number, end: number, escaped: boolean, line: number, quoted: boolean): void {
    if (fieldText(bytes, start, end, escaped).length <= this.limits.maxFieldLength) return;
    throw new InputError(
      `${this.file}:${line}`,
      `field longer than ${this.limits.maxFieldLength.toLocaleString('en-GB')} characters; ` +
        (quoted ? 'a quote may be missing its closing quote' : 'is this a CSV file?'),
      { code: 'malformed-csv' },
    );
  }
}

/** A field's text: doubled quotes inside a quoted field stand for one. */
function fieldText(bytes: Buffer, start: number, end: number, escaped: boolean): string {
  const text = (bytes as Bytes).utf8Slice(start, end);
  return escaped ? text.replaceAll('""', '"') : text;
}

/** Bytes in the UTF-8 character that starts with `lead`. */
function utf8Width(lead: number): number {
  if (lead < 0xc0) return 1;
  if (lead < 0xe0) return 2;
  if (lead < 0xf0) return 3;
  return 4;
}

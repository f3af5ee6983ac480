/**
 * The string-based CSV scanner that src/io/csv.ts replaced, kept as a reference: the byte-level scanner must
 * give the same records, line numbers and error messages (see csv-differential.test.ts). One fix: a CR that
 * ends one quoted part no longer cancels an LF that starts the next part after a doubled quote.
 */
import { DataError, InputError } from '../../src/errors';
import { defaultCsvLimits, type CsvLimits } from '../../src/io/csv';

/** The reference scanner reports records and lines only (byte offsets are the byte scanner's). */
type RecordHandler = (cells: string[], line: number) => void;

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

const enum State {
  /** At the start of a field. */
  FieldStart,
  /** Inside an unquoted field. */
  Unquoted,
  /** Inside a quoted field. */
  Quoted,
  /** Just after a quote inside a quoted field: a second quote, or the end of the field. */
  QuoteInQuoted,
  /** Just after a CR that ended a record: a following LF belongs to it. */
  AfterCR,
}

export class StringCsvScanner {
  private state: State = State.FieldStart;
  private cells: string[] = [];
  /** The current field, when it spans chunks or holds escaped quotes. */
  private field = '';
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private inRecord = false;
  /** A quoted part ended with CR: an LF at the start of the next part is the same line break. */
  private quotedCR = false;

  constructor(
    private readonly file: string,
    private readonly onRecord: RecordHandler,
    private readonly limits: CsvLimits = defaultCsvLimits,
  ) {}

  push(text: string): void {
    const length = text.length;
    let i = 0;
    while (i < length) {
      switch (this.state) {
        case State.AfterCR: {
          this.state = State.FieldStart;
          if (text.charCodeAt(i) === LF) i++;
          break;
        }
        case State.FieldStart: {
          const code = text.charCodeAt(i);
          if (!this.inRecord) {
            if (code === LF || code === CR) {
              // A blank line: not a record.
              this.line++;
              i++;
              if (code === CR) this.state = State.AfterCR;
              break;
            }
            this.inRecord = true;
            this.recordLine = this.line;
          }
          if (code === QUOTE) {
            this.state = State.Quoted;
            this.quoteLine = this.line;
            i++;
          } else {
            this.state = State.Unquoted;
          }
          break;
        }
        case State.Unquoted: {
          let j = i;
          let code = 0;
          while (j < length) {
            code = text.charCodeAt(j);
            if (code === COMMA || code === LF || code === CR || code === QUOTE) break;
            j++;
          }
          this.field += text.slice(i, j);
          if (this.field.length > this.limits.maxFieldLength) this.tooLong();
          if (j === length) return;
          if (code === QUOTE) {
            throw new DataError(
              { file: this.file, line: this.line },
              `malformed CSV: a quote inside an unquoted field (field ${this.cells.length + 1}: ${JSON.stringify(this.field.slice(0, 40) + '"')}); quote the whole field and double the quote`,
            );
          }
          this.endField();
          i = j + 1;
          if (code === COMMA) {
            this.state = State.FieldStart;
          } else {
            this.endRecord();
            this.line++;
            this.state = code === CR ? State.AfterCR : State.FieldStart;
          }
          break;
        }
        case State.Quoted: {
          const j = text.indexOf('"', i);
          const end = j === -1 ? length : j;
          const part = text.slice(i, end);
          this.countLines(part);
          this.field += part;
          if (this.field.length > this.limits.maxFieldLength) this.tooLong();
          if (j === -1) return;
          i = j + 1;
          this.quotedCR = false;
          this.state = State.QuoteInQuoted;
          break;
        }
        case State.QuoteInQuoted: {
          const code = text.charCodeAt(i);
          if (code === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            i++;
          } else if (code === COMMA) {
            this.endField();
            this.state = State.FieldStart;
            i++;
          } else if (code === LF || code === CR) {
            this.endField();
            this.endRecord();
            this.line++;
            this.state = code === CR ? State.AfterCR : State.FieldStart;
            i++;
          } else {
            throw new DataError(
              { file: this.file, line: this.line },
              `malformed CSV: ${JSON.stringify(text[i])} after the closing quote of field ${this.cells.length + 1} (${JSON.stringify(this.field.slice(0, 40))}); expected a comma or the end of the line`,
            );
          }
          break;
        }
      }
    }
  }

  /** Ends the input: a last record without a final newline is still a record. */
  end(): void {
    if (this.state === State.Quoted) {
      throw new DataError({ file: this.file, line: this.quoteLine }, `malformed CSV: a quoted field opened on this line is never closed`);
    }
    if (this.inRecord) {
      this.endField();
      this.endRecord();
    }
  }

  private endField(): void {
    this.cells.push(this.field);
    this.field = '';
    if (this.cells.length > this.limits.maxFields) {
      throw new DataError({ file: this.file, line: this.recordLine }, `too many fields: more than ${this.limits.maxFields} in one record`);
    }
  }

  private endRecord(): void {
    const cells = this.cells;
    this.cells = [];
    this.inRecord = false;
    this.onRecord(cells, this.recordLine);
  }

  private countLines(part: string): void {
    if (part.length === 0) return;
    if (this.quotedCR && part.charCodeAt(0) === LF) this.line--;
    this.quotedCR = part.charCodeAt(part.length - 1) === CR;
    for (let k = part.indexOf('\n'); k !== -1; k = part.indexOf('\n', k + 1)) this.line++;
    // A lone CR inside a quoted field also starts a new physical line.
    for (let k = part.indexOf('\r'); k !== -1; k = part.indexOf('\r', k + 1)) {
      if (part.charCodeAt(k + 1) !== LF) this.line++;
    }
  }

  private tooLong(): never {
    throw new InputError(
      `${this.file}:${this.state === State.Quoted ? this.quoteLine : this.line}`,
      `field longer than ${this.limits.maxFieldLength.toLocaleString('en-GB')} characters; ` +
        (this.state === State.Quoted ? 'a quote may be missing its closing quote' : 'is this a CSV file?'),
    );
  }
}

/**
 * The byte path of a worker thread (issue 17): one part of a big file in the canonical layout, read, counted and
 * written as JSON from its bytes, with no string or object for each cell, row and candidate. It gives what the
 * record path gives (cli/tally-worker.ts: readRange, ContestAssembler, TallyBuilder, contestText) byte for byte,
 * and the same part edges, runs, keys, row account, warnings and totals; `__tests__/cli/byte-part.test.ts` and
 * `__tests__/real/byte-part.test.ts` run both on every part of made-up, generated and real files and compare
 * everything they return.
 *
 * Why a second path: on 2M rows the record path spent about 10 us a row, spread over every stage (the CSV's
 * strings, the row objects, the contests' candidates, the tally objects, the JSON text and its encoding), against
 * 3-4.6 us for bench/count-floor.mjs, which writes the same answer with none of them. The goal (half of DuckDB's
 * time) needs this path to stay within about twice the floor.
 *
 * How it stays right: it takes only what it reads exactly as the record path does, and leaves everything else to
 * that path. A part goes the record way (byteTally returns null) at the first thing it does not read here: a
 * quote the CSV scanner would refuse or a line break in a quoted field, a CR, a blank line, a ragged or blank
 * row, a bad number or flag, a duplicate candidate, a contest that appears again after it was written out. Within
 * a part, a contest it does not count here (no elected flags, blank votes, a tie, winners out of vote order, an
 * unopposed return, more than 64 candidates) is counted by the record path's own functions (makeContest, TallyBuilder.add,
 * contestText) from its rows. What the path counts itself is the plain first-past-the-post or bloc contest whose
 * file marks its winners, who all have more votes than every loser.
 */
import { InputError } from '../errors';
import type { Candidate, ShareMethod, Warning } from '../core/model';
import { append } from '../core/arrays';
import { areaKey } from '../core/fold';
import { makeContest } from '../core/contest';
import type { PartyRegistry } from '../core/parties';
import { TallyBuilder, type ContestTally, type CountedContest, type TallyState } from '../core/tally';
import { parseCount, parseFlag, parseText } from '../io/cells';
import { candidateParty, HOLD_ROWS, spellingWarning, type AreaSpelling } from '../io/contests';
import { canonicalFields, canonicalLayout } from '../io/layouts/canonical';
import { detectLayout } from '../io/layouts';
import type { Layout } from '../io/layouts/layout';
import { PartEdges, type RangePlan, type RangeReading } from '../io/read-range';
import { jsonString, LATER_ITEM } from '../format/json';
import { DIGIT_PAIRS, QUOTIENT_ROOM, writeQuotient } from '../format/quotient-text';

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BACKSLASH = 92;

/** Longest record read here, in bytes (far below CsvScanner's limits, so no limit can apply). */
const LONGEST_RECORD = 1 << 16;
/** Contests with more candidates than this are counted by the record path (its sort and maps scale). */
const MOST_CANDIDATES = 64;
/** Longest vote count read here from its digits (15 digits never pass 2^53). */
const LONGEST_COUNT = 15;
/**
 * The most votes a contest counted here may cast: 2^31 - 1, so that every count, sum and majority of a plain
 * contest is a 32-bit integer. V8 keeps those as small integers wherever they are stored; read from a
 * Float64Array, the same counts were doubles, and the first stored into each field of the contest stub and the
 * totals changed that field's kind, which threw away every function compiled with it (each worker's reader,
 * writePlain included, was compiled twice). A contest with more votes goes the record way.
 */
const MOST_VOTES = 0x7fffffff;
/** The most bytes a number takes here: a count (at most 16) or a share (QUOTIENT_ROOM; `${}`'s at most 25). */
const NUMBER_ROOM = Math.max(25, QUOTIENT_ROOM);

/** Buffer's decoders without toString's argument checks. */
type Bytes = Buffer & { utf8Slice(start: number, end: number): string };

/** What the byte path needs besides the part. */
export interface BytePartSetup {
  readonly format: 'json' | 'ndjson';
  readonly shareMethod: ShareMethod;
  readonly registry: PartyRegistry;
  readonly holdRows: number | undefined;
  /** --input-format, when given (else the header's layout). */
  readonly layout: Layout | undefined;
  /** The file's header cells (the part that starts the file reads its own first line). */
  readonly header: readonly string[] | null;
  /** A contest counted the record path's way, as text (contestText). */
  readonly recordText: (contest: ContestTally) => string;
}

export interface BytePart {
  readonly reading: RangeReading;
  readonly length: number;
  readonly ends: number[];
  readonly tally: TallyState;
  readonly contestWarnings: Warning[];
}

/** A party cell as counted: interned by its bytes, with its JSON fragments written once. */
interface PartyCell {
  /** Same for every cell of one party as counted (the totals' and the contest's party). */
  readonly id: number;
  readonly party: string;
  readonly partyCode: string;
  readonly description: string;
  readonly independent: boolean;
  /** The party in the totals (TotalsNumber): every independent one party. */
  readonly totalsNumber: number;
  /** `,"party":…,"partyCode":…,"description":…,"votes":` for a candidate. */
  readonly candidateBytes: Buffer;
  /** The same after a name written as its bytes: `"` (the name's closing quote) first. */
  readonly afterPlainName: Buffer;
  /** `{"party":…,"partyCode":…` for the contest's first party entry; `,{"party":…` for the rest. */
  readonly partyBytes: Buffer;
  readonly laterPartyBytes: Buffer;
}

const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');
const JSON_OPEN = ascii('{"council":');
const NDJSON_OPEN = ascii('{"type":"contest","council":');
const AREA = ascii(',"area":');
const CODE = ascii(',"code":');
const VALID_VOTES = ascii(',"status":"contested","validVotes":');
const VOTES_CAST = ascii(',"votesCast":');
const CONTEST_HEAD = ascii(',"electorate":null,"ballots":null,"rejected":null,"turnout":null,"candidates":[');
const CANDIDATE_OPEN = ascii('{"name":');
// A candidate's start with what comes before (a comma) and after it (a plain name's opening quote), in one write.
const LATER_CANDIDATE_OPEN = ascii(',{"name":');
const PLAIN_CANDIDATE_OPEN = ascii('{"name":"');
const LATER_PLAIN_CANDIDATE_OPEN = ascii(',{"name":"');
const SHARE = ascii(',"share":');
const ELECTED_TRUE = ascii(',"elected":true,"rank":');
const ELECTED_FALSE = ascii(',"elected":false,"rank":');
const CANDIDATE_KEY = ascii(',"candidate":');
const VOTES = ascii(',"votes":');
const SEATS = ascii(',"seats":');
const PARTIES = ascii('],"parties":[');
const MAJORITY = ascii('],"majority":');
const MAJORITY_SHARE = ascii(',"majorityShare":');
const CONTEST_TAIL = ascii(
  ',"tieForLastSeat":false,"decidedByLot":false,"electedFrom":"file","system":"plurality","result":null,"seatChanges":null,"file":',
);
const LINE = ascii(',"line":');

/**
 * Reads, counts and writes one part into `sink` as the record path would, or returns null when the part holds
 * anything that path reads differently from plain rows (the caller then reads it that way).
 */
export function byteTally(bytes: Buffer, plan: RangePlan, setup: BytePartSetup, sink: ByteWriter): BytePart | null {
  try {
    return new PartReader(bytes as Bytes, plan, setup, sink).read();
  } catch (error) {
    // The record path says what is wrong (and where), reading the same part: a bad cell (DataError), a header
    // it refuses (InputError), or anything it reads otherwise (NotPlain).
    if (error instanceof NotPlain || error instanceof InputError) return null;
    throw error;
  }
}

/** Not read here: the part goes the record way. */
class NotPlain extends Error {}

/**
 * The part's output: a buffer written from the start, grown by copying when it fills. Its memory is its own
 * (never a slice of Node's pool of small buffers), so that what is written can be handed over whole (transferred
 * to the main thread) instead of copied out.
 */
export class ByteWriter {
  length = 0;
  bytes: Bytes = Buffer.allocUnsafeSlow(1 << 16) as Bytes;

  /** Starts over, writing into `memory` (memory of its own: see handOver). */
  reset(memory: ArrayBuffer): void {
    this.length = 0;
    this.bytes = Buffer.from(memory) as Bytes;
  }

  /** What was written, in the writer's memory, which it lets go of: the next reset brings its memory. */
  handOver(): Buffer {
    const written = this.bytes.subarray(0, this.length);
    this.bytes = Buffer.alloc(0) as Bytes;
    this.length = 0;
    return written;
  }

  room(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(this.length + more, 2 * this.bytes.length)) as Bytes;
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }

  // fragment, integer, ascii and copy write into room reserved beforehand (room()): a contest reserves what it
  // can take at most once, not at each of its hundred small writes.

  fragment(fragment: Buffer): void {
    const bytes = this.bytes;
    const length = fragment.length;
    // A copy by TypedArray.set costs about 25 ns whatever the length; a loop, about 2 ns a byte.
    if (length > 12) {
      bytes.set(fragment, this.length);
      this.length += length;
      return;
    }
    let at = this.length;
    for (let i = 0; i < length; i++) bytes[at++] = fragment[i]!;
    this.length = at;
  }

  /** A whole number from 0 to 2^53 - 1, as `${value}` writes it. */
  integer(value: number): void {
    if (value < 10) {
      this.bytes[this.length++] = 48 + value;
      return;
    }
    let digits = 1;
    for (let power = 10; power <= value; power *= 10) digits += 1;
    const bytes = this.bytes;
    let at = this.length + digits;
    this.length = at;
    let rest = value;
    // Two digits at a time.
    while (rest >= 100) {
      const quotient = Math.floor(rest / 100);
      const pair = 2 * (rest - 100 * quotient);
      bytes[--at] = DIGIT_PAIRS[pair + 1]!;
      bytes[--at] = DIGIT_PAIRS[pair]!;
      rest = quotient;
    }
    if (rest >= 10) {
      bytes[--at] = DIGIT_PAIRS[2 * rest + 1]!;
      bytes[--at] = DIGIT_PAIRS[2 * rest]!;
    } else {
      bytes[--at] = 48 + rest;
    }
  }

  /** `${numerator / denominator}` (a share), in at most NUMBER_ROOM bytes. */
  quotient(numerator: number, denominator: number): void {
    const end = writeQuotient(this.bytes, this.length, numerator, denominator);
    if (end === -1) this.ascii(`${numerator / denominator}`);
    else this.length = end;
  }

  /** Bytes `start` to `end` of what is written, written again (a short run: a share). */
  again(start: number, end: number): void {
    this.copy(this.bytes, start, end);
  }

  /** Text of one-byte characters only (numbers, ASCII keys). */
  ascii(text: string): void {
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.length = at;
  }

  text(text: string): void {
    this.room(3 * text.length);
    this.length += this.bytes.write(text, this.length, 'utf8');
  }

  /**
   * Bytes `start` to `end` of `from`. A loop up to 64 bytes (a name): Node 20's Buffer#copy of part of a buffer
   * makes a Uint8Array over the part each time (2M rows: 46 MB of garbage, 0.15 s a thread).
   */
  copy(from: Buffer, start: number, end: number): void {
    if (end - start > 64) {
      this.bytes.set(from.subarray(start, end), this.length);
      this.length += end - start;
      return;
    }
    const bytes = this.bytes;
    let at = this.length;
    for (let i = start; i < end; i++) bytes[at++] = from[i]!;
    this.length = at;
  }
}

/**
 * An empty array made to hold strings and objects from its first push. V8 starts `[]` as an array of small
 * integers: its first string moves it to another kind, and code compiled while the arrays of earlier parts
 * held strings met each new part's `[]` as the wrong kind and was thrown away, once for each array pushed
 * (2M rows: the row loop's contest step compiled 7 times a worker instead of 3). Every array made here shares one
 * allocation site, which V8 teaches the kind of the arrays it made: none may be made holey (`length = n` past its
 * end, a write past its end), or every array made after is holey and code compiled for the others is thrown away.
 */
function objectArray<T>(): T[] {
  const array: T[] = [null as T];
  array.length = 0;
  return array;
}

/** Grows an Int32Array (grownFloat: a Float64Array) to hold at least `length`. */
function grownInt(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Int32Array(Math.max(length, 2 * array.length));
  grown.set(array);
  return grown;
}
function grownFloat(array: Float64Array<ArrayBuffer>, length: number): Float64Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Float64Array(Math.max(length, 2 * array.length));
  grown.set(array);
  return grown;
}

/** The arrays a part's rows are kept in, grown as a part needs and handed to the next part (a thread reads one at a time). */
interface RowArrays {
  readonly line: Int32Array<ArrayBuffer>;
  readonly nameStart: Int32Array<ArrayBuffer>;
  readonly nameEnd: Int32Array<ArrayBuffer>;
  readonly nameText: (string | null)[];
  readonly party: Int32Array<ArrayBuffer>;
  readonly partyId: Int32Array<ArrayBuffer>;
  readonly votes: Int32Array<ArrayBuffer>;
  readonly elected: Int8Array<ArrayBuffer>;
  readonly next: Int32Array<ArrayBuffer>;
}

const ROWS = 4096;
/**
 * The warnings of the part's contests, as they are met (handed over with the part, and emptied for the next):
 * one array kept from part to part, because a new empty one for each part was a new kind of array where V8 had
 * compiled the contest loop for another, and threw that compilation away (2M rows: the loop compiled 15 times).
 */
const contestWarnings: Warning[] = [];

let rowArrays: RowArrays = {
  line: new Int32Array(ROWS),
  nameStart: new Int32Array(ROWS),
  nameEnd: new Int32Array(ROWS),
  nameText: [],
  party: new Int32Array(ROWS),
  partyId: new Int32Array(ROWS),
  votes: new Int32Array(ROWS),
  elected: new Int8Array(ROWS),
  next: new Int32Array(ROWS),
};

/**
 * The last part's reader and builder, kept until the next part is read. V8 keeps a kind of object (its hidden
 * class) only while an object of that kind lives, and code compiled for it only as long: a full collection between
 * two parts, with no reader or builder alive, threw away a worker's reader, writePlain and the totals' code, to be
 * compiled again (2M rows: in about one run in two, writePlain compiled three or four times, not two).
 */
const lastPart: { reader?: PartReader; builder?: TallyBuilder } = {};

class PartReader {
  private readonly file: string;
  private readonly registry: PartyRegistry;
  private readonly holdRows: number;
  private readonly width: number;
  private readonly councilColumn: number;
  private readonly areaColumn: number;
  private readonly candidateColumn: number;
  private readonly partyColumn: number;
  private readonly votesColumn: number;
  private readonly electedColumn: number;
  private readonly codeColumn: number;
  /** `"file"` as JSON. */
  private readonly fileBytes: Buffer;

  // The record being read: each field's bytes (inside any quotes) and whether it doubles quotes.
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly doubled: Uint8Array;

  // The record's row, once read (readRow).
  private name: string | null = null;
  private party = 0;
  private votes = 0;
  private elected = 0;

  // The rows accepted, by number: their line, name (bytes, or text when not written plainly), party, votes
  // (-1: blank), elected (1, 0, or -1: not said), and the next row of their contest.
  private rows = 0;
  // Kept from part to part (rowArrays): a part's rows were 2 MB of new arrays each time.
  private rowLine: Int32Array<ArrayBuffer>;
  private nameStart: Int32Array<ArrayBuffer>;
  private nameEnd: Int32Array<ArrayBuffer>;
  private readonly nameText: (string | null)[];
  private rowParty: Int32Array<ArrayBuffer>;
  /** The party as counted (PartyCell.id): what a duplicate candidate is compared by. */
  private rowPartyId: Int32Array<ArrayBuffer>;
  private rowVotes: Int32Array<ArrayBuffer>;
  private rowElected: Int8Array<ArrayBuffer>;
  private nextRow: Int32Array<ArrayBuffer>;

  // The contests, in order of first appearance (ContestAssembler's drafts).
  private readonly keys = objectArray<string>();
  private readonly contestByKey = new Map<string, number>();
  private readonly council = objectArray<string>();
  private readonly area = objectArray<string>();
  private readonly line: number[] = [];
  private readonly code = objectArray<string | null>();
  /** Where the bytes of each contest's area are in the part, when its JSON is them in quotes (else -1). */
  private areaStart = new Int32Array(1024);
  private areaEnd = new Int32Array(1024);
  private firstRow = new Int32Array(1024);
  private lastRowOf = new Int32Array(1024);
  /** ContestAssembler's row count at each contest's last row (its hold window). */
  private lastRowCount = new Float64Array(1024);
  private readonly spellingsOf = new Map<number, Set<string>>();
  private readonly spellings: AreaSpelling[] = [];
  /** Contests before this one are written out (ContestAssembler.first). */
  private firstHeld = 0;
  private current = -1;

  // The runs of rows of one contest (RunRecorder).
  private runs: number[] = [];
  private runStarts: number[] = [];
  private runContest = -1;
  private runStart = 0;
  private runRows = 0;

  // The council and area of the record before, as bytes, and as read.
  private readonly previousCouncil = Int32Array.of(-1, -1, 0);
  private readonly previousArea = Int32Array.of(-1, -1, 0);
  private recordCouncil = '';
  private recordArea = '';
  /** Whether the record's area is written as JSON by its bytes in quotes (previousArea says where they are). */
  private recordAreaPlain = false;
  private recordKey: string | null = null;
  /** The record's code (null: blank or no column), read again only when its bytes change. */
  private recordCode: string | null = null;
  private readonly previousCode = Int32Array.of(-1, -1, 0);
  // The council the key's council part is of. Both start as a file with no council column has them, so that
  // the comparison with each record's council is always of two strings (null first threw the code away).
  private keyCouncil = '';
  private councilKey = '';

  private readonly partyCells: PartyCells;

  constructor(
    private readonly bytes: Bytes,
    private readonly plan: RangePlan,
    private readonly setup: BytePartSetup,
    private readonly sink: ByteWriter,
  ) {
    this.file = plan.file;
    this.registry = setup.registry;
    this.holdRows = setup.holdRows ?? HOLD_ROWS;
    this.averageShares = setup.shareMethod === 'average';
    this.topShares = setup.shareMethod === 'top';
    this.fileBytes = Buffer.from(jsonString(plan.file), 'utf8');
    const header = setup.header ?? this.ownHeader();
    if ((setup.layout ?? detectLayout(header, this.file)) !== canonicalLayout) throw new NotPlain();
    const column = canonicalFields(header, this.file);
    // Only the columns read here: any other canonical field has rules of its own (seats, turnout, STV...).
    for (const [field, index] of Object.entries(column)) {
      if (index !== -1 && !['council', 'area', 'code', 'candidate', 'party', 'votes', 'elected'].includes(field)) throw new NotPlain();
    }
    this.width = header.length;
    if (this.width > 64) throw new NotPlain();
    this.councilColumn = column.council;
    this.areaColumn = column.area;
    this.candidateColumn = column.candidate;
    this.partyColumn = column.party;
    this.votesColumn = column.votes;
    this.electedColumn = column.elected;
    this.codeColumn = column.code;
    this.starts = new Int32Array(this.width);
    this.ends = new Int32Array(this.width);
    this.doubled = new Uint8Array(this.width);
    this.partyCells = new PartyCells(this.registry);
    const rows = rowArrays;
    this.rowLine = rows.line;
    this.nameStart = rows.nameStart;
    this.nameEnd = rows.nameEnd;
    this.nameText = rows.nameText;
    this.nameText.length = 0;
    this.rowParty = rows.party;
    this.rowPartyId = rows.partyId;
    this.rowVotes = rows.votes;
    this.rowElected = rows.elected;
    this.nextRow = rows.next;
  }

  /** The part that starts the file reads its header from its first line (a plain one: no quote, no CR). */
  private ownHeader(): string[] {
    const lf = this.bytes.indexOf(LF);
    if (lf === -1) throw new NotPlain();
    const line = this.bytes.utf8Slice(0, lf);
    if (line.includes('"') || line.includes('\r') || line === '') throw new NotPlain();
    return line.split(',');
  }

  read(): BytePart {
    // The rows, the contests, then the answer, each a method of its own: V8 compiles a long loop on the stack
    // (on-stack replacement) the first time it runs long, before the code after the loop has ever run, and
    // meeting that code threw the compilation away at the end of every part (2M rows: the row loop compiled 18
    // times, the contest loop 15).
    const edges = this.readRows();
    const builder = new TallyBuilder(this.setup.shareMethod);
    contestWarnings.length = 0;
    const ends = this.writeContests(builder);
    lastPart.reader = this;
    lastPart.builder = builder;
    return this.finish(edges, builder, ends);
  }

  /** Reads the part's records into rows and contests. */
  private readRows(): PartEdges {
    const bytes = this.bytes;
    const plan = this.plan;
    const length = bytes.length;
    // A CR ends a record where it stands (CsvScanner): not read here.
    if (bytes.indexOf(CR) !== -1) throw new NotPlain();
    const endOfFile = plan.offset + length >= plan.size;

    const edges = new PartEdges(plan);
    let at = 0;
    let line = plan.line;
    if (plan.header === null) {
      at = bytes.indexOf(LF) + 1;
      line += 1;
    }
    while (at < length) {
      if (bytes[at] === LF) throw new NotPlain(); // a blank line is no record: CsvScanner's to count
      let lf = bytes.indexOf(LF, at);
      if (lf === -1) {
        if (!endOfFile) throw new NotPlain();
        lf = length;
      }
      if (lf - at > LONGEST_RECORD) throw new NotPlain();
      this.scanRecord(at, lf);
      this.readRow(line);
      const taken = edges.take(at, this.recordKey);
      if (taken === 'stop') break;
      if (taken === 'read') this.accept(plan.offset + at, line);
      at = lf + 1;
      line += 1;
    }
    this.closeRun();
    return edges;
  }

  /** Counts and writes the contests read: where each one's text ends. */
  private writeContests(builder: TallyBuilder): number[] {
    const ends: number[] = [];
    const sink = this.sink;
    for (let contest = 0; contest < this.keys.length; contest++) {
      this.writeContest(contest, builder);
      ends.push(sink.length);
    }
    return ends;
  }

  /** The part's answer; the row arrays are handed on to the next part. */
  private finish(edges: PartEdges, builder: TallyBuilder, ends: number[]): BytePart {
    rowArrays = {
      line: this.rowLine,
      nameStart: this.nameStart,
      nameEnd: this.nameEnd,
      nameText: this.nameText,
      party: this.rowParty,
      partyId: this.rowPartyId,
      votes: this.rowVotes,
      elected: this.rowElected,
      next: this.nextRow,
    };
    const { start, next, endIsRecordStart } = edges.finish(this.bytes.length);
    return {
      reading: {
        start,
        next,
        endIsRecordStart,
        rows: { read: this.rows, used: this.rows, filtered: 0, setAside: [] },
        warnings: this.spellings.map(spellingWarning),
        keys: this.keys,
        runs: Int32Array.from(this.runs),
        runStarts: Float64Array.from(this.runStarts),
      },
      length: this.sink.length,
      ends,
      tally: builder.state(),
      contestWarnings: contestWarnings.splice(0),
    };
  }

  /** Finds the fields of the record from `at` to the line break at `lf`, as CsvScanner reads them. */
  private scanRecord(at: number, lf: number): void {
    const bytes = this.bytes;
    const starts = this.starts;
    const ends = this.ends;
    const doubled = this.doubled;
    const width = this.width;
    let field = 0;
    let i = at;
    for (;;) {
      if (field === width) throw new NotPlain(); // ragged
      if (bytes[i] === QUOTE) {
        let from = i + 1;
        let twice = 0;
        for (;;) {
          const quote = bytes.indexOf(QUOTE, from);
          // Unclosed on this line: a line break inside quotes (or a quote never closed).
          if (quote === -1 || quote >= lf) throw new NotPlain();
          if (bytes[quote + 1] === QUOTE) {
            twice = 1;
            from = quote + 2;
            continue;
          }
          starts[field] = i + 1;
          ends[field] = quote;
          doubled[field] = twice;
          field += 1;
          i = quote + 1;
          break;
        }
        if (i === lf) break;
        if (bytes[i] !== COMMA) throw new NotPlain(); // text after a closing quote
        i += 1;
      } else {
        let j = i;
        while (j < lf) {
          const code = bytes[j]!;
          if (code === COMMA) break;
          if (code === QUOTE) throw new NotPlain(); // a quote inside an unquoted field
          j += 1;
        }
        starts[field] = i;
        ends[field] = j;
        doubled[field] = 0;
        field += 1;
        if (j === lf) break;
        i = j + 1;
      }
    }
    if (field !== width) throw new NotPlain();
  }

  /** A field's text as CsvScanner gives it. */
  private cellText(field: number): string {
    const text = this.bytes.utf8Slice(this.starts[field]!, this.ends[field]!);
    return this.doubled[field] === 1 ? text.replaceAll('""', '"') : text;
  }

  /** Notes where a field is, to compare the next record's with (sameAs). */
  private remember(field: number, into: Int32Array): void {
    into[0] = this.starts[field]!;
    into[1] = this.ends[field]!;
    into[2] = this.doubled[field]!;
  }

  /** Whether a field is the same bytes as a field of the record before ([start, end, doubled]). */
  private sameAs(field: number, before: Int32Array): boolean {
    const start = this.starts[field]!;
    const length = this.ends[field]! - start;
    if (before[1]! - before[0]! !== length || before[2] !== this.doubled[field]) return false;
    return sameBytes(this.bytes, before[0]!, this.bytes, start, length);
  }

  /**
   * Reads the record as the canonical layout does (io/layouts/canonical.ts), into the row fields; throws
   * NotPlain for a row it sets aside or refuses, DataError from the cell parsers.
   */
  private readRow(line: number): void {
    // Council and area, read again only when their bytes change (a contest's rows repeat them).
    const areaColumn = this.areaColumn;
    const councilColumn = this.councilColumn;
    const areaSame = this.previousArea[0] !== -1 && this.sameAs(areaColumn, this.previousArea);
    const councilSame = councilColumn === -1 || (this.previousArea[0] !== -1 && this.sameAs(councilColumn, this.previousCouncil));
    if (!areaSame || !councilSame || this.recordKey === null) {
      const start = this.starts[areaColumn]!;
      const end = this.ends[areaColumn]!;
      areaCells.read(this.bytes, start, end, this.doubled[areaColumn] === 1);
      const area = areaCells.area;
      if (area === '') throw new NotPlain(); // a blank ward: set aside or refused
      // The council only when its bytes change: one string for all its contests, so that the key's council part,
      // its JSON and the totals' lookup by name each meet a string already compared and hashed.
      if (!councilSame || this.recordKey === null) {
        const council = councilColumn === -1 ? '' : parseText(this.cellText(councilColumn));
        this.recordCouncil = council;
        // contestKey, with the council's part kept while the council is the same (ContestAssembler.keyOf).
        if (council !== this.keyCouncil) {
          this.keyCouncil = council;
          this.councilKey = areaKey(council);
        }
      }
      this.recordArea = area;
      this.recordKey = `${this.councilKey}\u0000${areaCells.key}`;
      // Its JSON is its bytes in quotes when parseText and jsonString would leave them so (as a name's).
      this.recordAreaPlain = areaCells.plainBytes;
      this.remember(areaColumn, this.previousArea);
      if (councilColumn !== -1) this.remember(councilColumn, this.previousCouncil);
    }
    const codeColumn = this.codeColumn;
    if (codeColumn !== -1 && !(this.previousCode[0] !== -1 && this.sameAs(codeColumn, this.previousCode))) {
      const code = parseText(this.cellText(codeColumn));
      this.recordCode = code === '' ? null : code;
      this.remember(codeColumn, this.previousCode);
    }
    // The candidate: its bytes as they are when parseText and jsonString would leave them so.
    const candidate = this.candidateColumn;
    if (this.doubled[candidate] === 0 && plainName(this.bytes, this.starts[candidate]!, this.ends[candidate]!)) {
      this.name = null;
    } else {
      const name = parseText(this.cellText(candidate));
      if (name === '') throw new NotPlain(); // set aside or refused
      this.name = name;
    }
    this.party = this.partyCells.cell(
      this.bytes,
      this.starts[this.partyColumn]!,
      this.ends[this.partyColumn]!,
      this.doubled[this.partyColumn] === 1,
    );
    this.votes = this.count(line);
    if (this.votes > MOST_VOTES) throw new NotPlain();
    this.elected = this.flag(line);
  }

  /** The votes cell: its digits, or parseCount's reading (-1 for blank). */
  private count(line: number): number {
    const bytes = this.bytes;
    const start = this.starts[this.votesColumn]!;
    const end = this.ends[this.votesColumn]!;
    if (end > start && end - start <= LONGEST_COUNT) {
      let value = 0;
      let i = start;
      for (; i < end; i++) {
        const digit = bytes[i]! - 48;
        if (digit < 0 || digit > 9) break;
        value = value * 10 + digit;
      }
      if (i === end) return value;
    }
    return parseCount(this.cellText(this.votesColumn), 'votes', { file: this.file, line }) ?? -1;
  }

  /** The elected cell: `true` / `false`, `1` / `0`, or parseFlag's reading (-1 for blank or no column). */
  private flag(line: number): number {
    const column = this.electedColumn;
    if (column === -1) return -1;
    const bytes = this.bytes;
    const start = this.starts[column]!;
    const length = this.ends[column]! - start;
    if (length === 4 && bytes[start] === 116 && bytes[start + 1] === 114 && bytes[start + 2] === 117 && bytes[start + 3] === 101) return 1;
    if (
      length === 5 &&
      bytes[start] === 102 &&
      bytes[start + 1] === 97 &&
      bytes[start + 2] === 108 &&
      bytes[start + 3] === 115 &&
      bytes[start + 4] === 101
    ) {
      return 0;
    }
    if (length === 1 && (bytes[start] === 49 || bytes[start] === 48)) return bytes[start] - 48;
    const flag = parseFlag(this.cellText(column), 'elected', { file: this.file, line });
    return flag === null ? -1 : flag ? 1 : 0;
  }

  /** The row joins its contest as ContestAssembler.add has it join (with RunRecorder noting its run). */
  private accept(offset: number, line: number): void {
    const row = this.rows++;
    const count = this.rows;
    this.storeRow(row, line);
    let contest = this.current;
    const area = this.recordArea;
    const council = this.recordCouncil;
    if (contest === -1 || area !== this.area[contest] || council !== this.council[contest]) {
      const key = this.recordKey!;
      let found = this.contestByKey.get(key);
      if (found === undefined || found !== contest) {
        this.beginRun(found ?? this.keys.length, offset);
        if (contest !== -1) this.moveOn(count);
        // Written out already: the record path refuses the file as not grouped.
        if (found !== undefined && found < this.firstHeld) throw new NotPlain();
        if (found === undefined) {
          found = this.keys.length;
          this.keys.push(key);
          this.contestByKey.set(key, found);
          this.council.push(council);
          this.area.push(area);
          this.line.push(line);
          this.code.push(null);
          this.areaStart = grownInt(this.areaStart, found + 1);
          this.areaEnd = grownInt(this.areaEnd, found + 1);
          this.areaStart[found] = this.recordAreaPlain ? this.previousArea[0]! : -1;
          this.areaEnd[found] = this.previousArea[1]!;
          this.firstRow = grownInt(this.firstRow, found + 1);
          this.lastRowOf = grownInt(this.lastRowOf, found + 1);
          this.lastRowCount = grownFloat(this.lastRowCount, found + 1);
          this.firstRow[found] = row;
        } else {
          this.noteSpelling(found, line);
          this.nextRow[this.lastRowOf[found]!] = row;
        }
      } else {
        this.noteSpelling(found, line);
        this.nextRow[this.lastRowOf[found]!] = row;
      }
      contest = found;
      this.current = contest;
    } else {
      this.nextRow[this.lastRowOf[contest]!] = row;
    }
    this.lastRowOf[contest] = row;
    this.lastRowCount[contest] = count;
    this.runRows += 1;
    // A contest's code is the first its rows give; another on a later row is refused (ContestAssembler's agree).
    const code = this.recordCode;
    if (code !== null) {
      const known = this.code[contest];
      if (known === null) this.code[contest] = code;
      else if (known !== code) throw new NotPlain();
    }
  }

  private storeRow(row: number, line: number): void {
    if (row >= this.rowLine.length) {
      const length = 2 * this.rowLine.length;
      this.rowLine = grownInt(this.rowLine, length);
      this.nameStart = grownInt(this.nameStart, length);
      this.nameEnd = grownInt(this.nameEnd, length);
      this.rowParty = grownInt(this.rowParty, length);
      this.rowPartyId = grownInt(this.rowPartyId, length);
      this.nextRow = grownInt(this.nextRow, length);
      this.rowVotes = grownInt(this.rowVotes, length);
      const elected = new Int8Array(length);
      elected.set(this.rowElected);
      this.rowElected = elected;
    }
    this.rowLine[row] = line;
    this.nameStart[row] = this.starts[this.candidateColumn]!;
    this.nameEnd[row] = this.ends[this.candidateColumn]!;
    this.nameText[row] = this.name;
    this.rowParty[row] = this.party;
    this.rowPartyId[row] = this.partyCells.at(this.party).id;
    this.rowVotes[row] = this.votes;
    this.rowElected[row] = this.elected;
    this.nextRow[row] = -1;
  }

  /** ContestAssembler.moveOn: the contests held long enough are written out, oldest first. */
  private moveOn(count: number): void {
    while (this.firstHeld < this.keys.length && count - this.lastRowCount[this.firstHeld]! > this.holdRows) this.firstHeld += 1;
  }

  /** ContestAssembler.noteSpelling: the contest's council or area written another way, once per way. */
  private noteSpelling(contest: number, line: number): void {
    const area = this.recordArea;
    const council = this.recordCouncil;
    if (area === this.area[contest] && council === this.council[contest]) return;
    const written = `${council}\u0000${area}`;
    let seen = this.spellingsOf.get(contest);
    if (seen === undefined) {
      seen = new Set();
      this.spellingsOf.set(contest, seen);
    }
    if (seen.has(written)) return;
    seen.add(written);
    const first = this.council[contest]!;
    this.spellings.push({
      first: { council: first === '' ? null : first, area: this.area[contest]!, origin: { file: this.file, line: this.line[contest]! } },
      other: { council: council === '' ? null : council, area, origin: { file: this.file, line } },
    });
  }

  private beginRun(contest: number, offset: number): void {
    this.closeRun();
    this.runContest = contest;
    this.runStart = offset;
  }

  private closeRun(): void {
    if (this.runContest === -1) return;
    this.runs.push(this.runContest, this.runRows);
    this.runStarts.push(this.runStart);
    this.runContest = -1;
    this.runRows = 0;
  }

  // Each contest's candidates, in row order (the positions below index these), and in vote order.
  private members = new Int32Array(64);
  private order: number[] = [];
  // The contest's parties in order of first appearance: a candidate of each, their votes, candidates and seats.
  private groupFirst = new Int32Array(64);
  private groupVotes = new Int32Array(64);
  private groupCandidates = new Int32Array(64);
  private groupSeats = new Int32Array(64);
  // The candidates in vote order: their votes, and where their shares' text is in the sink.
  private readonly candidateVotes = new Int32Array(MOST_CANDIDATES);
  private readonly shareStart = new Int32Array(MOST_CANDIDATES);
  private readonly shareEnd = new Int32Array(MOST_CANDIDATES);
  private readonly counted = new CountedStub();
  /** The share method (setup.shareMethod) of contests of more than one seat: one seat is always 'total'. */
  private readonly averageShares: boolean;
  private readonly topShares: boolean;
  /** The last council written, and as JSON (a council's contests come one after another). */
  private jsonCouncil = '';
  private councilBytes = Buffer.from('null');

  private writeContest(contest: number, builder: TallyBuilder): void {
    let n = 0;
    for (let row = this.firstRow[contest]!; row !== -1; row = this.nextRow[row]!) {
      this.members = grownInt(this.members, n + 1);
      this.members[n++] = row;
    }
    this.refuseDuplicates(n);
    if (!this.writePlain(contest, n, builder)) this.writeRecordWay(contest, n, builder);
  }

  /** A contest that is not plain, counted and written by the record path's own functions. */
  private writeRecordWay(contest: number, n: number, builder: TallyBuilder): void {
    const counted = builder.add(this.contestOf(contest, n));
    append(contestWarnings, counted.warnings);
    const sink = this.sink;
    sink.room(LATER_ITEM.length);
    if (this.setup.format === 'json') sink.ascii(LATER_ITEM);
    sink.text(this.setup.recordText(counted));
  }

  /** The contest as ContestAssembler makes it, for the record path's count. */
  private contestOf(contest: number, n: number): ReturnType<typeof makeContest> {
    const candidates: Candidate[] = [];
    for (let i = 0; i < n; i++) {
      const row = this.members[i]!;
      const party = this.partyCells.at(this.rowParty[row]!);
      const votes = this.rowVotes[row]!;
      const elected = this.rowElected[row]!;
      candidates.push({
        name: this.nameOf(row),
        party: party.party,
        partyCode: party.partyCode,
        description: party.description,
        independent: party.independent,
        votes: votes === -1 ? null : votes,
        elected: elected === -1 ? null : elected === 1,
        origin: { file: this.file, line: this.rowLine[row]! },
      });
    }
    const council = this.council[contest]!;
    return makeContest({
      council: council === '' ? null : council,
      area: this.area[contest]!,
      code: this.code[contest]!,
      seats: null,
      candidates,
      electorate: null,
      ballots: null,
      rejected: null,
      defending: null,
      cancelled: false,
      votesByParty: false,
      system: undefined,
      quota: null,
      origin: { file: this.file, line: this.line[contest]! },
    });
  }

  private nameOf(row: number): string {
    return this.nameText[row] ?? this.bytes.utf8Slice(this.nameStart[row]!, this.nameEnd[row]!);
  }

  /** ContestAssembler refuses one candidate (name and party) twice in a contest: the record path says so. */
  private refuseDuplicates(n: number): void {
    const members = this.members;
    for (let i = 1; i < n; i++) {
      const a = members[i]!;
      const partyA = this.rowPartyId[a]!;
      for (let j = 0; j < i; j++) {
        const b = members[j]!;
        if (this.rowPartyId[b] !== partyA) continue;
        if (this.sameName(a, b)) throw new NotPlain();
      }
    }
  }

  private sameName(a: number, b: number): boolean {
    if (this.nameText[a] === null && this.nameText[b] === null) {
      const startA = this.nameStart[a]!;
      const startB = this.nameStart[b]!;
      const length = this.nameEnd[a]! - startA;
      return length === this.nameEnd[b]! - startB && sameBytes(this.bytes, startA, this.bytes, startB, length);
    }
    return this.nameOf(a) === this.nameOf(b);
  }

  /**
   * Counts and writes a contest as tallyContest and contestJsonMembers would, when it is plain: every candidate
   * has votes and an elected flag, at least one is elected and one not, every winner has more votes than every
   * loser, and the valid votes are more than none. Returns false (nothing written) for any other.
   */
  private writePlain(contest: number, n: number, builder: TallyBuilder): boolean {
    if (n > MOST_CANDIDATES) return false;
    const members = this.members;
    const rowVotes = this.rowVotes;
    const rowElected = this.rowElected;
    let seats = 0;
    let votesCast = 0;
    for (let i = 0; i < n; i++) {
      const row = members[i]!;
      if (rowVotes[row] === -1 || rowElected[row] === -1) return false;
      seats += rowElected[row]!;
      votesCast += rowVotes[row]!;
    }
    // Seats: the number marked elected (no seats column); a contest with no loser is returned unopposed or has
    // no one to beat (makeContest, countSeats).
    if (seats === 0 || seats >= n || votesCast > MOST_VOTES) return false;
    // The method as two flags set once, and the same path for every candidate below: optimized before the first
    // contest of many seats, or a method string from another thread (not internalized: "wrong instance type"), the
    // function was thrown away and compiled again on meeting one, and it is the costliest to compile here (about
    // 70 ms each time, three times a thread).
    if (this.averageShares && seats > 1) return false;
    const top = this.topShares && seats > 1;

    // Vote order (countSeats): votes, then elected first, then as written.
    const order = this.order;
    // Emptied and filled in order (not `length = n`, which would make the array holey).
    order.length = 0;
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = 1; i < n; i++) {
      const item = order[i]!;
      const votes = rowVotes[members[item]!]!;
      const elected = rowElected[members[item]!]!;
      let j = i - 1;
      for (; j >= 0; j--) {
        const other = order[j]!;
        const otherVotes = rowVotes[members[other]!]!;
        if (otherVotes > votes || (otherVotes === votes && rowElected[members[other]!]! >= elected)) break;
        order[j + 1] = other;
      }
      order[j + 1] = item;
    }
    let lastElected = Infinity;
    let firstUnelected = -1;
    for (let i = 0; i < n; i++) {
      const row = members[i]!;
      const votes = rowVotes[row]!;
      if (rowElected[row] === 1) lastElected = Math.min(lastElected, votes);
      else firstUnelected = Math.max(firstUnelected, votes);
    }
    // A tie for the last seat, or a winner with fewer votes than a loser: warnings of countSeats' own.
    if (lastElected <= firstUnelected) return false;

    // The parties (partyVotes): each party's candidates in order of first appearance, an independent on their own.
    let groups = 0;
    const groupFirst = this.groupFirst;
    const groupVotes = this.groupVotes;
    const groupCandidates = this.groupCandidates;
    const groupSeats = this.groupSeats;
    const cells = this.partyCells;
    for (let i = 0; i < n; i++) {
      const row = members[i]!;
      const cell = cells.at(this.rowParty[row]!);
      let group = -1;
      if (!cell.independent) {
        for (let g = 0; g < groups; g++) {
          const first = cells.at(this.rowParty[members[groupFirst[g]!]!]!);
          if (!first.independent && first.id === cell.id) {
            group = g;
            break;
          }
        }
      }
      if (group === -1) {
        group = groups++;
        groupFirst[group] = i;
        groupVotes[group] = 0;
        groupCandidates[group] = 0;
        groupSeats[group] = 0;
      }
      // One path for a party's first candidate and the rest (votes are never negative: max(0, v) = 0 + v = v).
      const votes = rowVotes[row]!;
      const before = groupVotes[group]!;
      const most = Math.max(before, votes);
      groupVotes[group] = top ? most : before + votes;
      groupCandidates[group]! += 1;
      groupSeats[group]! += rowElected[row]!;
    }
    let validVotes = 0;
    for (let g = 0; g < groups; g++) validVotes += groupVotes[g]!;
    if (validVotes === 0) return false;

    const sink = this.sink;
    const format = this.setup.format;
    const council = this.council[contest]!;
    if (council !== this.jsonCouncil) {
      this.jsonCouncil = council;
      this.councilBytes = Buffer.from(council === '' ? 'null' : jsonString(council), 'utf8');
    }
    const area = this.area[contest]!;
    const code = this.code[contest]!;
    // The most this contest can take: each number at most 29 bytes (a share as writeQuotient writes it), a text's
    // JSON at most 6 bytes a character.
    let room = LATER_ITEM.length + CONTEST_HEAD.length + this.councilBytes.length + 6 * area.length + 6 * (code?.length ?? 0) + 64;
    room += PARTIES.length + MAJORITY.length + MAJORITY_SHARE.length + CONTEST_TAIL.length + LINE.length;
    room += this.fileBytes.length + 8 * NUMBER_ROOM;
    for (let i = 0; i < n; i++) {
      const row = members[i]!;
      const name = this.nameBytes(row);
      const cell = cells.at(this.rowParty[row]!);
      room += CANDIDATE_OPEN.length + name + cell.candidateBytes.length + SHARE.length + ELECTED_FALSE.length + 3 * NUMBER_ROOM + 2;
      room += cell.partyBytes.length + CANDIDATE_KEY.length + name + VOTES.length + SHARE.length + SEATS.length + 3 * NUMBER_ROOM + 2;
    }
    sink.room(room);
    if (format === 'json') sink.ascii(LATER_ITEM);
    sink.fragment(format === 'ndjson' ? NDJSON_OPEN : JSON_OPEN);
    sink.fragment(this.councilBytes);
    sink.fragment(AREA);
    const areaStart = this.areaStart[contest]!;
    if (areaStart === -1) {
      sink.text(jsonString(area));
    } else {
      sink.ascii('"');
      sink.copy(this.bytes, areaStart, this.areaEnd[contest]!);
      sink.ascii('"');
    }
    sink.fragment(CODE);
    if (code === null) sink.ascii('null');
    else sink.text(jsonString(code));
    sink.fragment(SEATS);
    sink.integer(seats);
    sink.fragment(VALID_VOTES);
    sink.integer(validVotes);
    sink.fragment(VOTES_CAST);
    sink.integer(votesCast);
    sink.fragment(CONTEST_HEAD);
    const stub = this.counted;
    const candidateVotes = this.candidateVotes;
    const shareStart = this.shareStart;
    const shareEnd = this.shareEnd;
    // Emptied here and filled in order below (`length = n` would make it holey, and with it, through objectArray's
    // one allocation site, every array made after it: a later part's contests were then the wrong kind).
    stub.candidates.length = 0;
    let rank = 0;
    let rankVotes = -1;
    for (let i = 0; i < n; i++) {
      const row = members[order[i]!]!;
      const votes = rowVotes[row]!;
      const cell = cells.at(this.rowParty[row]!);
      const elected = rowElected[row] === 1;
      // Standard competition ranking ("1224").
      if (votes !== rankVotes) {
        rank = i + 1;
        rankVotes = votes;
      }
      const text = this.nameText[row];
      if (text === null || text === undefined) {
        sink.fragment(i > 0 ? LATER_PLAIN_CANDIDATE_OPEN : PLAIN_CANDIDATE_OPEN);
        sink.copy(this.bytes, this.nameStart[row]!, this.nameEnd[row]!);
        sink.fragment(cell.afterPlainName);
      } else {
        sink.fragment(i > 0 ? LATER_CANDIDATE_OPEN : CANDIDATE_OPEN);
        sink.text(jsonString(text));
        sink.fragment(cell.candidateBytes);
      }
      sink.integer(votes);
      sink.fragment(SHARE);
      candidateVotes[i] = votes;
      shareStart[i] = sink.length;
      sink.quotient(votes, validVotes);
      shareEnd[i] = sink.length;
      sink.fragment(elected ? ELECTED_TRUE : ELECTED_FALSE);
      sink.integer(rank);
      sink.ascii('}');
      stub.candidate(i, cell, elected);
    }
    sink.fragment(PARTIES);
    stub.parties.length = 0;
    for (let g = 0; g < groups; g++) {
      const row = members[groupFirst[g]!]!;
      const cell = cells.at(this.rowParty[row]!);
      sink.fragment(g > 0 ? cell.laterPartyBytes : cell.partyBytes);
      if (cell.independent) {
        sink.fragment(CANDIDATE_KEY);
        this.writeName(row);
      }
      const votes = groupVotes[g]!;
      sink.fragment(VOTES);
      sink.integer(votes);
      sink.fragment(SHARE);
      // A party's share is most often a candidate's (its only one, or its best under the top-vote method): the
      // same quotient, so the same text, copied rather than worked out again (2M rows: 2M of 4.4M shares). The
      // search is over at most MOST_CANDIDATES candidates, as a larger contest is not written here.
      let same = 0;
      while (same < n && candidateVotes[same] !== votes) same += 1;
      if (same < n) sink.again(shareStart[same]!, shareEnd[same]!);
      else sink.quotient(votes, validVotes);
      sink.fragment(SEATS);
      // A party's seats are its elected candidates'; an independent's, their own.
      sink.integer(groupSeats[g]!);
      sink.ascii('}');
      stub.party(g, cell, votes);
    }
    const majority = lastElected - firstUnelected;
    sink.fragment(MAJORITY);
    sink.integer(majority);
    sink.fragment(MAJORITY_SHARE);
    sink.quotient(majority, validVotes);
    sink.fragment(CONTEST_TAIL);
    sink.fragment(this.fileBytes);
    sink.fragment(LINE);
    sink.integer(this.line[contest]!);
    sink.ascii(format === 'ndjson' ? '}\n' : '}');

    stub.council = council === '' ? null : council;
    stub.area = this.area[contest]!;
    stub.seats = seats;
    stub.validVotes = validVotes;
    stub.origin.file = this.file;
    stub.origin.line = this.line[contest]!;
    builder.count(stub);
    return true;
  }

  /** The most bytes a candidate's name takes as JSON. */
  private nameBytes(row: number): number {
    const text = this.nameText[row];
    return text === null || text === undefined ? this.nameEnd[row]! - this.nameStart[row]! + 2 : 6 * text.length + 2;
  }

  /** A candidate's name as JSON: its bytes in quotes when written plainly, else jsonString of its text. */
  private writeName(row: number): void {
    const text = this.nameText[row];
    if (text === null || text === undefined) {
      this.sink.ascii('"');
      this.sink.copy(this.bytes, this.nameStart[row]!, this.nameEnd[row]!);
      this.sink.ascii('"');
    } else {
      this.sink.text(jsonString(text));
    }
  }
}

/** Whether `length` bytes at two places are the same (a loop: the fields compared are short, and a call to
 * Buffer.compare cost more than the comparison). */
function sameBytes(a: Buffer, from: number, b: Buffer, at: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a[from + i] !== b[at + i]) return false;
  return true;
}

/**
 * Whether a name's bytes are its text as parseText leaves it and jsonString writes it: no white space at the
 * ends, no run of it, nothing but the plain space (JavaScript's \s includes U+00A0, U+1680, U+2000-U+200A,
 * U+2028/9, U+202F, U+205F, U+3000 and U+FEFF), and nothing jsonString escapes (quote, backslash, controls,
 * U+2028/9, bidi controls, characters beyond U+FFFF). Checked by lead bytes, erring towards "not plain": any
 * character starting E2 80, E2 81, E1 9A, E3 80, EF BB or F0-F4, or C2 80-C2 A0, goes the string way.
 */
function plainName(bytes: Buffer, start: number, end: number): boolean {
  if (end === start || bytes[start] === SPACE || bytes[end - 1] === SPACE) return false;
  let space = false;
  for (let i = start; i < end; i++) {
    const code = bytes[i]!;
    if (code < 0x80) {
      if (code === SPACE) {
        if (space) return false;
        space = true;
        continue;
      }
      space = false;
      if (code < 0x20 || code === QUOTE || code === BACKSLASH || code === 0x7f) return false;
      continue;
    }
    space = false;
    const second = bytes[i + 1]!;
    if (code === 0xc2 && second <= 0xa0) return false;
    if ((code === 0xe2 && (second === 0x80 || second === 0x81)) || (code === 0xe1 && second === 0x9a) || (code === 0xe3 && second === 0x80))
      return false;
    if ((code === 0xef && second === 0xbb) || code >= 0xf0) return false;
  }
  return true;
}

/** The party cells met, by their bytes (hashed), each read once. */
class PartyCells {
  private readonly cells: PartyCell[] = [];
  private readonly ids = new Map<string, number>();
  private readonly table = new ByteTable();

  constructor(private readonly registry: PartyRegistry) {}

  at(index: number): PartyCell {
    return this.cells[index]!;
  }

  /** The cell's number (for at()), read and interned the first time its bytes are met. */
  cell(bytes: Buffer, start: number, end: number, doubled: boolean): number {
    const found = this.table.find(bytes, start, end, doubled);
    return found >= 0 ? found : this.add(bytes, start, end, doubled, found);
  }

  private add(bytes: Buffer, start: number, end: number, doubled: boolean, missing: number): number {
    let text = (bytes as Bytes).utf8Slice(start, end);
    if (doubled) text = text.replaceAll('""', '"');
    const written = parseText(text);
    const { party, partyCode, independent } = candidateParty(this.registry, written, '');
    // One id per party as counted: the totals and a contest's parties go by its name (an independent's by theirs).
    let id = this.ids.get(party);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(party, id);
    }
    const json = (value: string) => jsonString(value);
    const candidate = `,"party":${json(party)},"partyCode":${json(partyCode)},"description":${json(written)},"votes":`;
    const partyEntry = `{"party":${json(party)},"partyCode":${json(partyCode)}`;
    this.cells.push({
      id,
      party,
      partyCode,
      description: written,
      independent,
      totalsNumber: independent ? 0 : id + 1,
      candidateBytes: Buffer.from(candidate, 'utf8'),
      afterPlainName: Buffer.from(`"${candidate}`, 'utf8'),
      partyBytes: Buffer.from(partyEntry, 'utf8'),
      laterPartyBytes: Buffer.from(`,${partyEntry}`, 'utf8'),
    });
    return this.table.add(bytes, start, end, doubled, missing);
  }
}

/**
 * Cells interned by their bytes (and whether their quotes were doubled): each set of bytes gets the next number,
 * 0, 1, 2, ..., found again by an FNV-1a hash of the bytes, with no string made to look it up. A slot of the
 * table holds all a look-up needs before the bytes themselves: the hash, the number, and where the bytes are in
 * one buffer of all keys. With a Buffer and a flag of its own for each key, finding one of a file's 45,000 wards
 * went through several places in memory, most not in the cache: at 2M rows the areas' look-ups took 5.1% of the
 * workers' time, 3.1% now (perf samples).
 */
export class ByteTable {
  private static readonly SLOT = 4;
  /** Per slot: the hash, the number (-1: empty), where the key starts in `keys`, its length (negative: doubled). */
  private table = new Int32Array(1024 * ByteTable.SLOT).fill(-1);
  private keys: Buffer = Buffer.allocUnsafeSlow(1 << 12);
  private keysLength = 0;
  private count = 0;
  /** The hash find() worked out last: add() follows a find() that missed, for the same bytes. */
  private lastHash = 0;

  get size(): number {
    return this.count;
  }

  /** The number of these bytes, or where they would go (negative: for add). */
  find(bytes: Buffer, start: number, end: number, doubled: boolean): number {
    const hash = hashBytes(bytes, start, end, doubled);
    this.lastHash = hash;
    const table = this.table;
    const mask = table.length / ByteTable.SLOT - 1;
    const length = lengthCode(end - start, doubled);
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * ByteTable.SLOT;
      const index = table[at + 1]!;
      if (index === -1) return -1 - slot;
      if (table[at] === hash && table[at + 3] === length && sameBytes(this.keys, table[at + 2]!, bytes, start, end - start)) return index;
    }
  }

  /** Adds the bytes the last find() did not find (`missing`: what it returned), and returns their number. */
  add(bytes: Buffer, start: number, end: number, doubled: boolean, missing: number): number {
    const index = this.count++;
    const length = end - start;
    if (this.keysLength + length > this.keys.length) {
      const keys = Buffer.allocUnsafeSlow(Math.max(2 * this.keys.length, this.keysLength + length));
      this.keys.copy(keys, 0, 0, this.keysLength);
      this.keys = keys;
    }
    bytes.copy(this.keys, this.keysLength, start, end);
    const at = (-1 - missing) * ByteTable.SLOT;
    this.table[at] = this.lastHash;
    this.table[at + 1] = index;
    this.table[at + 2] = this.keysLength;
    this.table[at + 3] = lengthCode(length, doubled);
    this.keysLength += length;
    if (2 * this.count * ByteTable.SLOT > this.table.length) this.rehash();
    return index;
  }

  private rehash(): void {
    const old = this.table;
    const table = new Int32Array(2 * old.length).fill(-1);
    const mask = table.length / ByteTable.SLOT - 1;
    for (let from = 0; from < old.length; from += ByteTable.SLOT) {
      if (old[from + 1] === -1) continue;
      let slot = old[from]! & mask;
      while (table[slot * ByteTable.SLOT + 1] !== -1) slot = (slot + 1) & mask;
      table.set(old.subarray(from, from + ByteTable.SLOT), slot * ByteTable.SLOT);
    }
    this.table = table;
  }
}

/** A key's length as a ByteTable slot holds it: negative for a cell whose quotes were doubled. */
function lengthCode(length: number, doubled: boolean): number {
  return doubled ? -1 - length : length;
}

/**
 * FNV-1a over the bytes, started otherwise for a cell whose quotes were doubled. A slot holds the hash as an
 * int32, so it is one from the start: the offset basis as written is above 2^31, and a blank cell (no byte mixed
 * in) hashed to it never matched its own slot. Each blank party was then a new cell, its look-up in the registry
 * and its JSON made again (42,201 blank parties at 2M rows: 3-4% of the CPU; 8% at 10M).
 */
function hashBytes(bytes: Buffer, start: number, end: number, doubled: boolean): number {
  let hash = (doubled ? 0x811c9dc5 ^ 1 : 0x811c9dc5) | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 16777619);
  return hash;
}

/**
 * The areas met, by their bytes: each one's text (parseText), key (areaKey) and whether its bytes are its JSON,
 * worked out once. A file's ward names recur from council to council and in every part, and reading one again
 * (a string of its bytes, a look-up by that string, the fold of case, accents and punctuation) cost more than
 * finding its bytes. Bounded: past that, areas are read each time.
 */
class AreaCells {
  private static readonly MOST = 100_000;
  private readonly table = new ByteTable();
  private readonly areas: string[] = [];
  private readonly keys: string[] = [];
  private readonly plain: boolean[] = [];
  /** What read() found. */
  area = '';
  key = '';
  plainBytes = false;

  read(bytes: Bytes, start: number, end: number, doubled: boolean): void {
    const found = this.table.find(bytes, start, end, doubled);
    if (found >= 0) {
      this.area = this.areas[found]!;
      this.key = this.keys[found]!;
      this.plainBytes = this.plain[found]!;
      return;
    }
    const text = bytes.utf8Slice(start, end);
    this.area = parseText(doubled ? text.replaceAll('""', '"') : text);
    // A blank area is not read here (the caller sends the part the record way): no key to work out.
    this.key = this.area === '' ? '' : areaKey(this.area);
    this.plainBytes = !doubled && plainName(bytes, start, end);
    if (this.table.size >= AreaCells.MOST) return;
    this.table.add(bytes, start, end, doubled, found);
    this.areas.push(this.area);
    this.keys.push(this.key);
    this.plain.push(this.plainBytes);
  }
}

/** One AreaCells for every part a thread reads (what one part worked out from an area's bytes is right for the next). */
const areaCells = new AreaCells();

/** One reused CountedContest for the totals of the contests written here (TallyBuilder.count). */
class CountedStub implements CountedContest {
  council: string | null = null;
  area = '';
  seats = 0;
  readonly status = 'contested' as const;
  /** Reused too: the totals read it only to say where a sum passed 2^53, and then the part goes the record way. */
  readonly origin: { file: string; line: number } = { file: '', line: 0 };
  validVotes = 0;
  readonly undecidedSeats = 0;
  readonly unfilledSeats = 0;
  readonly candidates = objectArray<{ party: string; partyCode: string; independent: boolean; totalsNumber: number; elected: boolean }>();
  readonly parties = objectArray<{ party: string; partyCode: string; independent: boolean; totalsNumber: number; votes: number }>();
  private readonly candidatePool: CountedStub['candidates'] = objectArray();
  private readonly partyPool: CountedStub['parties'] = objectArray();

  candidate(i: number, cell: PartyCell, elected: boolean): void {
    const entry = (this.candidatePool[i] ??= { party: '', partyCode: '', independent: false, totalsNumber: 0, elected: false });
    this.candidates[i] = entry;
    entry.party = cell.party;
    entry.partyCode = cell.partyCode;
    entry.independent = cell.independent;
    entry.totalsNumber = cell.totalsNumber;
    entry.elected = elected;
  }

  party(g: number, cell: PartyCell, votes: number): void {
    const entry = (this.partyPool[g] ??= { party: '', partyCode: '', independent: false, totalsNumber: 0, votes: 0 });
    this.parties[g] = entry;
    entry.party = cell.party;
    entry.partyCode = cell.partyCode;
    entry.independent = cell.independent;
    entry.totalsNumber = cell.totalsNumber;
    entry.votes = votes;
  }
}

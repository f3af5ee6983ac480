/**
 * Counting a big file on several cores: the file is cut into parts at line breaks, worker threads read, count
 * and write each part (cli/tally-worker.ts, io/read-range.ts), and this thread puts the parts together in file
 * order: the contests' bytes written as they come, the row account, warnings and party totals added up in
 * order. The output is the bytes a one-thread read writes, because every contest is read, counted and written
 * by the same code, and the parts are checked to fit together before any of them is used:
 *
 * - each cut fell on a record boundary, and both parts beside it agree where the contest across it ends;
 * - no contest appears in two parts, nor twice in one (a file not grouped by contest): where two parts one after
 *   the other both hold rows of one contest (an area written two ways, its second rows a few lines after a cut),
 *   the two are read again as one part, which counts them as one thread does;
 * - every part was plain UTF-8 with no bad row.
 *
 * When any check fails, the file is read again the ordinary way (one thread), which decides what that file
 * means as it always does (an ungrouped file read whole, a bad row's error). Output already written is not
 * written again: it is exactly what the ordinary read writes first, because a contest is written here only
 * when a one-thread read would have written it too (released: see ContestAssembler's holdRows), so the
 * ordinary read's first bytes are skipped (skippingOutput).
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { append } from '../core/arrays';
import { checkRowAccount } from '../core/invariants';
import type { RowAccount, Warning } from '../core/model';
import { TotalsBeyondExact, type TallyBuilder } from '../core/tally';
import { KeyHashes } from '../core/key-hashes';
import { HOLD_ROWS } from '../io/contests';
import { READ_BLOCK_BYTES } from '../io/sources';
import { CsvScanner, defaultCsvLimits } from '../io/csv';
import { detectLayout } from '../io/layouts';
import type { ReadOptions, ReadSummary, Source } from '../io/read-election';
import type { RangePlan } from '../io/read-range';
import type { InputFlags, OutputFormat } from './options';
import type { Output } from './output';
import { SpareMemory } from './spare-memory';
import type { TallyOutput } from './tally-output';
import type { PartFailed, PartJob, PartMessage, PostedPart, ReturnedBytes, WorkerSetup } from './tally-worker';

/**
 * Bytes in a part: big enough that a part's start-up is nothing beside its work, small enough to keep every core
 * busy, and a part and its answer (about four times as big) in the processor's caches while they are written and
 * copied out: against 2 MiB, 1 MiB parts took 3.89 -> 3.43 s (7.3 -> 6.4 s of CPU) at 2M rows and 17.4 -> 16.5 s
 * at 10M (medians of 5 and 3 interleaved runs); 512 KiB, no less again.
 */
export const PART_BYTES = 1 << 20;

/**
 * Bytes past a part's end it is first given, to finish its last contest and to find its cut in: a contest runs to
 * a few kilobytes, and reading a whole TAIL_BYTES for each part made this thread read the file three times over
 * (and touch that much memory). A part whose last contest runs on past its tail is read again with TAIL_BYTES.
 */
const SHORT_TAIL_BYTES = 64 << 10;
/** The most bytes past a part's end it is given (a contest longer than this: read the ordinary way). */
const TAIL_BYTES = 1 << 20;
/** How far V8 lets a heap grow past its live size before collecting it in full, while a file is counted in parts. */
const HEAP_GROWING_PERCENT = 200;

/**
 * The worker script: cli/tally-worker.ts bundled into one file beside this one by `npm run build`
 * (scripts/bundle-cli.mjs; not there when run from the TypeScript sources). A worker loads it at its start, and
 * one file loads in 17-24 ms where the forty-odd modules it requires took 30-40.
 */
const workerScript = path.join(__dirname, 'tally-worker.bundle.js');

export interface ParallelRequest {
  readonly source: Source;
  readonly flags: InputFlags;
  readonly format: OutputFormat;
  readonly shareMethod: WorkerSetup['shareMethod'];
  readonly raw: boolean;
  readonly read: ReadOptions;
  /** --threads: worker threads wanted (1: none). */
  readonly threads: number;
  /** --part-bytes (tests): how big a part is. */
  readonly partBytes: number;
  /** Files smaller than this are read on one thread (cli/commands/tally.ts: 4 MiB, or two parts with --part-bytes). */
  readonly smallestFile: number;
  readonly holdRows: number | undefined;
}

export type ParallelOutcome =
  | {
      readonly counted: true;
      readonly parts: number;
      /** Pairs of parts read again as one, because both held rows of one contest. */
      readonly joins: number;
      /** Of them, those read as bytes (cli/byte-part.ts). */
      readonly byteParts: number;
      /** Parts read again with a full tail, their last contest running on past a short one (SHORT_TAIL_BYTES). */
      readonly longerTails: number;
      readonly read: ReadSummary;
      readonly contestWarnings: readonly Warning[];
    }
  /** Read the file the ordinary way, skipping the first `written` bytes of its output (already on stdout). */
  | { readonly counted: false; readonly written: number; readonly reason: string };

/** Why a run cannot be counted in parts (null: it can), decided before anything is read beyond the header. */
export function parallelRefusal(sources: readonly Source[], request: Omit<ParallelRequest, 'source'>): string | null {
  if (request.threads < 2) return 'one thread';
  if (request.format !== 'json' && request.format !== 'ndjson' && request.format !== 'csv') return 'not a streamed format';
  if (sources.length !== 1) return 'more than one file';
  const source = sources[0]!;
  if (source.path === undefined || source.size === undefined) return 'not a file on disk';
  if (source.size < request.smallestFile) return 'a small file';
  if (request.read.selection !== undefined && !request.read.selection.choosesAll) return '--council or --area';
  if (request.read.encoding !== undefined && request.read.encoding !== 'utf-8') return '--encoding';
  if (!existsSync(workerScript)) return 'no worker script (run from the sources)';
  return null;
}

/** The threads to use by default: one per core (a worker each; this thread mostly waits and writes). */
export function defaultThreads(): number {
  return availableParallelism();
}

/** Writes `written` bytes less than it is given: the start of an output already written by a parallel attempt. */
export function skippingOutput(output: Output, written: number): Output {
  let remaining = written;
  const skip = (bytes: Uint8Array) => {
    if (remaining === 0) return output.writeBytes(bytes);
    if (bytes.length <= remaining) {
      remaining -= bytes.length;
      return;
    }
    const rest = bytes.subarray(remaining);
    remaining = 0;
    output.writeBytes(rest);
  };
  return {
    write: (text) => (remaining === 0 ? output.write(text) : skip(Buffer.from(text, 'utf8'))),
    writeBytes: skip,
    flush: () => output.flush(),
    isTTY: output.isTTY,
    columns: output.columns,
  };
}

/** Counts the bytes written through it (what a fallback must skip). */
export function countingOutput(output: Output): Output & { readonly written: number } {
  let written = 0;
  return {
    write(text) {
      written += Buffer.byteLength(text, 'utf8');
      output.write(text);
    },
    writeBytes(bytes) {
      written += bytes.length;
      output.writeBytes(bytes);
    },
    flush: () => output.flush(),
    isTTY: output.isTTY,
    columns: output.columns,
    get written() {
      return written;
    },
  };
}

class NotInParts extends Error {}

/**
 * Counts `request.source` in parts into `builder` and `output` (whose stdout is `stdout`, counting what it
 * writes). On `counted: false` nothing is decided: the caller reads the file the ordinary way.
 */
export async function parallelTally(
  request: ParallelRequest,
  builder: TallyBuilder,
  output: TallyOutput,
  stdout: { readonly written: number },
  onProgress: (progress: { rows: number; bytes: number }) => void,
): Promise<ParallelOutcome> {
  const file = request.source.name;
  const fd = openSync(request.source.path!, 'r');
  const workers: Worker[] = [];
  // V8 sets a heap's next full collection at the live size after the last one times a factor it picks from how
  // fast collection is, and here it picks little more than 1: a worker, whose heap holds about 7 MB, was collected
  // in full every part or two (10M rows: 128-149 times a worker), each time with helper threads marking it. A factor
  // of 3 for the count (the flag is read at each collection, by every thread, and set back after): 10M rows,
  // medians of 3 interleaved runs, 22.5 -> 19.2 s and 38.0 -> 32.3 s of user CPU, 59-69 full collections a worker,
  // peak RSS the same (507 MiB); in another set 150% saved less (20.3 -> 18.9 s) and 300% took 50 MiB more.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // The workers compile their hot code on their own thread, not V8's helper threads (read when a worker's isolate
  // is made, so this thread's own stays as it is). With two cores and three busy threads, a function waited in
  // the slow tiers for its compile to get a share of a core, its part running slowly meanwhile: each worker's
  // first part took 280 ms, against about 21 ms for the rest; compiled on the worker's thread, about 180 ms.
  // 2M rows, 6 interleaved pairs: 3.56 -> 3.43 s, 6.67 -> 6.38 s of CPU.
  setFlagsFromString('--no-concurrent-recompilation');
  try {
    const size = fstatSync(fd).size;
    const head = firstRecord(fd, size, file, request);
    if (typeof head === 'string') return { counted: false, written: 0, reason: head };

    const setup: WorkerSetup = {
      flags: request.flags,
      format: request.format as WorkerSetup['format'],
      shareMethod: request.shareMethod,
      raw: request.raw,
      holdRows: request.holdRows,
    };
    const threads = Math.min(request.threads, Math.ceil(size / request.partBytes));
    const results = new Map<number, PostedPart | PartFailed>();
    let wake: (() => void) | null = null;
    let broken: string | null = null;
    const inFlight: number[] = [];
    const parts = new PartCutter(file, fd, size, head.start, request.partBytes);
    for (let t = 0; t < threads; t++) {
      // A small young generation: each worker's garbage is mostly a part's rows, and V8's default lets two
      // workers' heaps grow by a few hundred megabytes for no gain in speed (2M rows: 589 -> 460 MB).
      // A part that needs more than the old generation allows stops its worker: the file is read the ordinary way.
      const worker = new Worker(workerScript, {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 },
      });
      worker.on('message', (message: PartMessage) => {
        const { input, ...result } = message;
        parts.spare.giveBack(input);
        results.set(result.id, result);
        inFlight[t]! -= 1;
        wake?.();
      });
      worker.on('error', (error) => {
        broken ??= `a worker failed: ${error.message}`;
        wake?.();
      });
      worker.on('exit', (code) => {
        if (code !== 0) broken ??= `a worker stopped (exit ${code})`;
        wake?.();
      });
      workers.push(worker);
      inFlight.push(0);
    }
    const waitForNews = () => new Promise<void>((resolve) => (wake = resolve));

    // Each part's answer goes back to the worker that counted it once written, to hold a later part's answer.
    const countedBy = new Map<number, Worker>();
    const giveBack = (part: PostedPart) => {
      const worker = countedBy.get(part.id)!;
      countedBy.delete(part.id);
      const returned: ReturnedBytes = { returned: part.bytes.buffer as ArrayBuffer };
      worker.postMessage(returned, [returned.returned]);
    };
    const merger = new PartMerger(builder, output, request.holdRows ?? HOLD_ROWS, head.start, size, giveBack);
    // The parts sent and not yet merged, in file order (every part in flight is one of them, so while any is
    // waiting for the next, an answer is on its way), and what each was to read.
    const unmerged: number[] = [];
    const plans = new Map<number, RangePlan>();
    const send = (job: PartJob) => {
      const t = leastBusy(inFlight);
      workers[t]!.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
      countedBy.set(job.id, workers[t]!);
      inFlight[t]! += 1;
      plans.set(job.id, job.plan);
    };
    const scratchKeys = new KeyHashes();
    let cut = 0;
    let merged = 0;
    let joins = 0;
    let byteParts = 0;
    /** The parts read again with a full tail. */
    const fullTails = new Set<number>();
    for (;;) {
      // Keep every worker busy with one part and one waiting, no more (memory follows parts in flight).
      while (!parts.done && inFlight[leastBusy(inFlight)]! < 2) {
        const job = parts.next(head.header, cut++ === 0);
        if (job === null) throw new NotInParts('a line longer than a part can hold');
        send(job);
        unmerged.push(job.id);
      }
      for (;;) {
        const result = results.get(unmerged[0]!);
        if (result === undefined) break;
        if (!result.ok) throw new NotInParts(result.reason);
        if (result.reading.next === null && !fullTails.has(result.id)) {
          // Its last contest ran on past its short tail: the part again, with a full one (a part whose bytes reach
          // the end of the file always knows where its last contest ends).
          const plan = plans.get(result.id)!;
          results.delete(result.id);
          plans.delete(result.id);
          giveBack(result);
          const job = parts.joined(plan, plan, true);
          send(job);
          unmerged[0] = job.id;
          fullTails.add(job.id);
          continue;
        }
        // A part is merged once the next is in (or none follows): when both hold rows of one contest (an area
        // written two ways, the second rows after a cut), the two are read again as one part, as one thread
        // reads them, instead of the whole file.
        const following = unmerged.length > 1 ? results.get(unmerged[1]!) : undefined;
        if (following === undefined && (unmerged.length > 1 || !parts.done)) break;
        if (following?.ok === true && shareAContest(scratchKeys, result, following)) {
          const job = parts.joined(plans.get(unmerged[0]!)!, plans.get(unmerged[1]!)!);
          for (const part of [result, following]) {
            results.delete(part.id);
            plans.delete(part.id);
            giveBack(part);
          }
          send(job);
          unmerged.splice(0, 2, job.id);
          joins += 1;
          continue;
        }
        results.delete(result.id);
        plans.delete(result.id);
        unmerged.shift();
        merger.merge(result);
        merged += 1;
        if (result.byteWay) byteParts += 1;
        onProgress({ rows: merger.rows.read, bytes: merger.position });
      }
      if (parts.done && unmerged.length === 0) break;
      if (broken !== null) throw new NotInParts(broken);
      await waitForNews();
    }
    const read = merger.finish(request.source.name);
    return { counted: true, parts: merged, joins, byteParts, longerTails: fullTails.size, read, contestWarnings: merger.contestWarnings };
  } catch (error) {
    if (error instanceof NotInParts) return { counted: false, written: stdout.written, reason: error.message };
    throw error;
  } finally {
    closeSync(fd);
    for (const worker of workers) void worker.terminate();
    setFlagsFromString('--heap-growing-percent=0');
    setFlagsFromString('--concurrent-recompilation');
  }
}

/**
 * The file's first record and where the parts start: after a UTF-8 byte-order mark. Returns why not, when the
 * file is not one the parts can read (another encoding's mark, a layout that carries state between records).
 */
function firstRecord(
  fd: number,
  size: number,
  file: string,
  request: Omit<ParallelRequest, 'source'>,
): { header: string[]; start: number } | string {
  const block = Buffer.allocUnsafe(Math.min(size, TAIL_BYTES));
  const length = readSync(fd, block, 0, block.length, 0);
  const bytes = block.subarray(0, length);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16';
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let header: string[] | null = null;
  const scanner = new CsvScanner(
    file,
    (cells) => {
      header = cells;
      scanner.stop();
    },
    request.read.limits ?? defaultCsvLimits,
  );
  try {
    scanner.pushBytes(bytes.subarray(start));
  } catch {
    return 'the first record does not read';
  }
  if (header === null) return 'no first record in the first block';
  let layout;
  try {
    layout = request.read.layout ?? detectLayout(header, file);
  } catch {
    return 'no layout';
  }
  if (layout.splittable !== true || layout.sums === true) return `the ${layout.name} layout is read whole`;
  return { header, start };
}

/** Lines in bytes as CsvScanner counts them: each LF, and each CR not followed by an LF. */
function lineBreaks(bytes: Buffer, from: number, to: number): number {
  let count = 0;
  for (let i = bytes.indexOf(10, from); i !== -1 && i < to; i = bytes.indexOf(10, i + 1)) count++;
  for (let i = bytes.indexOf(13, from); i !== -1 && i < to; i = bytes.indexOf(13, i + 1)) if (bytes[i + 1] !== 10) count++;
  return count;
}

/** Cuts the file into parts, each read with a positional read: its own bytes, then the tail it may need. */
export class PartCutter {
  private offset: number;
  private line = 1;
  private id = 0;
  done = false;
  /**
   * Parts' bytes the workers are done with, to read later parts into: new memory for each part (4 MiB, 400
   * parts at 10M rows) was page faults here and garbage in the workers, collected only when it piled up. A few
   * are kept: a part in flight per worker, and one waiting.
   */
  readonly spare = new SpareMemory(4);

  constructor(
    private readonly file: string,
    private readonly fd: number,
    private readonly size: number,
    start: number,
    private readonly partBytes: number,
  ) {
    this.offset = start;
  }

  /** The next part, or null when no cut could be made (no line break in a whole tail's worth of bytes). */
  next(header: readonly string[], first: boolean): PartJob | null {
    const from = this.offset;
    const nominal = from + this.partBytes;
    // The last part takes what is left when the rest would be a small part.
    const last = nominal + this.partBytes / 2 >= this.size;
    const found = last ? { bytes: this.read(from, this.size), end: this.size } : this.cutAfter(from, nominal);
    if (found === null) return null;
    const { bytes, end } = found;
    const length = last ? bytes.length : this.withTail(bytes, from, end, SHORT_TAIL_BYTES);
    const plan: RangePlan = { file: this.file, offset: from, line: this.line, header: first ? null : header, end, size: this.size };
    this.line += lineBreaks(bytes, 0, end - from);
    this.offset = end;
    this.done = last || end >= this.size;
    return { id: this.id++, bytes: bytes.subarray(0, length), plan };
  }

  /**
   * One part for two that follow each other: the first's records and the second's, with the second's tail (a
   * short one unless `fullTail`). Of one part and itself: that part again, with a full tail.
   */
  joined(first: RangePlan, second: RangePlan, fullTail = false): PartJob {
    const from = first.offset;
    const end = second.end;
    const tail = fullTail ? TAIL_BYTES : SHORT_TAIL_BYTES;
    const bytes = this.read(from, Math.min(this.size, end + tail));
    const length = this.withTail(bytes, from, end, tail);
    const plan: RangePlan = { file: this.file, offset: from, line: first.line, header: first.header, end, size: this.size };
    return { id: this.id++, bytes: bytes.subarray(0, length), plan };
  }

  /**
   * The bytes from `from` and the cut: just after a line break at or past `nominal`, at the start of a line that
   * is not blank, looked for in a short tail's worth of bytes first; null when there is none in a full tail's.
   */
  private cutAfter(from: number, nominal: number): { bytes: Buffer; end: number } | null {
    for (const tail of [SHORT_TAIL_BYTES, TAIL_BYTES]) {
      const bytes = this.read(from, Math.min(this.size, nominal + 2 * tail));
      let cut = bytes.indexOf(10, nominal - from);
      while (cut !== -1 && cut + 1 < bytes.length && (bytes[cut + 1] === 10 || bytes[cut + 1] === 13)) cut += 1;
      if (cut !== -1 && cut + 1 - (nominal - from) <= tail) return { bytes, end: from + cut + 1 };
      this.spare.giveBack(bytes.buffer as ArrayBuffer);
    }
    return null;
  }

  /**
   * How many of `bytes` (read from `from`) a part ending at `end` is given: its own and at most `tail` more, ending
   * after a line break (unless they reach the end of the file). Cut anywhere, its last line would be read as a
   * short record, and a character cut in two would make the part not UTF-8 (a file of Welsh or Polish names was
   * read the ordinary way after its first few parts, at half the speed).
   */
  private withTail(bytes: Buffer, from: number, end: number, tail: number): number {
    const length = Math.min(bytes.length, end - from + tail);
    if (from + length >= this.size) return length;
    return Math.max(end - from, bytes.lastIndexOf(10, length - 1) + 1);
  }

  /** Bytes `from` to `to` of the file (fewer at its end). */
  private read(from: number, to: number): Buffer {
    // Its own memory, never a slice of Node's shared pool: the buffer is handed (transferred) to a worker.
    const bytes = Buffer.from(this.spare.take(to - from), 0, to - from);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(this.fd, bytes, filled, bytes.length - filled, from + filled);
      if (n === 0) break;
      filled += n;
    }
    return bytes.subarray(0, filled);
  }
}

/**
 * Puts finished parts together in file order: checks they fit, adds up their accounts and totals, and writes
 * each contest when a one-thread read would have released it (ContestAssembler: once more than holdRows rows
 * follow its last row, oldest first), so that what is written is always the start of what that read writes.
 */
class PartMerger {
  readonly rows: RowAccount = { read: 0, used: 0, filtered: 0, setAside: [] };
  readonly warnings: Warning[] = [];
  readonly contestWarnings: Warning[] = [];
  private readonly keys = new KeyHashes();
  /** Where the next part's own records must begin (from the part before), and whether its cut was on a record. */
  private expectedStart: number;
  private cutOnRecord = true;
  position = 0;
  /**
   * Parts with contests not yet written: each contest's last row, the read block in which a one-thread read
   * releases it, and how many are released and written.
   */
  private pending: { part: PostedPart; lastRow: Float64Array; block: Float64Array; released: number; written: number }[] = [];
  /** Candidate rows merged so far, as the one-thread assembler counts them. */
  private rowsSoFar = 0;
  private unwrittenBytes = 0;
  /** The councils the part merged last had contests of. */
  private councilsBefore: readonly string[] = [];

  constructor(
    private readonly builder: TallyBuilder,
    private readonly output: TallyOutput,
    private readonly holdRows: number,
    start: number,
    private readonly size: number,
    /** Called with each part once all its contests are written: its bytes are read no more. */
    private readonly partWritten: (part: PostedPart) => void,
  ) {
    this.expectedStart = start;
  }

  merge(part: PostedPart): void {
    const reading = part.reading;
    if (!this.cutOnRecord) throw new NotInParts(`a cut fell inside a record (before byte ${this.expectedStart})`);
    if (reading.start !== this.expectedStart) {
      throw new NotInParts(`the parts beside a cut disagree where it is (byte ${this.expectedStart} or ${reading.start})`);
    }
    if (reading.next === null) throw new NotInParts('a contest longer than a part can see');
    this.expectedStart = reading.next;
    this.cutOnRecord = reading.endIsRecordStart;
    const hashes = part.keyHashes;
    for (let at = 0; at < hashes.length; at += 2) {
      if (!this.keys.addHashes(hashes, at)) throw new NotInParts('a contest appears in two parts (or two keys hash alike)');
    }
    let councils: string[];
    try {
      councils = this.builder.absorb(part.tally);
    } catch (error) {
      if (error instanceof TotalsBeyondExact) throw new NotInParts('votes beyond exact arithmetic');
      throw error;
    }
    // The councils of the part before that this one has none of are most likely done: their totals are given
    // now, while this thread mostly waits on the workers, not all at the end, when it alone works (2M rows:
    // 8,664 councils' totals, 0.18 s). What is given is used only if nothing more is counted in the council.
    if (this.output.councilSoFar !== undefined) {
      for (const council of this.councilsBefore) {
        if (!councils.includes(council)) this.output.councilSoFar(() => this.builder.council(council)!);
      }
    }
    this.councilsBefore = councils;
    const rows = this.rows;
    rows.read += reading.rows.read;
    rows.used += reading.rows.used;
    rows.filtered += reading.rows.filtered;
    for (const setAside of reading.rows.setAside) {
      const known = rows.setAside.find((s) => s.reason === setAside.reason);
      if (known) known.count += setAside.count;
      else rows.setAside.push(setAside);
    }
    append(this.warnings, reading.warnings);
    append(this.contestWarnings, part.contestWarnings);
    this.position = reading.next;

    // The one-thread assembler, run over the runs of rows: at the first row of each run after the first, it
    // releases, oldest first, the contests more than holdRows rows past their last row.
    const lastRow = new Float64Array(part.ends.length).fill(Number.POSITIVE_INFINITY);
    this.pending.push({ part, lastRow, block: new Float64Array(part.ends.length), released: 0, written: 0 });
    const { runs, runStarts } = reading;
    for (let r = 0; r < runs.length; r += 2) {
      if (this.rowsSoFar > 0) {
        // The release happens as the run's first record is read, in the block holding its line break: before
        // the next run starts (or this part's rows end), which is as late as it can be.
        const after = r + 2 < runs.length ? runStarts[r / 2 + 1]! : reading.next;
        this.release(this.rowsSoFar + 1, Math.floor((after - 1) / READ_BLOCK_BYTES));
      }
      this.rowsSoFar += runs[r + 1]!;
      lastRow[runs[r]!] = this.rowsSoFar;
    }
    this.write(false);
  }

  /** The row account and read warnings, as readContests returns them; every contest written. */
  finish(name: string): ReadSummary {
    if (this.expectedStart !== this.size || !this.cutOnRecord) throw new NotInParts('the parts did not reach the end of the file');
    for (const pending of this.pending) pending.released = pending.part.ends.length;
    this.write(true);
    checkRowAccount(this.rows);
    return { sources: [name], rows: this.rows, warnings: this.warnings };
  }

  /** Releases, oldest first, the contests more than holdRows rows past their last row at row `now`. */
  private release(now: number, block: number): void {
    for (const pending of this.pending) {
      const { part, lastRow } = pending;
      const ends = part.ends;
      let released = pending.released;
      while (released < ends.length && now - lastRow[released]! > this.holdRows) {
        this.unwrittenBytes += ends[released]! - (released === 0 ? 0 : ends[released - 1]!);
        pending.block[released] = block;
        released += 1;
      }
      pending.released = released;
      if (released < ends.length) return;
    }
  }

  /**
   * Writes the released contests a one-thread read has written by now, in as few writes as can be: those
   * released in a block it has finished reading (two blocks back, to be sure) once the parts merged reach past
   * it, since a one-thread read that fails writes the contests released in the blocks before the failing one
   * (readContests hands them on block by block). With `all`, every contest: the file has been read.
   */
  private write(all: boolean): void {
    if (!all && this.unwrittenBytes < 1 << 20) return;
    const written = all ? Number.POSITIVE_INFINITY : Math.floor(this.position / READ_BLOCK_BYTES) - 2;
    for (const pending of this.pending) {
      const { part, block } = pending;
      let to = pending.written;
      while (to < pending.released && block[to]! <= written) to += 1;
      if (to > pending.written) {
        const start = pending.written === 0 ? 0 : part.ends[pending.written - 1]!;
        this.output.encodedContests!(part.bytes.subarray(start, part.ends[to - 1]), to - pending.written);
        this.unwrittenBytes -= part.ends[to - 1]! - start;
        pending.written = to;
      }
      if (to < part.ends.length) break;
    }
    let done = 0;
    while (done < this.pending.length && this.pending[done]!.written === this.pending[done]!.part.ends.length) done += 1;
    for (const pending of this.pending.splice(0, done)) this.partWritten(pending.part);
  }
}

/** Whether two parts, one after the other, both hold rows of one contest (or keys hashing alike: then too). */
function shareAContest(scratch: KeyHashes, first: PostedPart, second: PostedPart): boolean {
  scratch.clear();
  const firstKeys = first.keyHashes;
  for (let at = 0; at < firstKeys.length; at += 2) scratch.addHashes(firstKeys, at);
  const secondKeys = second.keyHashes;
  for (let at = 0; at < secondKeys.length; at += 2) if (scratch.has(secondKeys, at)) return true;
  return false;
}

/** The worker with the fewest parts in flight. */
function leastBusy(inFlight: readonly number[]): number {
  let best = 0;
  for (let t = 1; t < inFlight.length; t++) if (inFlight[t]! < inFlight[best]!) best = t;
  return best;
}

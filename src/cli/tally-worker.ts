/**
 * A worker thread of a parallel tally (cli/parallel-tally.ts): it reads the parts of a big file it is sent
 * (io/read-range.ts), counts each contest with the same TallyBuilder, writes each with the same serializer the
 * streamed sinks use (contestText), and sends back the UTF-8 bytes with what the main thread needs to put the
 * parts together in file order: each contest's rows and key, the row account, warnings and party totals.
 * Anything unusual (a bad row, invalid UTF-8, a contest whose rows are too far apart) is not decided here: the
 * part says it failed, and the main thread reads the file the ordinary way, which decides as it always does.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ShareMethod, Warning } from '../core/model';
import { KeyHashes } from '../core/key-hashes';
import { TallyBuilder, type ContestTally, type TallyState } from '../core/tally';
import type { ReadOptions } from '../io/read-election';
import { readRange, type RangePlan, type RangeReading } from '../io/read-range';
import { defaultCsvLimits, type CsvLimits } from '../io/csv';
import { resolveReadOptions } from '../library/read';
import { readingOptions } from './load';
import type { InputFlags } from './options';
import { LATER_ITEM } from '../format/json';
import { contestText, type StreamedFormat } from './tally-output';
import { byteTally, ByteWriter } from './byte-part';
import { SpareMemory } from './spare-memory';

/** What every part is read and written with. */
export interface WorkerSetup {
  readonly flags: InputFlags;
  readonly format: StreamedFormat;
  readonly shareMethod: ShareMethod;
  readonly raw: boolean;
  /** --hold-rows: how far apart a contest's rows may be (ContestAssembler). */
  readonly holdRows: number | undefined;
}

export interface PartJob {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly plan: RangePlan;
}

export type PartResult = PartDone | PartFailed;

/**
 * A part's answer as posted to the main thread: its contests' keys as their hashes (KeyHashes.of), all the main
 * thread needs of them, in one transferred array instead of thousands of strings copied and collected there.
 */
export interface PostedPart extends Omit<PartDone, 'reading'> {
  readonly reading: Omit<RangeReading, 'keys'>;
  readonly keyHashes: Uint32Array;
}

/** What a worker posts, with the part's bytes given back (transferred) for the main thread to read into again. */
export type PartMessage = (PostedPart | PartFailed) & { readonly input: ArrayBuffer };

export interface PartDone {
  readonly id: number;
  readonly ok: true;
  /** Read as bytes (cli/byte-part.ts), not record by record. */
  readonly byteWay: boolean;
  readonly reading: RangeReading;
  /** The contests' text, encoded. */
  readonly bytes: Uint8Array;
  /** Where each contest's text ends in `bytes`, in the order of reading.keys. */
  readonly ends: Float64Array;
  readonly tally: TallyState;
  readonly contestWarnings: readonly Warning[];
}

export interface PartFailed {
  readonly id: number;
  readonly ok: false;
  /** Why, for --verbose diagnostics and tests; the run itself reads the file the ordinary way. */
  readonly reason: string;
}

/**
 * Parts' answers the main thread has written and sent back (ReturnedBytes), to write the next answers in, as
 * bench/count-floor.mjs does: each answer in new memory (about 8 MB a part, 400 parts at 10M rows) cost page
 * faults and frees in both threads. Measured: 10M rows, two interleaved single runs, 67.6 / 69.1 -> 63.3 / 63.3 s
 * and less system time; the bench (3 interleaved runs), 2M rows 13.6 -> 12.5 s, 10M rows 58.0 -> 58.2 s (noise).
 * Two are kept: a worker has a part counting and one waiting.
 */
const returned = new SpareMemory(2);

/** A buffer the main thread is done with, sent back (transferred) to hold a later part's answer. */
export interface ReturnedBytes {
  readonly returned: ArrayBuffer;
}

/**
 * The worker's one sink. A part's answer is written in memory the main thread sent back when one is big enough
 * (else new memory), and that memory is then handed over with the answer, not copied out of a sink kept here.
 */
const sink = new ByteWriter();

/**
 * Starts a part's answer: room for about five times the part's own bytes (JSON is about four times the CSV; the
 * sink grows by copying past that), in a returned buffer when one is big enough.
 */
function startAnswer(plan: RangePlan): void {
  const room = 5 * (plan.end - plan.offset);
  sink.reset(returned.take(room));
}

/**
 * Each setup's contest serializer (contestText), made once: made again for every part, it was a new function
 * each time, and the code calling it, compiled for the one before, was thrown away ("wrong call target").
 */
const serializers = new Map<string, (contest: ContestTally) => string>();

function contestSerializer(setup: WorkerSetup): (contest: ContestTally) => string {
  const key = `${setup.format} ${setup.raw}`;
  let text = serializers.get(key);
  if (text === undefined) {
    text = contestText(setup.format, { raw: setup.raw });
    serializers.set(key, text);
  }
  return text;
}

function countPart(job: PartJob, setup: WorkerSetup, options: ReadOptions): PartResult {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  // The ordinary read decides what a file that is not UTF-8, or holds a NUL byte, is.
  if (bytes.indexOf(0) !== -1 || !isUtf8(bytes)) return { id: job.id, ok: false, reason: 'not plain UTF-8' };
  return (byteWay(job, bytes, setup, options) ?? recordWay(job, bytes, setup, options)).result;
}

/** A part read record by record: readRange, TallyBuilder, contestText (every layout, every option). */
export function recordWay(job: PartJob, bytes: Buffer, setup: WorkerSetup, options: ReadOptions): { result: PartDone } {
  const builder = new TallyBuilder(setup.shareMethod);
  const text = contestSerializer(setup);
  const separator = setup.format === 'json' ? LATER_ITEM : '';
  startAnswer(job.plan);
  const ends: number[] = [];
  const contestWarnings: Warning[] = [];
  const reading = readRange(bytes, job.plan, { ...options, holdRows: setup.holdRows }, (contest) => {
    const counted = builder.add(contest);
    for (const warning of counted.warnings) contestWarnings.push(warning);
    // JSON items as JsonWriter writes every one after the first (JsonWriter.encodedItems takes it from there).
    if (separator !== '') sink.text(separator);
    sink.text(text(counted));
    ends.push(sink.length);
  });
  return {
    result: {
      id: job.id,
      ok: true,
      byteWay: false,
      reading,
      bytes: sink.handOver(),
      ends: Float64Array.from(ends),
      tally: builder.state(),
      contestWarnings,
    },
  };
}

/**
 * A part of a file in the canonical layout read as bytes (cli/byte-part.ts), for JSON and NDJSON without
 * --council / --area: the same answer as recordWay, or null when the part holds anything that path reads
 * differently from plain rows.
 */
export function byteWay(job: PartJob, bytes: Buffer, setup: WorkerSetup, options: ReadOptions): { result: PartDone } | null {
  const everyContest = options.selection === undefined || options.selection.choosesAll;
  if (setup.format === 'csv' || !everyContest || options.onError !== undefined || !defaultLimits(options.limits)) return null;
  const format = setup.format;
  const text = contestSerializer(setup);
  startAnswer(job.plan);
  const part = byteTally(
    bytes,
    job.plan,
    {
      format,
      shareMethod: setup.shareMethod,
      registry: options.registry,
      holdRows: setup.holdRows,
      layout: options.layout,
      header: job.plan.header,
      recordText: text,
    },
    sink,
  );
  if (part === null) return null;
  return {
    result: {
      id: job.id,
      ok: true,
      byteWay: true,
      reading: part.reading,
      bytes: sink.handOver(),
      ends: Float64Array.from(part.ends),
      tally: part.tally,
      contestWarnings: part.contestWarnings,
    },
  };
}

/** Limits the byte path cannot pass (it reads records of up to 64 KiB): CsvScanner's defaults, or higher. */
function defaultLimits(limits: Partial<CsvLimits> | undefined): boolean {
  return (
    (limits?.maxFieldLength ?? Infinity) >= defaultCsvLimits.maxFieldLength &&
    (limits?.maxFields ?? Infinity) >= defaultCsvLimits.maxFields &&
    (limits?.maxRecordLength ?? Infinity) >= defaultCsvLimits.maxRecordLength
  );
}

async function serve(): Promise<void> {
  const port = parentPort!;
  const setup = workerData as WorkerSetup;
  const { read: options } = await resolveReadOptions(readingOptions(setup.flags), (name) => Promise.resolve(readFileSync(name, 'utf8')));
  port.on('message', (message: PartJob | ReturnedBytes) => {
    if ('returned' in message) {
      returned.giveBack(message.returned);
      return;
    }
    const job = message;
    let result: PartResult;
    try {
      result = countPart(job, setup, options);
    } catch (error) {
      result = { id: job.id, ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
    // Nothing read from the part's bytes is kept past the part (names and keys are copied out), so they can go back.
    const input = job.bytes.buffer as ArrayBuffer;
    if (!result.ok) {
      port.postMessage({ ...result, input } satisfies PartMessage, [input]);
      return;
    }
    const { keys, ...reading } = result.reading;
    const posted: PartMessage = { ...result, reading, keyHashes: KeyHashes.of(keys), input };
    port.postMessage(posted, [posted.bytes.buffer as ArrayBuffer, posted.keyHashes.buffer as ArrayBuffer, input]);
  });
}

/**
 * Posting a part's answer detaches its buffers (they are transferred), and a thread's first detached buffer
 * throws away every function V8 has compiled there that reads a typed array: they were compiled without the
 * check a detached buffer needs (V8's "array buffer detaching protector"). A worker's second part then ran as
 * slowly as its first. One buffer detached before any part, and they are compiled with the check from the
 * start (2M rows, 5 interleaved runs: 3.77 -> 3.63 s).
 */
function detachABuffer(): void {
  const buffer = new ArrayBuffer(1);
  structuredClone(buffer, { transfer: [buffer] });
}

if (parentPort !== null) {
  detachABuffer();
  void serve();
}

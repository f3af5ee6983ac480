/**
 * Reading one part of a results file, for a worker thread counting a big file in parallel (cli/parallel-tally.ts).
 * The file is cut into parts at line breaks; a part is read exactly as the whole file would be (the same
 * records, lines, layout reading and contests: RecordIntake, ContestAssembler), except at its two edges, where
 * a contest may run across the cut. The rule for who reads those rows is the same on both sides of a cut:
 *
 *   the first contest met at or after the cut belongs to the part before it, which reads on past the cut until
 *   a row of another contest begins (rows with no contest, set aside or bad, go with the rows around them).
 *
 * So a part skips its leading run of rows of that first contest, and reads its own rows and then past its end
 * through the next part's leading run. Both sides compute the same place from the same bytes, and report it;
 * the caller checks that they agree and that each cut fell on a record boundary (not inside a quoted field):
 * if not, or if a part cannot tell (a contest longer than the bytes it was given), the part's answer is not
 * used and the file is read the ordinary way.
 */
import { DataError } from '../errors';
import type { Contest, RowAccount, Warning } from '../core/model';
import { ContestAssembler, contestKey, spellingWarning } from './contests';
import { CsvScanner, defaultCsvLimits } from './csv';
import { RecordIntake, type Peeked, type ReadOptions } from './read-election';
import type { CandidateRow } from './rows';

export interface RangePlan {
  readonly file: string;
  /** Where these bytes start in the file. */
  readonly offset: number;
  /** The line the first byte is on. */
  readonly line: number;
  /**
   * The file's first record, to open the layout with; null for the part that starts the file, which reads
   * its own (and has no leading run to skip).
   */
  readonly header: readonly string[] | null;
  /** Where this part's own bytes end (a file offset); the bytes after it are read only to finish its last contest. */
  readonly end: number;
  /** The file's size: the part whose own bytes end there is the last, with no cut after it. */
  readonly size: number;
}

export interface RangeReading {
  /**
   * The file offset of the first record this part counts, past the leading run that belongs to the part
   * before (the end of the file when that run is all there is); null when the bytes ran out first.
   */
  readonly start: number | null;
  /**
   * The file offset where the next part's own records begin (past the run read beyond `end`); null when the
   * bytes ran out before that run did and they do not reach the end of the file (the part cannot tell).
   */
  readonly next: number | null;
  /** A record starts exactly at `end`: the cut is a record boundary (or there is no cut: the last part). */
  readonly endIsRecordStart: boolean;
  readonly rows: RowAccount;
  /** Area spellings met (the warnings a whole-file read gives for these rows, in the same order). */
  readonly warnings: Warning[];
  /** The contests' keys, in order of first appearance (the order they are released in). */
  readonly keys: readonly string[];
  /**
   * The runs of rows of one contest, in file order, as pairs: the contest (its index in `keys`) and its rows
   * in the run. With them the caller knows when a whole-file read would release each contest (ContestAssembler).
   */
  readonly runs: Int32Array;
  /** Where each run's first record starts (a file offset). */
  readonly runStarts: Float64Array;
}

/**
 * Reads `bytes` (valid UTF-8, part of one file) as `plan` says, handing each contest to `release` as soon as
 * the input moves past it, in file order, each whole.
 */
export function readRange(bytes: Buffer, plan: RangePlan, options: ReadOptions, release: (contest: Contest) => void): RangeReading {
  const file = plan.file;
  const rows: RowAccount = { read: 0, used: 0, filtered: 0, setAside: [] };
  // The same assembler, holding contests as a whole-file read does: a contest's rows apart within the part are
  // counted together, or refused, exactly as there.
  const runs = new RunRecorder();
  const assembler = new ContestAssembler(options.registry, { release, holdRows: options.holdRows, onRun: (key) => runs.begin(key) });
  const intake = new RecordIntake(file, options, { assembler: runs.counting(assembler) }, rows);
  if (plan.header !== null) intake.open(plan.header, 1);

  const edges = new PartEdges(plan);
  const scanner = new CsvScanner(
    file,
    (cells, line, at) => {
      if (!intake.opened) {
        if (intake.open(cells, line)) return;
      }
      const origin = { file, line };
      let peeked: Peeked | undefined;
      let key: string | null = null;
      if (edges.needsKey(at)) {
        peeked = intake.peek(cells, origin);
        key = keyOf(peeked);
      }
      const taken = edges.take(at, key);
      if (taken === 'skip') return;
      if (taken === 'stop') {
        scanner.stop();
        return;
      }
      runs.at = plan.offset + at;
      intake.accept(cells, origin, peeked);
    },
    options.limits ?? defaultCsvLimits,
    plan.line,
  );
  scanner.pushBytes(bytes);
  scanner.end();
  assembler.finish();
  return {
    ...edges.finish(bytes.length),
    rows,
    warnings: assembler.spellings.map(spellingWarning),
    keys: [...runs.contests.keys()],
    ...runs.finish(),
  };
}

/**
 * Where a part's own records begin and end (the rule in this file's header), decided record by record from each
 * record's offset in the part and its contest's key; shared by readRange and the byte path (cli/byte-part.ts).
 */
export class PartEdges {
  private readonly end: number;
  private readonly last: boolean;
  private phase: 'lead' | 'own' | 'trail';
  private leadKey: string | null = null;
  private leadPastEnd = false;
  private trailKey: string | null = null;
  private start: number;
  private next = -1;
  private endIsRecordStart: boolean;

  constructor(private readonly plan: RangePlan) {
    this.end = plan.end - plan.offset;
    this.last = plan.end >= plan.size;
    this.phase = plan.header === null ? 'own' : 'lead';
    this.start = plan.header === null ? 0 : -1;
    this.endIsRecordStart = this.last;
  }

  /** Whether take() needs the contest of the record at `at` (in the leading run and past the part's end). */
  needsKey(at: number): boolean {
    return this.phase !== 'own' || (at >= this.end && !this.last);
  }

  /**
   * The record at `at`, of the contest `key` (null for a record with none: set aside, or bad): skipped (the part
   * before reads it), read, or the first of the next part's own records (read no further).
   */
  take(at: number, key: string | null): 'skip' | 'read' | 'stop' {
    const end = this.end;
    // The cut is on a record boundary when a record starts exactly there, whichever part it belongs to.
    if (at === end) this.endIsRecordStart = true;
    if (this.phase === 'lead') {
      if (key === null || this.leadKey === null || key === this.leadKey) {
        this.leadKey ??= key;
        // The leading contest's rows go on past this part's end: it is also the next part's leading contest.
        if (key !== null && at >= end) this.leadPastEnd = true;
        return 'skip';
      }
      this.start = at;
      this.phase = 'own';
      if (at >= end && !this.last && this.leadPastEnd) {
        // The leading run covers all this part's bytes: it has no rows of its own, and the next part's
        // leading run (the same contest) ends here too.
        this.next = at;
        return 'stop';
      }
    }
    if (this.phase === 'own' && at >= end && !this.last) this.phase = 'trail';
    if (this.phase === 'trail') {
      if (key !== null && this.trailKey !== null && key !== this.trailKey) {
        this.next = at;
        return 'stop';
      }
      this.trailKey ??= key;
    }
    return 'read';
  }

  /** The edges found, once the part's `length` bytes are read (or reading stopped). */
  finish(length: number): Pick<RangeReading, 'start' | 'next' | 'endIsRecordStart'> {
    const plan = this.plan;
    // The bytes ended: bytes reaching the end of the file have been read as far as they should; any others
    // cannot tell where the last contest ends (or, still in the leading run, where the part's own rows begin).
    const ranOut = plan.offset + length < plan.size;
    const start = this.start === -1 && !ranOut ? length : this.start;
    const next = this.next === -1 && !ranOut ? length : this.next;
    return {
      start: start === -1 ? null : plan.offset + start,
      next: next === -1 ? null : plan.offset + next,
      endIsRecordStart: this.endIsRecordStart,
    };
  }
}

/** Notes the runs of rows of each contest as the assembler meets them (ContestAssembler's onRun). */
class RunRecorder {
  /** Contests by key, numbered in order of first appearance. */
  readonly contests = new Map<string, number>();
  private runs = new Int32Array(1024);
  private starts = new Float64Array(512);
  private length = 0;
  /** The file offset of the record being added (set before each record's rows). */
  at = 0;
  private contest = -1;
  private start = 0;
  private rows = 0;

  /** The assembler, with each row counted in the run it belongs to. */
  counting(assembler: ContestAssembler): { add(row: CandidateRow): void } {
    return {
      add: (row) => {
        assembler.add(row);
        this.rows += 1;
      },
    };
  }

  begin(key: string): void {
    this.close();
    let contest = this.contests.get(key);
    if (contest === undefined) {
      contest = this.contests.size;
      this.contests.set(key, contest);
    }
    this.contest = contest;
    this.start = this.at;
  }

  finish(): { runs: Int32Array; runStarts: Float64Array } {
    this.close();
    return { runs: this.runs.slice(0, this.length), runStarts: this.starts.slice(0, this.length / 2) };
  }

  private close(): void {
    if (this.contest === -1) return;
    if (this.length + 2 > this.runs.length) {
      const grown = new Int32Array(2 * this.runs.length);
      grown.set(this.runs);
      this.runs = grown;
      const starts = new Float64Array(this.runs.length / 2);
      starts.set(this.starts);
      this.starts = starts;
    }
    this.starts[this.length / 2] = this.start;
    this.runs[this.length++] = this.contest;
    this.runs[this.length++] = this.rows;
    this.rows = 0;
  }
}

/** The contest a record's rows belong to, or null for a record with none (set aside, or bad). */
function keyOf(peeked: Peeked): string | null {
  if (peeked instanceof DataError || 'setAside' in peeked) return null;
  const first = peeked[0];
  return first === undefined ? null : contestKey(first.council, first.area);
}

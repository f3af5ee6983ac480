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
  /** These bytes run to the end of the file. */
  readonly reachesEnd: boolean;
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
  /** Every contest's rows were together (else the whole file must be read the ordinary way). */
  readonly grouped: boolean;
}

/**
 * Reads `bytes` (valid UTF-8, part of one file) as `plan` says, handing each contest to `release` as soon as
 * the input moves past it, in file order, each whole.
 */
export function readRange(bytes: Buffer, plan: RangePlan, options: ReadOptions, release: (contest: Contest) => void): RangeReading {
  const file = plan.file;
  const rows: RowAccount = { read: 0, used: 0, filtered: 0, setAside: [] };
  // Held rows 0: a contest is released as soon as the input moves past it, so a contest appearing again
  // later in the part is an error here, and the caller reads the file the ordinary way (which decides).
  const assembler = new ContestAssembler(options.registry, { release, holdRows: 0 });
  const intake = new RecordIntake(file, options, { assembler }, rows);
  if (plan.header !== null) intake.open(plan.header, 1);

  const end = plan.end - plan.offset;
  let phase: 'lead' | 'own' | 'trail' = plan.header === null ? 'own' : 'lead';
  let leadKey: string | null = null;
  let trailKey: string | null = null;
  let start = plan.header === null ? 0 : -1;
  let next = -1;
  let endIsRecordStart = plan.reachesEnd;

  const scanner = new CsvScanner(
    file,
    (cells, line, at) => {
      if (!intake.opened) {
        if (intake.open(cells, line)) return;
      }
      const origin = { file, line };
      let peeked: Peeked | undefined;
      if (phase === 'lead') {
        peeked = intake.peek(cells, origin);
        const key = keyOf(peeked);
        if (key === null || leadKey === null || key === leadKey) {
          leadKey ??= key;
          return;
        }
        phase = 'own';
        start = at;
      }
      if (phase === 'own' && at >= end && !plan.reachesEnd) {
        endIsRecordStart = at === end;
        phase = 'trail';
      }
      if (phase === 'trail') {
        peeked ??= intake.peek(cells, origin);
        const key = keyOf(peeked);
        if (key !== null && trailKey !== null && key !== trailKey) {
          next = at;
          scanner.stop();
          return;
        }
        trailKey ??= key;
      }
      intake.accept(cells, origin, peeked);
    },
    options.limits ?? defaultCsvLimits,
    plan.line,
  );
  scanner.pushBytes(bytes);
  scanner.end();
  assembler.finish();
  // The bytes ended: a part reaching the end of the file has read all it should; any other cannot tell
  // where its last contest ends (or, still in its leading run, where its own rows begin).
  const ranOut = !plan.reachesEnd;
  if (start === -1 && !ranOut) start = bytes.length;
  if (next === -1 && !ranOut) next = bytes.length;
  return {
    start: start === -1 ? null : plan.offset + start,
    next: next === -1 ? null : plan.offset + next,
    endIsRecordStart,
    rows,
    warnings: assembler.spellings.map(spellingWarning),
    grouped: assembler.isGrouped,
  };
}

/** The contest a record's rows belong to, or null for a record with none (set aside, or bad). */
function keyOf(peeked: Peeked): string | null {
  if (peeked instanceof DataError || 'setAside' in peeked) return null;
  const first = peeked[0];
  return first === undefined ? null : contestKey(first.council, first.area);
}

/**
 * An input layout: how one kind of results file (canonical, LEAP, Commons Library, ...) is recognised and
 * how its records become candidate rows. `results formats` lists them; `--input-format NAME` forces one.
 */
import type { Origin } from '../../errors';
import type { RecordReading } from '../rows';

export interface Layout {
  /** The name used with --input-format. */
  readonly name: string;
  /** One line for `results formats`. */
  readonly title: string;
  /** The columns it reads, for `results formats` and for "nearest layout" hints. */
  readonly columns: readonly string[];
  /** True when the file has no header row (the first record is data). */
  readonly headerless: boolean;
  /** How well the first record fits, from 0 (not at all) to 1 (certainly this layout). */
  match(firstRecord: readonly string[]): number;
  /**
   * A reader for one file. For a layout with a header, `firstRecord` is the header and the reader
   * throws an InputError naming the file when a required column is missing.
   */
  open(firstRecord: readonly string[], file: string, options?: OpenOptions): LayoutReader;
  /**
   * True when rows are partial counts (one reporting unit's votes, as in precinct files) to be summed into
   * one row per candidate per contest, over every file of the election, before contests are assembled.
   */
  readonly sums?: boolean;
  /**
   * True when each record is read on its own, with nothing carried from one record to the next, so a file can
   * be read in parts that start anywhere a record does (a parallel tally of a big file: io/read-range.ts).
   */
  readonly splittable?: boolean;
}

/** Settings from the command line that change how a layout reads rows. */
export interface OpenOptions {
  /** `--by precinct`: keep each reporting unit a contest of its own instead of summing over them. */
  readonly byUnit?: boolean;
}

export interface LayoutReader {
  read(cells: readonly string[], origin: Origin): RecordReading;
}

/** Header names compare without case, surrounding space, or the difference between `_`, `-` and space. */
export function headerKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

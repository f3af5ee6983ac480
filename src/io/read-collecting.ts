/**
 * Reading for `results check`: every file read on its own, and every bad row, contest or file collected
 * instead of stopping the run, so one pass reports them all. A file that cannot be read to the end (a
 * malformed CSV stops the scanner) gives its error and no contests; the other files are still read.
 */
import { InputError } from '../errors';
import type { Contest, Warning } from '../core/model';
import { readElection, type ReadOptions, type Source } from './read-election';
import { append } from '../core/arrays';

export interface CollectedReading {
  readonly contests: readonly Contest[];
  /** In reading order; each becomes one structure finding. */
  readonly errors: readonly InputError[];
  /** The readers' warnings (`district-missing`, `names-merged`, ...), in reading order. */
  readonly warnings: readonly Warning[];
}

export async function readCollecting(sources: readonly Source[], options: Omit<ReadOptions, 'onError'>): Promise<CollectedReading> {
  const contests: Contest[] = [];
  const errors: InputError[] = [];
  const warnings: Warning[] = [];
  for (const source of sources) {
    const found: InputError[] = [];
    try {
      const election = await readElection([source], { ...options, onError: (error) => found.push(error) });
      append(contests, election.contests);
      append(warnings, election.warnings);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      found.push(error);
    }
    append(errors, found);
  }
  return { contests, errors, warnings };
}

/**
 * The common shape every input layout is read into: one candidate's row. Layouts (canonical, LEAP,
 * Commons Library, ...) differ only in how they get from a file's records to these rows.
 */
import type { Origin } from '../errors';

export interface CandidateRow {
  readonly council: string | null;
  readonly area: string;
  readonly code: string | null;
  readonly candidate: string;
  /** The party or description as written (blank for none). */
  readonly party: string;
  readonly votes: number | null;
  readonly elected: boolean | null;
  readonly seats: number | null;
  readonly electorate: number | null;
  readonly ballots: number | null;
  readonly rejected: number | null;
  /** The parties defending the contest's seats on the eve of poll ("Con", "Con; Lab"), when the file says. */
  readonly defending: string | null;
  readonly cancelled: boolean;
  readonly origin: Origin;
}

/** What a layout makes of one record: candidate rows, or a reason to set the record aside (counted, never dropped silently). */
export type RecordReading = readonly CandidateRow[] | { readonly setAside: string };

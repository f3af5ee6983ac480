/**
 * The common shape every input layout is read into: one candidate's row. Layouts (canonical, LEAP,
 * Commons Library, ...) differ only in how they get from a file's records to these rows.
 */
import type { Origin } from '../errors';
import type { StvStage, VotingSystem } from '../core/model';

export interface CandidateRow {
  readonly council: string | null;
  readonly area: string;
  readonly code: string | null;
  readonly candidate: string;
  /** The party or description as written (blank for none). */
  readonly party: string;
  /**
   * A second spelling of the party to look up when the registry does not know `party` (the Commons
   * Library gives `Party name` and `Party abbreviation`); `party` stays the description shown.
   */
  readonly partyAbbreviation?: string;
  readonly votes: number | null;
  readonly elected: boolean | null;
  readonly seats: number | null;
  readonly electorate: number | null;
  readonly ballots: number | null;
  readonly rejected: number | null;
  /** The parties defending the contest's seats on the eve of poll ("Con", "Con; Lab"), when the file says. */
  readonly defending: string | null;
  readonly cancelled: boolean;
  /**
   * The row is a party's vote in the area, not one candidate's (a file with one column per party): the file does
   * not say how many candidates each party stood, so in a multi-member contest who won the seats is not known.
   */
  readonly votesByParty?: boolean;
  /** The voting system when the layout knows it (LEAP: STV in Scottish and Northern Irish councils). */
  readonly system?: VotingSystem | undefined;
  /** STV: the contest's quota, when the file gives it. */
  readonly quota?: number | null | undefined;
  /** STV: the stage at which this candidate was elected or excluded, when the file gives it. */
  readonly stage?: StvStage | null;
  /**
   * Precinct layouts: the county and reporting unit the votes were cast in and the office's district as
   * written ('' when the file gives none), so summing can tell a statewide office from a county that left
   * the district out.
   */
  readonly place?: { readonly county: string; readonly unit: string; readonly district: string } | undefined;
  readonly origin: Origin;
}

/** What a layout makes of one record: candidate rows, or a reason to set the record aside (counted, never dropped silently). */
export type RecordReading = readonly CandidateRow[] | { readonly setAside: string };

/** A candidate row with the contest-level values a layout does not give left null. */
export function candidateRow(
  given: Pick<CandidateRow, 'area' | 'candidate' | 'party' | 'votes' | 'origin'> & Partial<CandidateRow>,
): CandidateRow {
  return {
    council: null,
    code: null,
    elected: null,
    seats: null,
    electorate: null,
    ballots: null,
    rejected: null,
    defending: null,
    cancelled: false,
    ...given,
  };
}

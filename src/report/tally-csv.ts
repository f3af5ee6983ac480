/**
 * The tally as CSV: one row per candidate with the contest's fields repeated, for spreadsheets. Streamed contest
 * by contest by the CLI (cli/tally-output.ts); the JSON contract is report/tally-document.ts.
 */
import type { ContestTally, Tally } from '../core/tally';
import type { Column, ReportTable, Row } from './report';

/** The CSV view: one row per candidate, with the contest's fields repeated. */
export const tallyCsvColumns: readonly Column[] = [
  'council',
  'area',
  'code',
  'seats',
  'status',
  'validVotes',
  'votesCast',
  'electorate',
  'ballots',
  'rejected',
  'turnout',
  'majority',
  'majorityShare',
  'tieForLastSeat',
  'candidate',
  'party',
  'partyCode',
  'description',
  'votes',
  'share',
  'elected',
  'rank',
].map((key) => ({ key, label: key, type: 'text' as const }));

/** One contest's CSV rows, in the columns of tallyCsvColumns. */
export function contestCsvRows(c: ContestTally): Row[] {
  return c.candidates.map((candidate) => ({
    cells: [
      c.council,
      c.area,
      c.code,
      c.seats,
      c.status,
      c.validVotes,
      c.votesCast,
      c.electorate,
      c.ballots,
      c.rejected,
      c.turnout,
      c.majority,
      c.majorityShare,
      c.tieForLastSeat,
      candidate.name,
      candidate.party,
      candidate.partyCode,
      candidate.description,
      candidate.votes,
      candidate.share,
      candidate.elected,
      candidate.rank,
    ],
  }));
}

/** The whole tally as the CSV table. */
export function tallyCsv(result: Tally): ReportTable {
  return { columns: tallyCsvColumns, rows: result.contests.flatMap(contestCsvRows) };
}

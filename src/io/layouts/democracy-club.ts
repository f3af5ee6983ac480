/**
 * Democracy Club candidate exports (candidates.democracyclub.org.uk). The results-era export has
 * `ballot_paper_id, post_label, person_name, party_name, votes_cast, elected, tied_vote_winner, seats_contested`
 * and turnout fields; a contest is a ballot paper: `area` = `post_label`, `council` = the organisation in a local
 * ballot id (`local.worcester.battenhall.2021-05-06` → `worcester`; null for a general election). `elected` is
 * `True`/empty; `tied_vote_winner` marks a tie decided by lot (the winner is also `elected`).
 *
 * The older export (`id, name, ..., party_name, post_label, elected, ...`, e.g. candidates-parl.2019-12-12.csv)
 * lists candidates but no votes: reading it is refused with a message saying what it can and cannot answer.
 */
import { DataError, InputError } from '../../errors';
import { parseCount, parseFlag, parsePositiveCount, parseText } from '../cells';
import { candidateRow, type RecordReading } from '../rows';
import { HeaderIndex, cellAt } from './header';
import type { Layout, LayoutReader } from './layout';

const names = {
  ballot: ['ballot_paper_id'],
  area: ['post_label'],
  candidate: ['person_name', 'name'],
  party: ['party_name', 'party_description_text'],
  votes: ['votes_cast', 'votes'],
  elected: ['elected'],
  tied: ['tied_vote_winner'],
  seats: ['seats_contested', 'winner_count'],
  code: ['gss', 'gss_code', 'post_gss'],
  electorate: ['total_electorate', 'electorate'],
  ballots: ['ballot_papers_issued', 'total_ballots', 'turnout_reported'],
  rejected: ['spoilt_ballots', 'rejected_ballots'],
  cancelled: ['cancelled_poll'],
} as const;

export const democracyClubLayout: Layout = {
  name: 'democracy-club',
  splittable: true,
  title: 'Democracy Club candidates/results export: ballot_paper_id, post_label, person_name, party_name, votes_cast, elected, ...',
  columns: [
    'ballot_paper_id',
    'post_label',
    'person_name',
    'party_name',
    'votes_cast',
    'elected',
    'tied_vote_winner',
    'seats_contested',
    'total_electorate',
    'ballot_papers_issued',
    'spoilt_ballots',
  ],
  headerless: false,
  match(header) {
    const index = new HeaderIndex(header);
    // post_label and party_name are Democracy Club's own; a candidate name column makes it a candidate list.
    return index.score([names.area, names.party, names.candidate, ['ballot_paper_id', 'post_id', 'election']]);
  },
  open(header, file) {
    return new DemocracyClubReader(new HeaderIndex(header), file);
  },
};

class DemocracyClubReader implements LayoutReader {
  private readonly column: { [K in keyof typeof names]: number | undefined };

  constructor(index: HeaderIndex, file: string) {
    this.column = Object.fromEntries(Object.entries(names).map(([field, aliases]) => [field, index.find(...aliases)])) as {
      [K in keyof typeof names]: number | undefined;
    };
    if (this.column.votes === undefined) {
      throw new InputError(
        file,
        'this Democracy Club file lists candidates but no votes: it can say who stood and, where marked, who was elected, ' +
          'but not votes, shares, majorities or turnout; use the results export (with votes_cast) or a Commons Library results file',
      );
    }
    index.require(file, 'democracy-club', ...names.area);
    index.require(file, 'democracy-club', ...names.candidate);
  }

  read(cells: readonly string[], origin: { file: string; line: number }): RecordReading {
    const cell = (field: keyof typeof names) => cellAt(cells, this.column[field]);
    const area = parseText(cell('area'));
    const candidate = parseText(cell('candidate'));
    if (area === '') throw new DataError(origin, `post_label is blank (for ${JSON.stringify(candidate)})`);
    if (candidate === '') throw new DataError(origin, `person_name is blank (in ${JSON.stringify(area)})`);
    const ballot = parseText(cell('ballot'));
    const local = /^local\.([^.]+)\./.exec(ballot);
    const code = parseText(cell('code'));
    const tied = parseFlag(cell('tied'), 'tied_vote_winner', origin);
    const elected = parseFlag(cell('elected'), 'elected', origin);
    return [
      candidateRow({
        council: local?.[1] ?? null,
        area,
        code: code === '' ? null : code,
        candidate,
        party: parseText(cell('party')),
        votes: parseCount(cell('votes'), 'votes_cast', origin),
        // DC leaves `elected` empty for the losers once results are in.
        elected: tied === true ? true : elected,
        seats: parsePositiveCount(cell('seats'), 'seats_contested', origin),
        electorate: parseCount(cell('electorate'), 'electorate', origin),
        ballots: parseCount(cell('ballots'), 'ballots', origin),
        rejected: parseCount(cell('rejected'), 'spoilt ballots', origin),
        cancelled: parseFlag(cell('cancelled'), 'cancelled_poll', origin) === true,
        origin,
      }),
    ];
  }
}

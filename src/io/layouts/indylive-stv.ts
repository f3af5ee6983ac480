/**
 * IndyLive Scotland's export of the Scottish council elections (STV), as in
 * `scotland-2022-stv-indylive.csv`: one row per candidate,
 * `id, name, party_name, council_id, council_name, election, cand_ward_id, map_ward_id, ward_name, contested,
 * elected, status, occurred_on_count, first_prefs, transfers02, total_votes02, ..., transfers13, total_votes13,
 * electorate, total_poll, valid_poll, rejected, quota, seats, candidates`.
 *
 * - Every contest is STV: `votes` are the first preferences (whole numbers, though some councils write them
 *   `2241.00000`), the `elected` flag is the result (transfers decide, not first preferences), and
 *   `status` + `occurred_on_count` give the stage: `Elected`/`Excluded` at count N, or `Not elected` (still
 *   standing when the last seat was filled).
 * - `ballots` = `total_poll`, checked to be `valid_poll` + `rejected`; the quota is kept.
 * - `first_prefs` is empty where no count is in the file: uncontested wards (`contested` = 0, or no more
 *   candidates than seats), which are returned unopposed; and, in 2022, the contested wards of Orkney,
 *   Shetland, Eilean Siar and North Ayrshire, whose winners are marked but whose counts are missing (their
 *   `status` is `Not elected` for everyone, winners too): read as polls with winners and no votes.
 * - The per-stage `transfersNN` / `total_votesNN` columns are not read: the result is in `elected` and
 *   `status`, and two of the 2022 cells are not numbers (`462.466.26`, `0.0.00000`, East Dunbartonshire),
 *   faults of the export that must not stop the reading of the columns that matter.
 * - `candidates` (the number who stood) is not checked against the rows: where a candidate's row is missing
 *   (Fraserburgh and District, 6 of 7) the tally says so, since first preferences + rejected ≠ ballots.
 */
import { DataError } from '../../errors';
import type { StvStage } from '../../core/model';
import { parseCount, parseDecimal, parseFlag, parsePositiveCount, parseText } from '../cells';
import { candidateRow, type RecordReading } from '../rows';
import { HeaderIndex, cellAt } from './header';
import type { Layout, LayoutReader } from './layout';

const names = {
  candidate: ['name'],
  party: ['party_name'],
  council: ['council_name'],
  area: ['ward_name'],
  code: ['map_ward_id'],
  contested: ['contested'],
  elected: ['elected'],
  status: ['status'],
  count: ['occurred_on_count'],
  votes: ['first_prefs'],
  electorate: ['electorate'],
  ballots: ['total_poll'],
  valid: ['valid_poll'],
  rejected: ['rejected'],
  quota: ['quota'],
  seats: ['seats'],
} as const;

type Field = keyof typeof names;

/** The columns that make a file this layout: IndyLive's own names for the STV count. */
const identifying: readonly (readonly string[])[] = [names.area, names.candidate, names.votes, names.count, names.status, names.quota];

/** A ward code as the export writes it in `map_ward_id`: a GSS code, a letter and eight digits (S13002835). */
const gssCode = /^[EWSN]\d{8}$/;

export const indyLiveStvLayout: Layout = {
  name: 'indylive-stv',
  splittable: true,
  title:
    'IndyLive Scotland STV export: name, party_name, council_name, ward_name, elected, status, occurred_on_count, first_prefs, ..., quota, seats',
  columns: [
    'name',
    'party_name',
    'council_name',
    'ward_name',
    'map_ward_id',
    'contested',
    'elected',
    'status',
    'occurred_on_count',
    'first_prefs',
    'electorate',
    'total_poll',
    'valid_poll',
    'rejected',
    'quota',
    'seats',
  ],
  headerless: false,
  match(header) {
    return new HeaderIndex(header).score(identifying);
  },
  open(header, file) {
    return new IndyLiveStvReader(new HeaderIndex(header), file);
  },
};

class IndyLiveStvReader implements LayoutReader {
  private readonly column = {} as Record<Field, number | undefined>;
  private readonly width: number;

  constructor(index: HeaderIndex, file: string) {
    this.width = index.header.length;
    for (const field of Object.keys(names) as Field[]) this.column[field] = index.find(...names[field]);
    for (const required of [...identifying, names.council, names.elected]) index.require(file, 'indylive-stv', ...required);
  }

  read(cells: readonly string[], origin: { file: string; line: number }): RecordReading {
    if (cells.length !== this.width) {
      throw new DataError(origin, `ragged row: ${cells.length} fields where the header has ${this.width}`, 'ragged-row');
    }
    const cell = (field: Field) => cellAt(cells, this.column[field]);
    const council = parseText(cell('council'));
    const area = parseText(cell('area'));
    const candidate = parseText(cell('candidate'));
    if (council === '') throw new DataError(origin, `council_name is blank (for ${JSON.stringify(candidate)})`, 'blank-cell');
    if (area === '') throw new DataError(origin, `ward_name is blank (for ${JSON.stringify(candidate)})`, 'blank-cell');
    if (candidate === '') throw new DataError(origin, `name is blank (in ${JSON.stringify(area)})`, 'blank-cell');

    const votes = parseCount(cell('votes'), 'first_prefs', origin, { decimalPoint: true });
    const contested = parseFlag(cell('contested'), 'contested', origin);
    if (contested === false && votes !== null) {
      throw new DataError(
        origin,
        `${JSON.stringify(area)} is marked uncontested but ${JSON.stringify(candidate)} has first preferences (${votes})`,
        'elected-flag',
      );
    }
    const elected = parseFlag(cell('elected'), 'elected', origin);
    if (elected === null)
      throw new DataError(origin, `elected is blank for ${JSON.stringify(candidate)} (in ${JSON.stringify(area)})`, 'blank-cell');

    const ballots = parseCount(cell('ballots'), 'total_poll', origin);
    const valid = parseCount(cell('valid'), 'valid_poll', origin);
    const rejected = parseCount(cell('rejected'), 'rejected', origin);
    if (ballots !== null && valid !== null && rejected !== null && valid + rejected !== ballots) {
      throw new DataError(
        origin,
        `total_poll (${ballots}) is not valid_poll (${valid}) plus rejected (${rejected}) in ${JSON.stringify(area)}`,
        'ballots-mismatch',
      );
    }
    const code = parseText(cell('code'));
    return [
      candidateRow({
        council,
        area,
        code: gssCode.test(code) ? code : null,
        candidate,
        party: parseText(cell('party')),
        votes,
        elected,
        seats: parsePositiveCount(cell('seats'), 'seats', origin),
        electorate: parseCount(cell('electorate'), 'electorate', origin),
        ballots,
        rejected,
        system: 'stv',
        quota: parseDecimal(cell('quota'), 'quota', origin),
        stage: votes === null ? null : this.stage(cell('status'), cell('count'), elected, candidate, origin),
        origin,
      }),
    ];
  }

  /** Where the count left a candidate, checked against the elected flag. */
  private stage(
    statusCell: string,
    countCell: string,
    elected: boolean,
    candidate: string,
    origin: { file: string; line: number },
  ): StvStage | null {
    const status = parseText(statusCell).toLowerCase();
    const count = parsePositiveCount(countCell, 'occurred_on_count', origin);
    const outcome = status === 'elected' ? 'elected' : status === 'excluded' ? 'excluded' : status === 'not elected' ? 'not elected' : null;
    if (outcome === null) {
      throw new DataError(origin, `status must be Elected, Excluded or Not elected, got ${JSON.stringify(statusCell)}`, 'invalid-flag');
    }
    if ((outcome === 'elected') !== elected) {
      throw new DataError(
        origin,
        `${JSON.stringify(candidate)} has status ${JSON.stringify(statusCell)} but elected ${elected ? 1 : 0}`,
        'elected-flag',
      );
    }
    if (outcome === 'not elected' && count !== null) {
      throw new DataError(origin, `${JSON.stringify(candidate)} is "Not elected" but occurred_on_count says ${count}`, 'elected-flag');
    }
    return { outcome, count };
  }
}

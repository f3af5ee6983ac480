/**
 * `wide`: one row per area, one column per party holding that party's votes: anything with an area column
 * (`ward`, `area`, `constituency`, ...) and at least two columns named after known parties. Other columns
 * (`electorate`, `ballots`, `rejected`, `council`, `code`, `seats`) are read as in the canonical layout, columns of
 * shares/turnout/majority are ignored, every other column is a party. The Commons Library's wide files have layouts
 * of their own (commons-constituency.ts, commons-1918.ts).
 */
import { DataError, type Origin } from '../../errors';
import { PartyRegistry } from '../../core/parties';
import { parseCount, parsePositiveCount, parseText } from '../cells';
import { candidateRow, type CandidateRow, type RecordReading } from '../rows';
import { HeaderIndex, cellAt } from './header';
import type { Layout, LayoutReader } from './layout';
import { areaOrEmptyRow, partyColumns, standingVotes, type PartyColumn } from './party-columns';

const areaNames = ['ward', 'area', 'constituency', 'division', 'ward name', 'area name', 'constituency name', 'division name'];
const metaNames = {
  council: ['council', 'council name', 'authority', 'local authority'],
  code: ['code', 'ward code', 'area code', 'gss code', 'ons code', 'ons id', 'constituency code'],
  seats: ['seats', 'vacancies'],
  electorate: ['electorate', 'registered electors'],
  ballots: ['ballots', 'ballot papers', 'total poll', 'ballot papers counted'],
  rejected: ['rejected', 'rejected ballots', 'invalid votes'],
} as const;
/** Columns that are neither a party nor read: derived figures a wide file often carries. */
const ignored =
  /share|%|turnout|majority|total|valid|swing|change|result|winner|first party|second party|region|county|country|type|declaration|member|id$/i;
const builtIn = new PartyRegistry();

export const wideLayout: Layout = {
  name: 'wide',
  splittable: true,
  title:
    'one row per area, one column per party: ward|area|constituency,<party>,<party>,...[,council,code,seats,electorate,ballots,rejected]',
  columns: ['ward', '<party>', '<party>', '...', 'council', 'code', 'seats', 'electorate', 'ballots', 'rejected'],
  headerless: false,
  match(header) {
    const index = new HeaderIndex(header);
    const knownParties = header.filter((name) => builtIn.lookup(name.trim()) !== null).length;
    if (!index.has(...areaNames)) return Math.min(knownParties, 2) / 4;
    return 0.5 + Math.min(knownParties, 2) / 4;
  },
  open(header, file) {
    return new WideReader(header, file);
  },
};

class WideReader implements LayoutReader {
  private readonly index: HeaderIndex;
  private readonly area: number;
  private readonly parties: PartyColumn[];

  constructor(header: readonly string[], file: string) {
    this.index = new HeaderIndex(header);
    this.area = this.index.require(file, 'wide', ...areaNames);
    const meta = new Set([this.area, ...Object.values(metaNames).map((names) => this.index.find(...names))]);
    this.parties = partyColumns(header, (column, party) => !meta.has(column) && !ignored.test(party));
  }

  read(cells: readonly string[], origin: Origin): RecordReading {
    const cell = (names: readonly string[]) => cellAt(cells, this.index.find(...names));
    const area = areaOrEmptyRow(cells, this.area, 'area', origin);
    if (typeof area !== 'string') return area;
    const council = parseText(cell(metaNames.council));
    const code = parseText(cell(metaNames.code));
    const contest = {
      council: council === '' ? null : council,
      area,
      code: code === '' ? null : code,
      seats: parsePositiveCount(cell(metaNames.seats), 'seats', origin),
      electorate: parseCount(cell(metaNames.electorate), 'electorate', origin),
      ballots: parseCount(cell(metaNames.ballots), 'ballots', origin),
      rejected: parseCount(cell(metaNames.rejected), 'rejected', origin),
      // A column is a party's vote: in a multi-member ward the file does not say how many candidates it stood.
      votesByParty: true,
      origin,
    };
    const rows: CandidateRow[] = [];
    for (const { column, party } of this.parties) {
      const votes = standingVotes(cellAt(cells, column), party, origin);
      if (votes === null) continue;
      rows.push(candidateRow({ ...contest, candidate: `${party} candidate`, party, votes }));
    }
    if (rows.length === 0) throw new DataError(origin, `no votes for any party in ${JSON.stringify(area)}`);
    return rows;
  }
}

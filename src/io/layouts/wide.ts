/**
 * Wide files: one row per area, one column per party holding that party's votes. Three layouts:
 *
 * - `commons-constituency`: the House of Commons Library's results by constituency (`ONS ID`/`ons_id`, `Constituency name`,
 *   `Result`, `First party`, `Electorate`, `Valid votes`, `Invalid votes`, `Majority`, then one column per party,
 *   `All other candidates` and `Of which other winner`). A party column of 0 means the party did not stand. The winner
 *   (`First party`) is named after the member when the file says (`Member first name` + `Member surname`); the other
 *   winner (the Speaker, an independent) is a candidate of the `First party`, and the remaining others are one
 *   candidate "All other candidates" of party "Other". Ballots = valid + invalid votes, rejected = invalid votes, so
 *   turnout is ballots / electorate.
 * - `commons-1918`: the Library's `1918-2017election_results.csv`, one row per constituency per election. The
 *   election id (`2017`, `1974F`) is put in `council`, so `--council 1974F` picks one election and the per-council
 *   totals are the totals per election. Negative votes mark unopposed returns (`-2`: two members returned
 *   unopposed); `lib` is Liberal before 1983, the SDP-Liberal Alliance in 1983 and 1987, the Liberal Democrats after;
 *   `natSW` is the SNP in Scotland and Plaid Cymru in Wales. Share, turnout and total columns are derived and ignored.
 *   A party column is one candidate per party, so in the multi-member seats (university seats, two-member boroughs)
 *   the winners are taken as the top parties.
 * - `wide`: anything else with an area column (`ward`, `area`, `constituency`, ...) and at least two columns named
 *   after known parties; other columns (`electorate`, `ballots`, `rejected`, `council`, `code`, `seats`) are read as
 *   in the canonical layout, columns of shares/turnout/majority are ignored, every other column is a party.
 */
import { DataError } from '../../errors';
import { PartyRegistry } from '../../core/parties';
import { parseCount, parsePositiveCount, parseText } from '../cells';
import { candidateRow, type CandidateRow, type RecordReading } from '../rows';
import { HeaderIndex, cellAt } from './header';
import { headerKey, type Layout, type LayoutReader } from './layout';

type Origin = { file: string; line: number };

/** A party column: where it is and the party it stands for. */
interface PartyColumn {
  readonly column: number;
  readonly party: string;
}

// ---------------------------------------------------------------- commons-constituency

const commonsRequired = [['ONS ID', 'ons_id'], ['Constituency name', 'constituency_name'], ['Valid votes'], ['First party'], ['Majority']];
const otherNames = ['All other candidates', 'other', 'others'];
const otherWinnerNames = ['Of which other winner', 'other_winner'];

export const commonsConstituencyLayout: Layout = {
  name: 'commons-constituency',
  title: 'House of Commons Library results by constituency (wide: one column per party, Majority, Valid votes, ...)',
  columns: ['ONS ID', 'Constituency name', 'First party', 'Electorate', 'Valid votes', 'Invalid votes', 'Majority', '<party>...', 'All other candidates', 'Of which other winner'],
  headerless: false,
  match(header) {
    return new HeaderIndex(header).score(commonsRequired);
  },
  open(header, file) {
    return new CommonsConstituencyReader(header, file);
  },
};

class CommonsConstituencyReader implements LayoutReader {
  private readonly index: HeaderIndex;
  private readonly parties: PartyColumn[];
  private readonly area: number;
  private readonly valid: number;

  constructor(header: readonly string[], file: string) {
    this.index = new HeaderIndex(header);
    this.area = this.index.require(file, 'commons-constituency', 'Constituency name', 'constituency_name');
    this.valid = this.index.require(file, 'commons-constituency', 'Valid votes');
    const majority = this.index.require(file, 'commons-constituency', 'Majority');
    const others = new Set([...otherNames, ...otherWinnerNames].map(headerKey));
    // The party columns are those after Majority, up to the others.
    this.parties = header
      .map((name, column) => ({ column, party: name.trim() }))
      .filter(({ column, party }) => column > majority && party !== '' && !others.has(headerKey(party)));
  }

  read(cells: readonly string[], origin: Origin): RecordReading {
    const cell = (...names: string[]) => cellAt(cells, this.index.find(...names));
    const area = parseText(cellAt(cells, this.area));
    if (area === '') {
      if (cells.every((c) => c.trim() === '')) return { setAside: 'empty rows' };
      throw new DataError(origin, 'constituency name is blank');
    }
    const code = parseText(cell('ONS ID', 'ons_id'));
    const firstParty = headerKey(cell('First party'));
    const member = [cell('Member first name', 'mp_firstname'), cell('Member surname', 'mp_surname')]
      .map(parseText)
      .filter((part) => part !== '')
      .join(' ');
    const valid = parseCount(cellAt(cells, this.valid), 'valid votes', origin);
    const invalid = parseCount(cell('Invalid votes'), 'invalid votes', origin);
    const contest = {
      area,
      code: code === '' ? null : code,
      electorate: parseCount(cell('Electorate'), 'electorate', origin),
      ballots: valid !== null && invalid !== null ? valid + invalid : null,
      rejected: invalid,
      seats: 1,
      origin,
    };
    const rows: CandidateRow[] = [];
    let winnerNamed = false;
    for (const { column, party } of this.parties) {
      const votes = parseCount(cellAt(cells, column), `votes for ${party}`, origin);
      if (votes === null || votes === 0) continue;
      const isWinner: boolean = !winnerNamed && member !== '' && headerKey(party) === firstParty;
      winnerNamed ||= isWinner;
      rows.push(candidateRow({ ...contest, candidate: isWinner ? member : `${party} candidate`, party, votes }));
    }
    const other = parseCount(cell(...otherNames), 'votes for all other candidates', origin) ?? 0;
    const otherWinner = parseCount(cell(...otherWinnerNames), 'votes for the other winner', origin) ?? 0;
    if (otherWinner > 0) {
      const party = cell('First party').trim();
      rows.push(candidateRow({ ...contest, candidate: member || `${party} candidate`, party, votes: otherWinner }));
    }
    let rest = other - otherWinner;
    // A runner-up outside the party columns (an independent: Beaconsfield, East Devon 2019) is in the others;
    // the published majority gives their votes: winner - majority.
    const secondParty = cell('Second party').trim();
    const majority = parseCount(cell('Majority'), 'majority', origin);
    const top = Math.max(0, ...rows.map((r) => r.votes ?? 0));
    const secondIsColumn = this.parties.some(({ party }) => headerKey(party) === headerKey(secondParty));
    if (!secondIsColumn && secondParty !== '' && majority !== null && rest > 0) {
      const runnerUp = top - majority;
      if (runnerUp > 0 && runnerUp <= rest) {
        rows.push(candidateRow({ ...contest, candidate: `${secondParty} candidate`, party: secondParty, votes: runnerUp }));
        rest -= runnerUp;
      }
    }
    if (rest > 0) {
      rows.push(candidateRow({ ...contest, candidate: 'All other candidates', party: 'Other', votes: rest }));
    }
    if (rows.length === 0) throw new DataError(origin, `no votes for any party in ${JSON.stringify(area)}`);
    return rows;
  }
}

// ---------------------------------------------------------------- commons-1918

const historicRequired = [['constituency'], ['election'], ['con_votes'], ['lab_votes'], ['seats']];

export const commons1918Layout: Layout = {
  name: 'commons-1918',
  title: 'House of Commons Library UK election statistics 1918-2017 (one row per constituency per election; election in council)',
  columns: ['constituency_id', 'seats', 'constituency', 'country/region', 'electorate', 'con_votes', 'lib_votes', 'lab_votes', 'natSW_votes', 'oth_votes', 'election'],
  headerless: false,
  match(header) {
    return new HeaderIndex(header).score(historicRequired);
  },
  open(header, file) {
    return new HistoricReader(new HeaderIndex(header), file);
  },
};

class HistoricReader implements LayoutReader {
  /** constituency_id by election and name: two seats of one name in one election (LOUTH, 1918) are told apart. */
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly index: HeaderIndex,
    file: string,
  ) {
    for (const names of historicRequired) index.require(file, 'commons-1918', ...names);
  }

  read(cells: readonly string[], origin: Origin): RecordReading {
    const cell = (name: string) => cellAt(cells, this.index.find(name));
    const area = parseText(cell('constituency'));
    const election = parseText(cell('election'));
    if (area === '' && election === '') return { setAside: 'empty rows' };
    if (area === '') throw new DataError(origin, 'constituency is blank');
    if (election === '') throw new DataError(origin, `election is blank (for ${JSON.stringify(area)})`);
    const year = Number.parseInt(election, 10);
    const region = parseText(cell('country/region')).toLowerCase();
    const parties: [string, string][] = [
      ['con_votes', 'Con'],
      ['lib_votes', year >= 1988 ? 'LD' : year >= 1983 ? 'SDP-Liberal Alliance' : 'Liberal'],
      ['lab_votes', 'Lab'],
      ['natSW_votes', region === 'scotland' ? 'SNP' : region === 'wales' ? 'PC' : 'Nationalist'],
      ['oth_votes', 'Other'],
    ];
    const code = parseText(cell('constituency_id'));
    const key = `${election}\u0000${area}`;
    const known = this.seen.get(key);
    if (known === undefined) this.seen.set(key, code);
    const named = known === undefined || known === code ? area : `${area} (${parseText(cell('country/region'))})`;
    const contest = {
      council: election,
      area: named,
      code: code === '' ? null : code,
      seats: parsePositiveCount(cell('seats'), 'seats', origin),
      electorate: parseCount(cell('electorate'), 'electorate', origin),
      origin,
    };
    const rows: CandidateRow[] = [];
    // Two rows (CORNWALL ST IVES 1931, ...) mark the unopposed return only in total_votes: the party is unknown.
    const total = cell('total_votes').trim();
    if (/^-\d+$/.test(total) && parties.every(([column]) => !/^-\d+$/.test(cell(column).trim()))) {
      parties.splice(0, parties.length, ['total_votes', 'Other']);
    }
    for (const [column, party] of parties) {
      const raw = cell(column).trim();
      if (raw === '') continue;
      const unopposed = /^-(\d+)$/.exec(raw);
      if (unopposed) {
        // Returned unopposed: no poll, one elected candidate per seat the number counts.
        const members = Number(unopposed[1]);
        for (let member = 1; member <= members; member++) {
          rows.push(candidateRow({ ...contest, candidate: `${party} candidate${members > 1 ? ` ${member}` : ''}`, party, votes: null, elected: true }));
        }
        continue;
      }
      const votes = parseCount(raw, `votes for ${party}`, origin);
      if (votes === null || votes === 0) continue;
      rows.push(candidateRow({ ...contest, candidate: `${party} candidate`, party, votes }));
    }
    if (rows.length === 0) return { setAside: 'no votes and no unopposed return for any party' };
    return rows;
  }
}

// ---------------------------------------------------------------- wide (generic)

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
const ignored = /share|%|turnout|majority|total|valid|swing|change|result|winner|first party|second party|region|county|country|type|declaration|member|id$/i;
const builtIn = new PartyRegistry();

export const wideLayout: Layout = {
  name: 'wide',
  title: 'one row per area, one column per party: ward|area|constituency,<party>,<party>,...[,council,code,seats,electorate,ballots,rejected]',
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
    this.parties = header
      .map((name, column) => ({ column, party: name.trim() }))
      .filter(({ column, party }) => !meta.has(column) && party !== '' && !ignored.test(party));
  }

  read(cells: readonly string[], origin: Origin): RecordReading {
    const cell = (names: readonly string[]) => cellAt(cells, this.index.find(...names));
    const area = parseText(cellAt(cells, this.area));
    if (area === '') {
      if (cells.every((c) => c.trim() === '')) return { setAside: 'empty rows' };
      throw new DataError(origin, 'area is blank');
    }
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
      origin,
    };
    const rows: CandidateRow[] = [];
    for (const { column, party } of this.parties) {
      const votes = parseCount(cellAt(cells, column), `votes for ${party}`, origin);
      // Blank (or 0) in a wide file: the party did not stand there.
      if (votes === null || votes === 0) continue;
      rows.push(candidateRow({ ...contest, candidate: `${party} candidate`, party, votes }));
    }
    if (rows.length === 0) throw new DataError(origin, `no votes for any party in ${JSON.stringify(area)}`);
    return rows;
  }
}

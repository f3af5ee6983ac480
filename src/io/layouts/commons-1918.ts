/**
 * `commons-1918`: the House of Commons Library's `1918-2017election_results.csv`, one row per constituency per
 * election. The election id (`2017`, `1974F`) is put in `council`, so `--council 1974F` picks one election and the
 * per-council totals are the totals per election. Negative votes mark unopposed returns (`-2`: two members returned
 * unopposed); `lib` is Liberal before 1983, the SDP-Liberal Alliance in 1983 and 1987, the Liberal Democrats after;
 * `natSW` is the SNP in Scotland and Plaid Cymru in Wales. Share, turnout and total columns are derived and ignored.
 * A party column is a party's vote, not a candidate's: in the multi-member seats (university seats, two-member
 * boroughs, 143 rows with 2 seats and 8 with 3) the file does not say how many candidates a party stood, so who won
 * the seats is not known (1945 Stockport: Con 30,915, Lab 29,652 elected two Conservatives, not one of each) and the
 * seats are counted as undecided. A negative sentinel counts the members returned unopposed.
 */
import { DataError, type Origin } from '../../errors';
import { parseCount, parsePositiveCount, parseText } from '../cells';
import { candidateRow, type CandidateRow, type RecordReading } from '../rows';
import { HeaderIndex, cellAt } from './header';
import type { Layout, LayoutReader } from './layout';
import { standingVotes } from './party-columns';

const historicRequired = [['constituency'], ['election'], ['con_votes'], ['lab_votes'], ['seats']];

export const commons1918Layout: Layout = {
  name: 'commons-1918',
  title: 'House of Commons Library UK election statistics 1918-2017 (one row per constituency per election; election in council)',
  columns: [
    'constituency_id',
    'seats',
    'constituency',
    'country/region',
    'electorate',
    'con_votes',
    'lib_votes',
    'lab_votes',
    'natSW_votes',
    'oth_votes',
    'election',
  ],
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
      votesByParty: true,
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
          rows.push(
            candidateRow({
              ...contest,
              candidate: `${party} candidate${members > 1 ? ` ${member}` : ''}`,
              party,
              votes: null,
              elected: true,
            }),
          );
        }
        continue;
      }
      const votes = standingVotes(raw, party, origin);
      if (votes === null) continue;
      rows.push(candidateRow({ ...contest, candidate: `${party} candidate`, party, votes }));
    }
    if (rows.length === 0) return { setAside: 'no votes and no unopposed return for any party' };
    return rows;
  }
}

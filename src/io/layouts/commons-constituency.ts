/**
 * `commons-constituency`: the House of Commons Library's results by constituency (`ONS ID`/`ons_id`,
 * `Constituency name`, `Result`, `First party`, `Electorate`, `Valid votes`, `Invalid votes`, `Majority`, then one
 * column per party, `All other candidates` and `Of which other winner`). A party column of 0 means the party did not
 * stand. The winner (`First party`) is named after the member when the file says (`Member first name` + `Member
 * surname`); the other winner (the Speaker, an independent) is a candidate of the `First party`, and the remaining
 * others are one candidate "All other candidates" of party "Other". Ballots = valid + invalid votes, rejected =
 * invalid votes, so turnout is ballots / electorate.
 */
import { DataError, type Origin } from '../../errors';
import { parseCount, parseText } from '../cells';
import { candidateRow, type CandidateRow, type RecordReading } from '../rows';
import { HeaderIndex, cellAt } from './header';
import { headerKey, type Layout, type LayoutReader } from './layout';
import { areaOrEmptyRow, partyColumns, standingVotes, type PartyColumn } from './party-columns';
import { largest } from '../../core/arrays';

const commonsRequired = [['ONS ID', 'ons_id'], ['Constituency name', 'constituency_name'], ['Valid votes'], ['First party'], ['Majority']];
const otherNames = ['All other candidates', 'other', 'others'];
const otherWinnerNames = ['Of which other winner', 'other_winner'];

export const commonsConstituencyLayout: Layout = {
  name: 'commons-constituency',
  splittable: true,
  title: 'House of Commons Library results by constituency (wide: one column per party, Majority, Valid votes, ...)',
  columns: [
    'ONS ID',
    'Constituency name',
    'First party',
    'Electorate',
    'Valid votes',
    'Invalid votes',
    'Majority',
    '<party>...',
    'All other candidates',
    'Of which other winner',
  ],
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
    this.parties = partyColumns(header, (column, party) => column > majority && !others.has(headerKey(party)));
  }

  read(cells: readonly string[], origin: Origin): RecordReading {
    const cell = (...names: string[]) => cellAt(cells, this.index.find(...names));
    const area = areaOrEmptyRow(cells, this.area, 'constituency name', origin);
    if (typeof area !== 'string') return area;
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
      const votes = standingVotes(cellAt(cells, column), party, origin);
      if (votes === null) continue;
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
    const top = largest(
      rows.map((r) => r.votes ?? 0),
      0,
    );
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

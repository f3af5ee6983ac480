/**
 * House of Commons Library candidate files (one row per candidate), in both header dialects:
 * the 2025 re-issue (`ONS ID, ..., Party name, Party abbreviation, ..., Candidate first name, Candidate surname, ..., Votes`)
 * and the original snake_case release (`ons_id, ..., party_name, party_abbreviation, firstname, surname, ..., votes`);
 * and the Electoral Commission's GE2015 RESULTS sheet saved as CSV (`Forename, Surname, Description on ballot paper,
 * Constituency Name, ..., Votes, ..., Constituency ID, ..., Party abbreviation`).
 *
 * The candidate's name is first name + surname. The party description shown is the party name as written
 * (`Labour and Co-operative`); totals use the registry's canonical party, found from the name or else the
 * abbreviation (`Lab`). The contest is the constituency, keyed by its ONS code; `council` is null (a general
 * election has no councils). The files say nothing of who was elected: the winner is the top of the poll.
 */
import { DataError } from '../../errors';
import { parseCount, parseText } from '../cells';
import { candidateRow, type RecordReading } from '../rows';
import { HeaderIndex, cellAt } from './header';
import type { Layout, LayoutReader } from './layout';

interface Dialect {
  readonly name: string;
  readonly title: string;
  readonly code: readonly string[];
  readonly area: readonly string[];
  readonly first: readonly string[];
  readonly surname: readonly string[];
  readonly party: readonly string[];
  readonly abbreviation: readonly string[];
  readonly votes: readonly string[];
  /** Columns only this source has, so detection tells the Commons Library from the Commission. */
  readonly marks: readonly string[];
}

const commons: Dialect = {
  name: 'commons-library',
  title: 'House of Commons Library candidate files (2025 re-issue or original snake_case headers)',
  code: ['ONS ID', 'ons_id'],
  area: ['Constituency name', 'constituency_name'],
  first: ['Candidate first name', 'firstname'],
  surname: ['Candidate surname', 'surname'],
  party: ['Party name', 'party_name'],
  abbreviation: ['Party abbreviation', 'party_abbreviation'],
  votes: ['Votes'],
  marks: ['ONS ID', 'ons_id'],
};

const commission: Dialect = {
  name: 'electoral-commission',
  title: 'Electoral Commission GE2015 RESULTS sheet (Forename, Surname, Description on ballot paper, ...)',
  code: ['Constituency ID'],
  area: ['Constituency Name'],
  first: ['Forename'],
  surname: ['Surname'],
  party: ['Description on ballot paper'],
  abbreviation: ['Party abbreviation'],
  votes: ['Votes'],
  marks: ['PANO'],
};

function dialectLayout(dialect: Dialect): Layout {
  const required = [dialect.area, dialect.first, dialect.surname, dialect.votes, dialect.marks];
  return {
    splittable: true,
    name: dialect.name,
    title: dialect.title,
    columns: [dialect.code, dialect.area, dialect.first, dialect.surname, dialect.party, dialect.abbreviation, dialect.votes].map(
      (names) => names[0] ?? '',
    ),
    headerless: false,
    match(header) {
      return new HeaderIndex(header).score(required);
    },
    open(header, file) {
      return new CandidateFileReader(dialect, new HeaderIndex(header), file);
    },
  };
}

export const commonsLibraryLayout = dialectLayout(commons);
export const electoralCommissionLayout = dialectLayout(commission);

class CandidateFileReader implements LayoutReader {
  private readonly code: number | undefined;
  private readonly area: number;
  private readonly first: number;
  private readonly surname: number;
  private readonly party: number | undefined;
  private readonly abbreviation: number | undefined;
  private readonly votes: number;

  constructor(dialect: Dialect, index: HeaderIndex, file: string) {
    this.code = index.find(...dialect.code);
    this.area = index.require(file, dialect.name, ...dialect.area);
    this.first = index.require(file, dialect.name, ...dialect.first);
    this.surname = index.require(file, dialect.name, ...dialect.surname);
    this.party = index.find(...dialect.party);
    this.abbreviation = index.find(...dialect.abbreviation);
    this.votes = index.require(file, dialect.name, ...dialect.votes);
    if (this.party === undefined && this.abbreviation === undefined) index.require(file, dialect.name, ...dialect.party);
  }

  read(cells: readonly string[], origin: { file: string; line: number }): RecordReading {
    const area = parseText(cellAt(cells, this.area));
    const name = [cellAt(cells, this.first), cellAt(cells, this.surname)]
      .map(parseText)
      .filter((part) => part !== '')
      .join(' ');
    if (area === '' && name === '') {
      // The Commission's sheet ends with a totals row (no name, no constituency): not a candidate.
      return { setAside: cells.every((cell) => cell.trim() === '') ? 'empty rows' : 'totals rows (no candidate, no constituency)' };
    }
    if (area === '') throw new DataError(origin, `constituency is blank (for ${JSON.stringify(name)})`);
    if (name === '') throw new DataError(origin, `candidate name is blank (in ${JSON.stringify(area)})`);
    const code = parseText(cellAt(cells, this.code));
    const party = parseText(cellAt(cells, this.party));
    const abbreviation = parseText(cellAt(cells, this.abbreviation));
    return [
      candidateRow({
        area,
        code: code === '' ? null : code,
        candidate: name,
        party: party || abbreviation,
        partyAbbreviation: abbreviation,
        votes: parseCount(cellAt(cells, this.votes), 'votes', origin),
        origin,
      }),
    ];
  }
}

/**
 * OpenElections precinct (or ward) files: one row per reporting unit x office x candidate,
 * `county,precinct,office,district,party,candidate,votes` in any column order, with optional vote-mode
 * columns (`election_day`, `mail`, `absentee`, ... — ignored: `votes` is the total), Wisconsin's `ward` and
 * `total votes`, and Wayne County's repeated `office` (the second is the district).
 *
 * A contest is an office and district: `council` holds the office ("U.S. House"), `area` the office and district
 * ("U.S. House 8"), plus the party in a primary (the file name says `primary`, OpenElections' naming), because each
 * party holds its own contest. Votes are summed over precincts and counties (every file of a directory is one
 * election) by the summing step in read-election; `--by precinct` keeps each reporting unit a contest of its own.
 * Names differing only in case or punctuation across counties (`Kamala D. Harris` / `KAMALA D HARRIS`) are one,
 * shown as first written.
 *
 * Rows that are not a candidate's votes are set aside with a reason and counted, never dropped: turnout
 * lines (`Registered Voters`, `Ballots Cast`), `Under Votes`/`Over Votes`, write-in residue (`Write-ins`,
 * `Scattering`, `SCATTER`: several people's votes), blank candidates, blank or `-` votes, and mis-parsed rows
 * (text where the votes should be; the precinct's own name where the candidate should be).
 *
 * A named write-in's mark is not part of the name: `Howie Hawkins (W)` is Howie Hawkins. Each row carries its
 * county and district (`place`) so the summing step can refuse to sum one county's district-less rows of an
 * office that has districts (Philadelphia 2024 writes every U.S. House district as `NA`).
 */
import path from 'node:path';
import { DataError } from '../../errors';
import { parseCount, parseText } from '../cells';
import { candidateRow, type RecordReading } from '../rows';
import { HeaderIndex, cellAt } from './header';
import { headerKey, type Layout, type LayoutReader, type OpenOptions } from './layout';

const unitNames = ['precinct', 'ward', 'reporting unit'];
const required = [['office'], ['candidate'], ['votes'], unitNames];

/** What some counties write where an office has no district. */
const noDistrict = /^\s*(NA|N\/A|-|none)?\s*$/i;

/** Offices that carry turnout figures, not a contest. */
const turnoutOffice = /^(registered voters|ballots cast\b.*|total ballots cast|voters?|turnout)$/i;
const underOver = /^(under ?votes?|over ?votes?|blank ballots?|blank votes?|undervotes|overvotes)$/i;
/**
 * Write-in residues: several people's votes, not one candidate's (`Write-ins`, `Unresolved Write-In`,
 * `Write-in: Scattered`, `Scattering`). A named write-in candidate, `Jane Doe (Write-in)`, is a candidate.
 */
const writeIns = /write[- 0]?ins?\b|^scatter(ing|ed)?\b|^not assigned$/i;
/** The mark after a named write-in candidate: `Jane Doe (Write-in)`, `Howie Hawkins (W)`. */
const writeInMark = /\s*\((write[- ]?in|w)\)$/i;

export const openElectionsLayout: Layout = {
  name: 'openelections',
  title: 'OpenElections precinct/ward files: county,precinct,office,district,party,candidate,votes (any order, vote-mode columns ignored)',
  columns: ['county', 'precinct', 'office', 'district', 'party', 'candidate', 'votes'],
  headerless: false,
  sums: true,
  match(header) {
    const index = new HeaderIndex(header);
    // `office` is what makes a file OpenElections rather than a canonical file with a ward column.
    return index.has('office') ? index.score(required) : index.score(required) / 2;
  },
  open(header, file, options) {
    return new OpenElectionsReader(header, file, options);
  },
};

class OpenElectionsReader implements LayoutReader {
  private readonly county: number | undefined;
  private readonly unit: number;
  private readonly office: number;
  private readonly district: number | undefined;
  private readonly party: number | undefined;
  private readonly candidate: number;
  private readonly votes: number;
  private readonly primary: boolean;
  private readonly byUnit: boolean;

  constructor(header: readonly string[], file: string, options: OpenOptions | undefined) {
    const index = new HeaderIndex(header);
    this.county = index.find('county');
    this.unit = index.require(file, 'openelections', ...unitNames);
    this.office = index.require(file, 'openelections', 'office');
    const offices = header.flatMap((name, column) => (headerKey(name) === 'office' ? [column] : []));
    this.district = index.find('district') ?? offices[1];
    this.party = index.find('party');
    this.candidate = index.require(file, 'openelections', 'candidate');
    this.votes = index.require(file, 'openelections', 'votes');
    this.primary = /primary/i.test(path.basename(file));
    this.byUnit = options?.byUnit ?? false;
  }

  read(cells: readonly string[], origin: { file: string; line: number }): RecordReading {
    const office = parseText(cellAt(cells, this.office));
    const candidate = parseText(cellAt(cells, this.candidate));
    const party = parseText(cellAt(cells, this.party));
    const rawVotes = cellAt(cells, this.votes).trim();
    if (office === '') return { setAside: 'blank office' };
    if (turnoutOffice.test(office)) return { setAside: 'turnout lines (Registered Voters, Ballots Cast: not a contest)' };
    if (candidate === '') return { setAside: 'blank candidate' };
    if (underOver.test(candidate)) return { setAside: 'under and over votes (not a candidate)' };
    const person = candidate.replace(writeInMark, '');
    // Clinton County 2024 splits "Not Assigned" over party and candidate.
    if (person === '' || writeIns.test(person) || writeIns.test(`${party} ${person}`.trim())) {
      return { setAside: 'write-in totals (several people, not one candidate)' };
    }
    if (rawVotes === '' || rawVotes === '-') return { setAside: 'no votes given (blank or "-")' };
    if (!/^[\d,]+$/.test(rawVotes)) return { setAside: 'text where the votes should be (a mis-parsed row)' };
    const unit = parseText(cellAt(cells, this.unit));
    // Mercer 2024: `Greenville 1,President,,,Greenville,1`, the precinct's name split into candidate and votes.
    if (party === '' && isStartOf(person, unit))
      return { setAside: "the precinct's name where the candidate should be (a mis-parsed row)" };
    const district = noDistrict.test(cellAt(cells, this.district)) ? '' : parseText(cellAt(cells, this.district));
    const county = parseText(cellAt(cells, this.county));
    let area = district === '' ? office : `${office} ${district}`;
    if (this.primary && party !== '') area += ` (${party})`;
    if (this.byUnit) area += ` · ${[county, unit].filter((part) => part !== '').join(' · ')}`;
    if (unit === '' && this.byUnit) throw new DataError(origin, 'precinct is blank');
    const named = withPartyCodeApart(person, party);
    return [
      candidateRow({
        council: office,
        area,
        candidate: named.candidate,
        party: usParties.get(named.party.toUpperCase()) ?? named.party,
        votes: parseCount(rawVotes, 'votes', origin),
        origin,
        // Per precinct each unit is its own contest, and a precinct votes in one district: nothing to refuse.
        ...(this.byUnit ? {} : { place: { county, unit, district } }),
      }),
    ];
  }
}

/** Whether `name` is the whole of `unit` or its first words (`Greenville` of `Greenville 1`). */
function isStartOf(name: string, unit: string): boolean {
  const a = name.toLowerCase();
  const b = unit.toLowerCase();
  return a !== '' && (a === b || (b.startsWith(a) && b[a.length] === ' '));
}

/**
 * US party codes as the state files write them, read as party names here rather than through the GB-first
 * registry, where `LIB` would be the Liberal Party and `GRN` is spelt the same for a different party.
 */
const usParties = new Map([
  ['DEM', 'Democratic'],
  ['DEMOCRATIC', 'Democratic'],
  ['REP', 'Republican'],
  ['REPUBLICAN', 'Republican'],
  ['LIB', 'Libertarian'],
  ['LBT', 'Libertarian'],
  ['LBN', 'Libertarian'],
  ['LIBERTARIAN', 'Libertarian'],
  ['GRN', 'US Green Party'],
  ['GRE', 'US Green Party'],
  ['GNP', 'US Green Party'],
  ['GREEN', 'US Green Party'],
  ['CST', 'Constitution'],
  ['CON', 'Constitution'],
  ['CNS', 'Constitution'],
  ['CONSTITUTION', 'Constitution'],
  // Pennsylvania 2024: the Forward Party and the American Solidarity Party, each under four codes by county.
  ['FWD', 'Forward'],
  ['FOR', 'Forward'],
  ['FRW', 'Forward'],
  ['FORWARD', 'Forward'],
  ['ASP', 'American Solidarity'],
  ['AMS', 'American Solidarity'],
  ['ASO', 'American Solidarity'],
  ['AST', 'American Solidarity'],
]);

/** US party codes some counties write into the candidate cell ("DEM ROBERT P. CASEY, JR.", "Malcolm Kenyatta DEM"). */
const partyCodes = /^(DEM|REP|LIB|GRN|GRE|GNP|CST|CON|CNS|IND|NON|NPA|IDP|FWD|ASP|SWP)$/i;

/**
 * The candidate's name without a party code written before or after it, and the party: the party column
 * when it has one, else the code taken from the name.
 */
function withPartyCodeApart(name: string, party: string): { candidate: string; party: string } {
  const words = name.split(' ');
  const isCode = (word: string | undefined) =>
    word !== undefined && words.length > 2 && (partyCodes.test(word) || (party !== '' && word.toLowerCase() === party.toLowerCase()));
  if (isCode(words[0])) return { candidate: words.slice(1).join(' '), party: party || words[0]! };
  if (isCode(words[words.length - 1])) return { candidate: words.slice(0, -1).join(' '), party: party || words[words.length - 1]! };
  return { candidate: name, party };
}

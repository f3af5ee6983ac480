/** Each layout read from a small real extract in fixtures/ (sources in fixtures/SOURCES.md). */
import { tally } from '../../src/core/tally';
import { InputError } from '../../src/errors';
import { detectLayout, layoutNamed } from '../../src/io/layouts';
import { openElectionsLayout } from '../../src/io/layouts/openelections';
import { fixture, read } from '../read-helpers';
import { readElection } from '../../src/library/read';

const setAsideCount = (rows: { setAside: readonly { count: number }[] }) => rows.setAside.reduce((n, s) => n + s.count, 0);

describe('LEAP (no header)', () => {
  it('is recognised by the shape of its first row', () => {
    expect(detectLayout(['Adur', 'E07000223', 'Buckingham', 'E05007562', 'Kevin Boram', 'C', '520', '1'], 'x.csv').name).toBe('leap');
  });

  it('sets NULL placeholder rows aside, strips lot annotations and keeps the elected flag', async () => {
    const election = await read(fixture('leap-2019-extract.csv'));
    expect(election.rows).toMatchObject({ read: 22, used: 20 });
    expect(election.rows.setAside).toEqual([
      expect.objectContaining({ count: 2, reason: 'LEAP placeholder row (NULL fields: Elected Mayor)' }),
    ]);
    const result = tally(election, 'top');
    const paddock = result.contests.find((c) => c.area === 'Paddock Wood West')!;
    expect(paddock.candidates.slice(0, 2).map((c) => [c.name, c.votes, c.elected])).toEqual([
      ['Matt Bailey', 289, true],
      ['Raymond Moon', 289, false],
    ]);
    expect(paddock.decidedByLot).toBe(true);
    // Two-member ward: seats from the elected flags; LEAP party codes through the registry.
    const east = result.contests.find((c) => c.area === 'Paddock Wood East')!;
    expect(east.seats).toBe(2);
    expect(east.candidates[1]).toMatchObject({ name: 'Sarah Hamilton', party: 'Conservative', partyCode: 'Con' });
  });
});

describe('House of Commons Library candidate files', () => {
  it.each([['hoc-ge2019-candidates-extract.csv'], ['hoc-ge2019-candidates-2019-release-extract.csv']])(
    '%s: name from first name + surname, majority computed, Labour Co-op counted as Labour',
    async (file) => {
      const result = tally(await read(fixture(file)), 'top');
      const batley = result.contests.find((c) => c.area === 'Batley and Spen')!;
      expect(batley.candidates[0]).toMatchObject({
        name: 'Tracy Brabin',
        party: 'Labour',
        description: 'Labour and Co-operative',
        votes: 22594,
      });
      expect(batley.majority).toBe(3525);
      expect(batley.code).toBe('E14000548');
      expect(batley.council).toBeNull();
      const chorley = result.contests.find((c) => c.area === 'Chorley')!;
      expect(chorley.candidates[0]).toMatchObject({ name: 'Lindsay Hoyle', party: 'Speaker', votes: 26831 });
    },
  );
});

describe('House of Commons Library by-constituency (wide)', () => {
  it('makes one candidate per party column, names the member, and derives turnout from valid + invalid votes', async () => {
    const result = tally(await read(fixture('hoc-ge2019-constituency-extract.csv')), 'top');
    const aberavon = result.contests.find((c) => c.area === 'Aberavon')!;
    expect(aberavon.candidates[0]).toMatchObject({ name: 'Stephen Kinnock', party: 'Labour', votes: 17008 });
    expect([aberavon.majority, aberavon.ballots, aberavon.rejected]).toEqual([10490, 31680, 82]);
    // Beaconsfield: the independent runner-up (Dominic Grieve) is split from the others by the published majority.
    expect(result.contests.find((c) => c.area === 'Beaconsfield')!.majority).toBe(15712);
    const chorley = result.contests.find((c) => c.area === 'Chorley')!;
    expect(chorley.candidates[0]).toMatchObject({ name: 'Lindsay Hoyle', party: 'Speaker', votes: 26831 });
  });
});

describe('House of Commons Library 1918-2017 series', () => {
  it('reads Windows-1252, unopposed returns, #DIV/0! cells, and puts the election in council', async () => {
    const election = await read(fixture('commons-1918-2017-extract.csv'));
    const result = tally(election, 'top');
    expect(result.contests.map((c) => `${c.council} ${c.area}`)).toContain('2005 YNYS MÔN');
    const city = result.contests.find((c) => c.area === 'CITY OF LONDON')!;
    expect([city.status, city.seats, city.candidates.map((c) => c.party)]).toEqual(['uncontested', 2, ['Conservative', 'Conservative']]);
    const stIves = result.contests.find((c) => c.area === 'CORNWALL ST IVES')!;
    expect(stIves.status).toBe('uncontested');
    expect(election.warnings.map((w) => w.code)).toContain('encoding-detected');
  });

  it('leaves the seats of a two-member seat undecided: one vote per party cannot say who won (1945 Stockport)', async () => {
    // The row as published. Taking the top two party figures (Con 30,915, Lab 29,652) as the winners made it one
    // seat each; both members returned were Conservatives.
    const header =
      'constituency_id,seats,constituency,country/region,electorate,con_votes,con_share,lib_votes ,lib_share,lab_votes,lab_share,natSW_votes,natSW_share,oth_votes,oth_share,total_votes,turnout ,election,boundary_set,';
    const stockport = '236,2,STOCKPORT,North West,99836,30915,,14968,,29652,,,,0,#VALUE!, ,0.772,1945,1945,';
    const result = tally(await readElection({ text: `${header}\r\n${stockport}\r\n`, name: 'stockport-1945.csv' }), 'top');
    const [contest] = result.contests;
    expect(contest!.candidates.map((c) => [c.party, c.votes, c.elected])).toEqual([
      ['Conservative', 30915, null],
      ['Labour', 29652, null],
      ['Liberal', 14968, null],
    ]);
    expect(contest!.warnings.map((w) => w.code)).toEqual(['winners-unknown']);
    expect(result.parties.every((p) => p.seats === 0)).toBe(true);
    expect(result.totals).toMatchObject({ seats: 2, undecidedSeats: 2, unfilledSeats: 0 });
  });
});

describe('Electoral Commission GE2015 results', () => {
  it('reads Windows-1252 with blank header names and sets the totals row aside', async () => {
    const election = await read(fixture('ec-ge2015-results-extract.csv'));
    expect(election.rows.setAside).toEqual([expect.objectContaining({ reason: 'totals rows (no candidate, no constituency)', count: 1 })]);
    const west = tally(election, 'top').contests[0]!;
    expect(west.candidates[0]).toMatchObject({ name: 'Paul Maskey', party: 'Sinn Féin', votes: 19163 });
    expect(west.majority).toBe(19163 - 6798);
  });
});

describe('Democracy Club', () => {
  it('reads the results export: votes_cast, elected, turnout fields', async () => {
    const result = tally(await read(fixture('dc-results-parl.aberavon.2019-12-12.csv')), 'top');
    const aberavon = result.contests[0]!;
    expect(aberavon.candidates[0]).toMatchObject({ name: 'Stephen Kinnock', party: 'Labour', votes: 17008, elected: true });
    expect([aberavon.majority, aberavon.electorate, aberavon.rejected]).toEqual([10490, 50750, 82]);
  });

  it('refuses the candidates-only export with what it can and cannot answer', async () => {
    await expect(read(fixture('dc-candidates-parl.2019-12-12-extract.csv'))).rejects.toThrow(
      /this Democracy Club file lists candidates but no votes: it can say who stood/,
    );
  });
});

describe('OpenElections precinct files', () => {
  it('sums a directory of county files into one contest per office, merging case variants, setting pseudo-rows aside', async () => {
    const election = await read(fixture('pa-2024-extract'));
    expect(election.rows.read).toBe(14);
    expect(election.rows.used + setAsideCount(election.rows)).toBe(14);
    const president = tally(election, 'top').contests.find((c) => c.area === 'President')!;
    expect(president.candidates.map((c) => [c.name, c.votes])).toEqual(
      [
        ['Donald J. Trump', 506 + 591],
        ['Kamala D. Harris', 591 + 182],
        ['Jill Stein', 9],
        ['Chase Oliver', 8 + 2],
      ].sort((a, b) => (b[1] as number) - (a[1] as number)),
    );
    expect(election.rows.setAside.map((s) => [s.reason, s.count])).toEqual([
      ['write-in totals (several people, not one candidate)', 2],
      ['turnout lines (Registered Voters, Ballots Cast: not a contest)', 2],
      ['under and over votes (not a candidate)', 2],
    ]);
  });

  it('--by precinct keeps each reporting unit a contest', async () => {
    const election = await read(fixture('pa-2024-extract'), { byUnit: true });
    expect(election.contests.map((c) => c.area)).toEqual(['President · Allegheny · Aleppo', 'President · Wayne · BERLIN TOWNSHIP #1']);
  });

  it('sets aside, counted and warned, the rows of an office whose district the file leaves out, never printing a winner', async () => {
    const election = await read(fixture('pa-2024-district-na'));
    expect(election.rows.read).toBe(24);
    expect(election.rows.used + setAsideCount(election.rows)).toBe(24);
    expect(election.contests.map((c) => c.area)).toEqual(['U.S. House 13', 'U.S. Senate', 'President']);
    // Cameron (blank) and Philadelphia (NA) beside Adams's district 13: which district is not known.
    expect(election.rows.setAside).toContainEqual(
      expect.objectContaining({ reason: 'district not given for an office with districts (no winner declared)', count: 2 + 3 }),
    );
    expect(election.warnings.filter((w) => w.code === 'district-missing').map((w) => w.message)).toEqual([
      'Cameron: "U.S. House" has no district on 2 rows, though other rows give this office its districts: which district these votes were cast in is not known; set aside, no winner declared',
      'Philadelphia: "U.S. House" has no district on 3 rows, though other rows give this office its districts: which district these votes were cast in is not known; set aside, no winner declared',
    ]);
  });

  it('Philadelphia alone: three House candidates, two Democrats in different precincts, are several districts', async () => {
    const election = await read(fixture('pa-2024-district-na/20241105__pa__general__philadelphia__precinct.csv'));
    expect(election.contests.map((c) => c.area)).toEqual(['U.S. Senate']);
    expect(election.warnings.find((w) => w.code === 'district-missing')?.message).toBe(
      'Philadelphia: "U.S. House" has no district on 3 rows, and 2 Democratic candidates stand (BRENDAN F BOYLE, DWIGHT EVANS) for one seat: ' +
        "several districts' contests, which cannot be told apart; set aside, no winner declared",
    );
  });

  it('reads party codes of one party as one (MARTY SELKER: CST in Philadelphia, CNS in Cambria) and SCATTER as write-in residue', async () => {
    const election = await read(fixture('pa-2024-district-na'));
    const senate = election.contests.find((c) => c.area === 'U.S. Senate')!;
    expect(senate.candidates.filter((c) => c.name === 'MARTY SELKER').map((c) => [c.party, c.votes])).toEqual([['Constitution', 1 + 3]]);
    const president = election.contests.find((c) => c.area === 'President')!;
    expect(president.candidates.map((c) => c.name)).toEqual(['HARRIS / WALZ', 'TRUMP / VANCE']);
    expect(election.rows.setAside).toContainEqual(
      expect.objectContaining({ reason: 'write-in totals (several people, not one candidate)', count: 7 }),
    );
  });

  it.each([
    ['Howie Hawkins (W)', 'Howie Hawkins'],
    ['Tony Lee (Write-In)', 'Tony Lee'],
  ])('a write-in mark is not part of the name: %s is %s', (written, name) => {
    const reader = openElectionsLayout.open(
      ['county', 'precinct', 'office', 'district', 'party', 'candidate', 'votes'],
      'x.csv',
      undefined,
    );
    expect(reader.read(['Warren', 'Bear Lake Boro', 'President', '', '', written, '1'], { file: 'x.csv', line: 2 })).toEqual([
      expect.objectContaining({ candidate: name, party: '' }),
    ]);
  });

  it.each([
    ['SCATTER', 'Luzerne 2024'],
    ['Write0ins', 'Bradford 2024'],
    ['Write-In (W)', 'Pennsylvania 2020'],
    ['Scatter WRITE-IN', 'Pennsylvania 2024'],
  ])('%s (%s) is write-in residue, set aside', (written) => {
    const reader = openElectionsLayout.open(
      ['county', 'precinct', 'office', 'district', 'party', 'candidate', 'votes'],
      'x.csv',
      undefined,
    );
    expect(reader.read(['X', 'Ward 1', 'President', '', '', written, '2'], { file: 'x.csv', line: 2 })).toEqual({
      setAside: 'write-in totals (several people, not one candidate)',
    });
  });

  it("sets aside Mercer's mis-parsed rows, the precinct's name split into candidate and votes", () => {
    const reader = openElectionsLayout.open(
      ['county', 'precinct', 'office', 'district', 'party', 'candidate', 'votes'],
      'x.csv',
      undefined,
    );
    expect(reader.read(['Mercer', 'Greenville 1', 'President', '', '', 'Greenville', '1'], { file: 'x.csv', line: 564 })).toEqual({
      setAside: "the precinct's name where the candidate should be (a mis-parsed row)",
    });
  });

  it('a primary file (named so) holds one contest per party', async () => {
    const election = await read(fixture('20200811__wi__primary__ward-extract.csv'));
    expect(election.contests.map((c) => c.area)).toEqual(['House 1 (DEM)', 'House 1 (REP)']);
  });
});

describe('detection', () => {
  it('names the columns found and the nearest layout when nothing fits', () => {
    expect(() => detectLayout(['ward', 'candidate', 'party'], 'x.csv')).toThrow(
      'x.csv: missing column "votes" (found: ward, candidate, party)',
    );
    expect(() => detectLayout(['county', 'precinct', 'office', 'candidate'], 'x.csv')).toThrow(
      'x.csv: no known layout matches the columns (found: county, precinct, office, candidate); nearest is openelections (county, precinct, office, district, party, candidate, votes); missing column "votes" for the openelections layout; see `results formats`, or describe the columns with --map',
    );
  });

  it('--input-format names a layout; an unknown name lists them', () => {
    expect(layoutNamed('leap').headerless).toBe(true);
    expect(() => layoutNamed('leapp')).toThrow(/unknown input format "leapp" \(expected leap, commons-library/);
  });

  it('a header-less file that is not LEAP is not taken for LEAP', () => {
    expect(() => detectLayout(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 'x.csv')).toThrow(InputError);
  });
});

import { VoteSummer } from '../../src/io/summing';
import { candidateRow } from '../../src/io/rows';

const row = (candidate: string, party: string, votes: number, line: number) =>
  candidateRow({ council: 'President', area: 'President', candidate, party, votes, origin: { file: 'pa.csv', line } });

describe('summing precinct rows', () => {
  it('reads a ticket and its spellings as one candidate of the same party, shown as the most-voted spelling', () => {
    const summer = new VoteSummer();
    summer.add(row('Donald J. Trump', 'Republican', 1000, 2));
    summer.add(row('TRUMP / VANCE', 'Republican', 300, 3));
    summer.add(row('DONALD J TRUMP AND JD VANCE', 'Republican', 200, 4));
    summer.add(row('Kamala D. Harris', 'Democratic', 1200, 5));
    summer.add(row('HARRIS and WALZ', 'Democratic', 100, 6));
    expect([...summer.rows()].map((r) => [r.candidate, r.votes])).toEqual([
      ['Donald J. Trump', 1500],
      ['Kamala D. Harris', 1300],
    ]);
    expect(summer.merges.map((m) => [m.into, m.names])).toEqual(
      expect.arrayContaining([
        ['Donald J. Trump', ['TRUMP / VANCE', 'DONALD J TRUMP AND JD VANCE']],
        ['Kamala D. Harris', ['HARRIS and WALZ']],
      ]),
    );
  });

  it('joins a candidate whose party one county left blank to the same name with a party', () => {
    const summer = new VoteSummer();
    summer.add(row('Jill Stein', 'US Green Party', 50, 2));
    summer.add(row('Jill Stein', '', 5, 3));
    expect([...summer.rows()].map((r) => [r.candidate, r.party, r.votes])).toEqual([['Jill Stein', 'US Green Party', 55]]);
  });

  it('keeps different people of one party apart, and never merges across parties or without a party', () => {
    const summer = new VoteSummer();
    summer.add(row('John Smith', 'Republican', 10, 2));
    summer.add(row('Jane Smith', 'Republican', 9, 3));
    summer.add(row('Robert Casey', 'Democratic', 8, 4));
    summer.add(row('Robert Casey', 'Libertarian', 7, 5));
    summer.add(row('Write In Smith', '', 1, 6));
    summer.add(row('Smith', '', 1, 7));
    expect([...summer.rows()].map((r) => r.candidate)).toEqual([
      'John Smith',
      'Jane Smith',
      'Robert Casey',
      'Robert Casey',
      'Write In Smith',
      'Smith',
    ]);
    expect(summer.merges).toEqual([]);
  });
});

describe('rows without a district (OpenElections NA)', () => {
  // Real rows: Philadelphia 2024 writes every U.S. House district as NA; Cameron leaves it blank; Adams gives 13.
  const house = (county: string, unit: string, district: string, candidate: string, party: string, votes: number, line: number) =>
    candidateRow({
      council: 'U.S. House',
      area: district === '' ? 'U.S. House' : `U.S. House ${district}`,
      candidate,
      party,
      votes,
      origin: { file: `${county}.csv`, line },
      place: { county, unit, district },
    });

  it('sets a county aside when two candidates of one party never share a precinct: several districts, no winner', () => {
    const summer = new VoteSummer();
    summer.add(house('Philadelphia', '05-01', '', 'BRENDAN F BOYLE', 'Democratic', 529, 2));
    summer.add(house('Philadelphia', '05-01', '', 'AARON BASHIR', 'Republican', 129, 3));
    summer.add(house('Philadelphia', '01-01', '', 'DWIGHT EVANS', 'Democratic', 309, 4));
    expect([...summer.rows()]).toEqual([]);
    expect(summer.districtsMissing).toEqual([
      {
        council: 'U.S. House',
        area: 'U.S. House',
        county: 'Philadelphia',
        rows: 3,
        because: { kind: 'party-twice', party: 'Democratic', names: ['BRENDAN F BOYLE', 'DWIGHT EVANS'] },
        origin: { file: 'Philadelphia.csv', line: 2 },
      },
    ]);
  });

  it('keeps two candidates of one party on the same precinct ballot: a fault of the file, not a missing district', () => {
    // Greene 2020 lists the Auditor General's Libertarian under Attorney General in JEFFERSON #3.
    const summer = new VoteSummer();
    summer.add(house('Greene', 'JEFFERSON #3', '', 'DANIEL WASSMER', 'Libertarian', 7, 2));
    summer.add(house('Greene', 'JEFFERSON #3', '', 'JENNIFER MOORE', 'Libertarian', 20, 3));
    expect([...summer.rows()].map((r) => r.candidate)).toEqual(['DANIEL WASSMER', 'JENNIFER MOORE']);
    expect(summer.districtsMissing).toEqual([]);
  });

  it('sets a county aside when other rows give the office districts, and lets it stand when none do', () => {
    const together = new VoteSummer();
    together.add(house('Cameron', 'Driftwood Borough', '', 'Glenn GT Thompson', 'Republican', 21, 2));
    together.add(house('Adams', 'Abbottstown', '13', 'JOHN JOYCE', 'Republican', 352, 2));
    expect([...together.rows()].map((r) => r.area)).toEqual(['U.S. House 13']);
    expect(together.districtsMissing.map((m) => [m.county, m.because.kind, m.rows])).toEqual([['Cameron', 'districts-elsewhere', 1]]);

    const alone = new VoteSummer();
    alone.add(house('Cameron', 'Driftwood Borough', '', 'Glenn GT Thompson', 'Republican', 21, 2));
    expect([...alone.rows()].map((r) => [r.area, r.votes])).toEqual([['U.S. House', 21]]);
    expect(alone.districtsMissing).toEqual([]);
  });

  it('sums a statewide office over counties, a spelling in another county (Ahmad / Ahmed) not read as a second nominee', () => {
    const senate = (county: string, candidate: string, party: string, votes: number) =>
      candidateRow({
        council: 'Auditor General',
        area: 'Auditor General',
        candidate,
        party,
        votes,
        origin: { file: `${county}.csv`, line: 2 },
        place: { county, unit: '1', district: '' },
      });
    const summer = new VoteSummer();
    summer.add(senate('Adams', 'Nina Ahmad', 'Democratic', 10));
    summer.add(senate('Adams', 'Timothy DeFoor', 'Republican', 20));
    summer.add(senate('Berks', 'Nina Ahmed', 'Democratic', 5));
    summer.add(senate('Berks', 'Timothy DeFoor', 'Republican', 7));
    expect([...summer.rows()].map((r) => [r.candidate, r.votes])).toEqual([
      ['Nina Ahmad', 10],
      ['Timothy DeFoor', 27],
      ['Nina Ahmed', 5],
    ]);
    expect(summer.districtsMissing).toEqual([]);
  });

  it('never reads non-partisan candidates (Wisconsin NP) as a missing district', () => {
    const summer = new VoteSummer();
    const court = (unit: string, candidate: string, votes: number) =>
      candidateRow({
        council: 'Supreme Court',
        area: 'Supreme Court',
        candidate,
        party: 'NP',
        votes,
        origin: { file: 'wi.csv', line: 2 },
        place: { county: 'Adams', unit, district: '' },
      });
    summer.add(court('Town of Adams', 'Jill J. Karofsky', 5));
    summer.add(court('Town of Big Flats', 'Daniel Kelly', 6));
    expect([...summer.rows()].map((r) => r.candidate)).toEqual(['Jill J. Karofsky', 'Daniel Kelly']);
  });
});

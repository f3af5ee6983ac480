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
    expect([...summer.rows()].map((r) => r.candidate)).toEqual(['John Smith', 'Jane Smith', 'Robert Casey', 'Robert Casey', 'Write In Smith', 'Smith']);
    expect(summer.merges).toEqual([]);
  });
});

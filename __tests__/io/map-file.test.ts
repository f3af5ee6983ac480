import { InputError } from '../../src/errors';
import { mappedLayout, parseMapFile } from '../../src/io/map-file';
import { fixture, read } from '../read-helpers';

describe('--map column maps', () => {
  it('reads the Electoral Commission sheet through a map: composed name, constant council, mapped values', async () => {
    const map = parseMapFile(
      JSON.stringify({
        columns: { ward: 'Constituency Name', party: 'Party abbreviation', votes: 'Votes', code: 'Constituency ID' },
        compose: { candidate: ['Forename', 'Surname'] },
        constants: { council: 'GE2015' },
        values: { party: { SF: 'Sinn Féin', PBPA: 'People Before Profit' } },
      }),
      'ec.json',
    );
    const election = await read(fixture('ec-ge2015-results-extract.csv'), { layout: mappedLayout(map, 'ec.json') }).catch((e) => e);
    // The totals row has no constituency: the canonical checks still apply to mapped rows.
    expect(election).toBeInstanceOf(InputError);
    expect((election as Error).message).toMatch(/ec-ge2015-results-extract.csv:11: ward is blank/);
  });

  it('sums precinct rows when "sum" is true, with the area composed from office and district', async () => {
    const map = parseMapFile(
      JSON.stringify({
        columns: { candidate: 'candidate', party: 'party', votes: 'votes' },
        compose: { ward: ['office', 'district'] },
        sum: true,
      }),
      'pa.json',
    );
    const election = await read(fixture('pa-2024-extract/20241105__pa__general__allegheny__precinct.csv'), {
      layout: mappedLayout(map, 'pa.json'),
    });
    expect(election.contests.map((c) => [c.area, c.candidates.length])).toEqual([['President', 5]]);
  });

  it.each([
    ['{"columns": {"ward": "W"}}', 'm.json: no source for "candidate": give it in "columns", "compose" or "constants"'],
    ['{"colums": {}}', 'm.json: unknown key "colums" (expected columns, compose, constants, values, sum, decimalPoint)'],
    [
      '{"columns": {"wrd": "W"}}',
      'm.json: "columns.wrd": unknown field (expected ward, candidate, party, votes, elected, seats, council, electorate, ballots, rejected, code, defending, system, quota)',
    ],
    ['{"columns": ', /^m.json: not valid JSON/],
  ])('refuses %s with a message naming the key', (text, message) => {
    expect(() => parseMapFile(text, 'm.json')).toThrow(message);
  });
});

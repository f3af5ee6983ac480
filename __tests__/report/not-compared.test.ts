/**
 * The list of contests a comparison could not match, as people see it: whole when short, summarised when
 * long (issue 17: the 1918-2017 series against GE2017 printed 17,698 rows), and always whole in JSON.
 * Worcester 2016 (LEAP) against the Commons 1918-2017 extract: nothing in common, 12 + 7 contests unmatched.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { matchContests, type Matching } from '../../src/core/match';
import type { Contest, Election } from '../../src/core/model';
import { PartyRegistry } from '../../src/core/parties';
import { readElection } from '../../src/io/read-election';
import { notComparedBlocks, unmatchedJson } from '../../src/report/comparison';
import { results } from '../cli/run-cli';

const registry = new PartyRegistry();

async function read(file: string): Promise<Election> {
  const text = fs.readFileSync(path.resolve(__dirname, '../..', file));
  const chunks = (async function* () {
    yield text;
  })();
  return readElection([{ name: file, chunks }], { registry });
}

describe('contests not compared', () => {
  let matching: Matching<Contest>;
  beforeAll(async () => {
    const [before, after] = await Promise.all([read('fixtures/worcester-2016.csv'), read('fixtures/commons-1918-2017-extract.csv')]);
    matching = matchContests(before.contests, after.contests);
  });

  it('are listed one by one when the list is short', () => {
    const [block, ...rest] = notComparedBlocks(matching, [], 'Left out');
    expect(rest).toEqual([]);
    expect(block!.table!.rows).toHaveLength(19);
    expect(block!.table!.rows[0]!.cells).toEqual([
      'before',
      'Worcester',
      'Arboretum',
      'no contest with this code or name in the other election',
    ]);
  });

  it('are counted by side and reason, with the first few of each side and where to see all, when the list is long', () => {
    const [counts, first, ...rest] = notComparedBlocks(matching, [], 'Left out', { whole: 10, first: 3 });
    expect(rest).toEqual([]);
    const reason = 'no contest with this code or name in the other election';
    expect(counts!.table!.rows.map((r) => r.cells)).toEqual([
      ['before', reason, 12],
      ['after', reason, 7],
    ]);
    expect(first!.heading.map((s) => s.text).join('')).toBe('Not compared: the first 3 before and 3 after');
    expect(first!.table!.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['before', 'Worcester', 'Arboretum'],
      ['before', 'Worcester', 'Battenhall'],
      ['before', 'Worcester', 'Bedwardine'],
      ['after', '1918', 'BATTERSEA NORTH'],
      ['after', '1918', 'CITY OF LONDON'],
      ['after', '1918', 'HACKNEY CENTRAL'],
    ]);
    expect(first!.notes).toEqual(['13 more not shown; all 19: --format json (unmatched.before, unmatched.after)']);
  });

  it('are all in the JSON document however many', async () => {
    const { stdout, status } = await results(
      'gains',
      'fixtures/worcester-2016.csv',
      'fixtures/commons-1918-2017-extract.csv',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const unmatched = JSON.parse(stdout).unmatched;
    expect(unmatched).toEqual(unmatchedJson(matching));
    expect([unmatched.before.length, unmatched.after.length]).toEqual([12, 7]);
  });
});

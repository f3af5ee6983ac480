/**
 * `--corrections FILE` on `tally` and `watch`: a figure put right on top of the input, reported with where the old
 * figure was read and where the new one comes from. The example correction (fixtures/corrections-example.csv) is
 * made up for these tests; the result it corrects is Worcester 2016 as LEAP published it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { results } from './run-cli';

type Doc = ReturnType<typeof JSON.parse>;

describe('--corrections', () => {
  it('puts a figure right in tally, and the JSON says where the old and the new figure came from', async () => {
    const table = await results('tally', 'fixtures/worcester-2016.csv', '--corrections', 'fixtures/corrections-example.csv');
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Battenhall: Green, majority 131 (1,018 vs 887)');
    const run = await results(
      'tally',
      'fixtures/worcester-2016.csv',
      '--corrections',
      'fixtures/corrections-example.csv',
      '--format',
      'json',
    );
    const doc = JSON.parse(run.stdout);
    const battenhall = doc.contests.find((c: Doc) => c.area === 'Battenhall');
    expect(battenhall.candidates[0]).toMatchObject({ name: 'Louis Stephen', votes: 1018 });
    expect(battenhall.majority).toBe(131);
    expect(doc.warnings).toContainEqual({
      code: 'corrected',
      message:
        'Battenhall: Louis Stephen votes 1081 (fixtures/worcester-2016.csv:5) corrected to 1018 (fixtures/corrections-example.csv:2; source: example only: not a real correction (tests of --corrections))',
      file: 'fixtures/corrections-example.csv',
      line: 2,
    });
  });

  it('refuses a correction that matches no candidate, naming its line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'results-corrections-'));
    try {
      const file = path.join(dir, 'c.csv');
      writeFileSync(file, 'contest,candidate,field,value,source\nBattenhal,Louis Stephen,votes,1018,a typo in the ward\n');
      const run = await results('tally', 'fixtures/worcester-2016.csv', '--corrections', file);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`results: ${file}:2: correction of Louis Stephen's votes in Battenhal matches no candidate read\n`);
      // A correction of a contest left out by --area is left out with it.
      expect(
        (await results('tally', 'fixtures/worcester-2016.csv', '--area', 'Arboretum', '--corrections', 'fixtures/corrections-example.csv'))
          .status,
      ).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts a figure right in watch, on every read, with where it came from', async () => {
    const run = await results(
      'watch',
      'fixtures/worcester-2016.csv',
      '--area',
      'Arboretum',
      '--area',
      'Battenhall',
      '--corrections',
      'fixtures/corrections-example.csv',
      '--once',
      '--format',
      'json',
      '--settle',
      '10',
    );
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    // Green: Arboretum's 311 and Battenhall's corrected 1,018.
    expect(doc.parties.find((p: Doc) => p.party === 'Green').votes).toBe(311 + 1018);
    const battenhall = doc.latest.find((l: Doc) => l.area === 'Battenhall');
    expect(battenhall.text).toBe('Battenhall: Green, majority 131 (1,018 vs 887)');
    expect(battenhall.corrections).toEqual([
      {
        candidate: 'Louis Stephen',
        field: 'votes',
        before: 1081,
        after: 1018,
        source: 'example only: not a real correction (tests of --corrections)',
        file: 'fixtures/corrections-example.csv',
        line: 2,
        resultFile: 'fixtures/worcester-2016.csv',
        resultLine: 5,
      },
    ]);
  });
});

/** The CLI end to end (in-process, see run-cli.ts): `results formats`, and files named as directories and .gz. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fixture } from '../read-helpers';
import { results } from './run-cli';

describe('results formats', () => {
  it('lists every layout with its columns', async () => {
    const { status: code, stdout } = await results('formats');
    expect(code).toBe(0);
    for (const name of [
      'leap (no header)',
      'commons-library',
      'commons-constituency',
      'commons-1918',
      'electoral-commission',
      'democracy-club',
      'openelections',
      'wide',
      'canonical',
      'map (--map FILE)',
    ]) {
      expect(stdout).toContain(name);
    }
    expect(stdout).toContain('columns: council, council code, ward, ward code, candidate, party code, votes, elected');
  });
});

describe('reading files by naming them', () => {
  it('reads a .csv.gz directly', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'results-'));
    const gz = path.join(dir, 'leap.csv.gz');
    writeFileSync(gz, gzipSync(readFileSync(fixture('leap-2019-extract.csv'))));
    const { status: code, stdout } = await results('tally', gz, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).totals).toMatchObject({ contests: 3 });
  });

  it('--input-format forces a layout, and a wrong one fails on the first row with its line', async () => {
    const { status: code, stderr } = await results('tally', fixture('worcester-2016.csv'), '--input-format', 'leap');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^results: .*worcester-2016.csv:1: a LEAP row has 8 fields/);
  });

  it('a Democracy Club candidate list exits 1 saying it has no votes', async () => {
    const { status: code, stderr } = await results('tally', fixture('dc-candidates-parl.2019-12-12-extract.csv'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/this Democracy Club file lists candidates but no votes/);
  });

  it('--map and --input-format together are a usage error', async () => {
    const { status: code, stderr } = await results('tally', fixture('worcester-2016.csv'), '--input-format', 'leap', '--map', 'm.json');
    expect(code).toBe(2);
    expect(stderr).toContain('--map and --input-format both choose the layout');
  });

  it('--by precinct keeps reporting units', async () => {
    const { status: code, stdout } = await results('tally', fixture('pa-2024-extract'), '--by', 'precinct', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).contests).toHaveLength(2);
  });
});

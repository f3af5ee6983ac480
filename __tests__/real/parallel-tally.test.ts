/**
 * Every real file counted in parts on several threads writes what one thread writes, byte for byte
 * (cli/parallel-tally.ts), with parts of 256 KB so that even the published files are cut in dozens of
 * places: LEAP's headerless rows, the Commons Library's CRLF files, Democracy Club, IndyLive's STV counts.
 * Files of layouts read whole (1918-2017, precinct files) and the PA folders take the ordinary way.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { runSpawned } from '../cli/run-cli';
import { everyInput, real } from './paths';

const tally = (input: string, ...args: string[]) =>
  runSpawned(['tally', input, '--quiet', ...args], { env: { RESULTS_TRACE_PARTS: '1' }, timeout: 120_000 });

describe('every real file counted in parts', () => {
  const files = everyInput.filter((input) => statSync(input).isFile());

  it.each(files.map((file) => [path.relative(real(), file), file]))('%s: the same JSON as one thread', (_, file) => {
    const one = tally(file, '--format', 'json', '--threads', '1');
    const parts = tally(file, '--format', 'json', '--threads', '2', '--part-bytes', String(256 * 1024));
    expect(parts.status).toBe(one.status);
    expect(parts.stdout).toBe(one.stdout);
    expect(parts.stderr.replace(/^results: (counted in|read the ordinary way).*\n/m, '')).toBe(one.stderr);
  });

  it('counts the big LEAP and Commons Library files in parts (not the ordinary way)', () => {
    for (const file of [real('uk-leap-local', 'leap-2019-05-02.csv'), real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv')]) {
      const run = tally(file, '--format', 'ndjson', '--threads', '2', '--part-bytes', String(128 * 1024));
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/^results: counted in \d+ parts \(\d+ read as bytes\)$/m);
    }
  });
});

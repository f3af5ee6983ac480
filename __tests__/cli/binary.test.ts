/**
 * Smoke tests of the real process (`node bin/results.js`, built by `npm test`): what the in-process runs
 * of the other CLI tests cannot show. The exit status the shell sees, standard input, a reader closing the
 * pipe, colours (chalk, an ES module loaded only here), the start-up of --help and --version, and the hex maps
 * (kept out of the bundle, required from dist when a map is drawn), and what a start loads.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { version as packageVersion } from '../../package.json';
import { root, runShell, runSpawned } from './run-cli';

const worcester2016 = 'fixtures/worcester-2016.csv';
const forced = { NO_COLOR: undefined, FORCE_COLOR: '3' };

describe('the exit status of the process', () => {
  it('is 0 for a count, with the Battenhall headline on stdout and nothing on stderr', () => {
    const run = runSpawned(['tally', worcester2016, '--area', 'Battenhall']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Battenhall: Green, majority 194 (1,081 vs 887)');
    expect(run.stderr).toBe('');
  });

  it('is 1 for a missing file, with one line on stderr', () => {
    expect(runSpawned(['tally', 'no-such.csv'])).toEqual({
      status: 1,
      stdout: '',
      stderr: 'results: no-such.csv: cannot read: no such file\n',
    });
  });

  it('is 2 for an unknown option', () => {
    const run = runSpawned(['tally', worcester2016, '--colour']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^results: unknown option '--colour'/);
  });

  it('is 1 for bad data read from standard input ("-"), naming the line', () => {
    const run = runSpawned(['tally', '-'], {
      input: 'ward,candidate,party,votes\nBattenhall,Louis Stephen,Green,1081\nBattenhall,David Tibbutt,C,8.87\n',
    });
    expect(run).toEqual({ status: 1, stdout: '', stderr: 'results: -:3: votes must be a whole number, got "8.87"\n' });
  });

  it('is 0 for --help and --version, on stdout', () => {
    const help = runSpawned(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: results [options] [command]');
    expect(runSpawned(['--version'])).toEqual({ status: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });

  it('ends quietly with 0 when the reader closes the pipe', () => {
    const result = runShell('node bin/results.js tally fixtures/worcester-2016.csv --format csv | head -3; echo "exit ${PIPESTATUS[0]}"');
    expect(result.stdout.trim().split('\n')).toHaveLength(4);
    expect(result.stdout).toContain('exit 0');
    expect(result.stderr).toBe('');
  });
});

describe('colour', () => {
  it('is on with FORCE_COLOR, in party colours', () => {
    const { stdout } = runSpawned(['tally', worcester2016, '--area', 'Battenhall'], { env: forced });
    expect(stdout).toContain('\u001b[38;2;2;169;91mGreen'); // Green #02A95B
  });

  it('is off with --no-color even when forced', () => {
    const { stdout } = runSpawned(['tally', worcester2016, '--no-color'], { env: forced });
    expect(stdout).not.toContain('\u001b[');
  });

  it('is never in machine formats', () => {
    const { stdout } = runSpawned(['tally', worcester2016, '--format', 'csv'], { env: forced });
    expect(stdout).not.toContain('\u001b[');
  });
});

describe('hex maps, required from beside the bundle only when a map is drawn', () => {
  it('draws Worcester on its ward hexes and the GE2019 extract on the constituency hexes', () => {
    const wards = runSpawned(['chart', 'map', worcester2016]);
    expect([wards.status, wards.stderr]).toEqual([0, '']);
    expect(wards.stdout).toContain('<title id="map-title">Worcester: who won where</title>');
    expect(wards.stdout).toContain('Hex map © Open Innovations (MIT)');
    const constituencies = runSpawned(['chart', 'map', 'fixtures/hoc-ge2019-candidates-extract.csv']);
    expect([constituencies.status, constituencies.stderr]).toEqual([0, '']);
    expect(constituencies.stdout).toContain('who won where');
    expect(constituencies.stdout).not.toContain('Not on the map');
  });
});

describe('start-up', () => {
  /** The Node modules a run loads beyond what Node has loaded before the CLI's first line. */
  function modulesLoaded(args: readonly string[]): string[] {
    const preload = path.join(mkdtempSync(path.join(os.tmpdir(), 'results-start-')), 'modules.js');
    writeFileSync(
      preload,
      'const before = new Set(process.moduleLoadList);\n' +
        "process.on('exit', () => require('node:fs').writeSync(2, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));\n",
    );
    const run = spawnSync(process.execPath, ['--require', preload, path.join(root, 'bin/results.js'), ...args], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    return (JSON.parse(run.stderr) as string[]).map((name) => name.replace(/^NativeModule /, ''));
  }

  // Each costs milliseconds of a 90 ms start (docs/speed.md). The first four were loaded before: process.stdin
  // and stdout made as streams (stream, net), read streams and fs.promises for the file; the rest stay lazy.
  it('reads a council file to a pipe without Node streams, sockets, worker threads or the promise file API', () => {
    for (const format of ['table', 'json']) {
      const loaded = modulesLoaded(['tally', worcester2016, '--format', format]);
      expect(
        loaded.filter((name) => /^(stream|net|tty|worker_threads|zlib|child_process|internal\/fs\/(promises|streams))$/.test(name)),
      ).toEqual([]);
    }
  });

  it('loads zlib for a .gz file, and reads it to the same count', () => {
    const compressed = path.join(mkdtempSync(path.join(os.tmpdir(), 'results-gz-')), 'worcester-2016.csv.gz');
    writeFileSync(compressed, gzipSync(readFileSync(path.join(root, worcester2016))));
    expect(modulesLoaded(['tally', compressed, '--format', 'csv'])).toContain('zlib');
    expect(runSpawned(['tally', compressed, '--area', 'Battenhall']).stdout).toContain('Battenhall: Green, majority 194 (1,081 vs 887)');
  });
});

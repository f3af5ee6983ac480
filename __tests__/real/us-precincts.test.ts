/**
 * OpenElections precinct files from ../shared/data/real (us-openelections-pa, us-openelections-wi; origin and quirks
 * in each folder's SOURCE.md), read whole, the way a user reads them: a directory is one election.
 *
 * What these pin down, each found on these files:
 * - Philadelphia 2024 writes every U.S. House, State Senate and State House district as `NA`. Summed, its House
 *   districts made one "U.S. House" with Evans "elected" on 81.5% and Boyle beside him on 46.4%, exit 0 and a
 *   passing `results check`. Such rows are now set aside, counted, with a `district-missing` warning, and `check`
 *   fails on them.
 * - One person is one candidate: `MARTY SELKER` under `CST` and `CNS`, `Howie Hawkins (W)` and `Howie Hawkins`;
 *   write-in residue (`SCATTER`, `Write0ins`, Wisconsin's `Scattering`) is set aside by one rule.
 * - `check` over Pennsylvania 2020 gave 1,310 `candidate-in-two-wards` warnings, 1,300 of them naming the same
 *   contest on both sides (each county file is read on its own).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Election } from '../../src/core/model';
import { tally } from '../../src/core/tally';
import { read } from '../read-helpers';
import { real } from './paths';
import { runCli, root } from '../cli/run-cli';

const pa2024 = real('us-openelections-pa/2024-general');
const pa2020 = real('us-openelections-pa/2020-general');
const philadelphia = path.join(pa2024, '20241105__pa__general__philadelphia__precinct.csv');
const wisconsinApril = real('us-openelections-wi/20200407__wi__general__ward.csv');

const setAside = (election: Election, reason: string) => election.rows.setAside.find((s) => s.reason === reason)?.count ?? 0;
const accounted = (election: Election) =>
  election.rows.used + election.rows.filtered + election.rows.setAside.reduce((n, s) => n + s.count, 0);
const contest = (election: Election, area: string) => {
  const found = tally(election, 'top').contests.find((c) => c.area === area);
  if (!found) throw new Error(`no contest ${area}`);
  return found;
};
const votesOf = (election: Election, area: string) => Object.fromEntries(contest(election, area).candidates.map((c) => [c.name, c.votes]));
const districtMissing = 'district not given for an office with districts (no winner declared)';

describe('Philadelphia 2024 (every district NA)', () => {
  let election: Election;
  beforeAll(async () => {
    election = await read(philadelphia);
  });

  it('holds no House, State Senate or State House contest: no winner is printed for several districts summed', async () => {
    expect(election.contests.map((c) => c.area).filter((area) => /House|State Senate/.test(area))).toEqual([]);
    expect(election.warnings.filter((w) => w.code === 'district-missing').map((w) => w.message.split(',')[0])).toEqual([
      'Philadelphia: "U.S. House" has no district on 2527 rows',
      'Philadelphia: "State Senate" has no district on 1299 rows',
      'Philadelphia: "State House" has no district on 1765 rows',
    ]);
    expect(election.warnings.find((w) => w.code === 'district-missing')!.message).toContain(
      '3 Democratic candidates stand (BRENDAN F BOYLE, DWIGHT EVANS, MARY GAY SCANLON) for one seat',
    );
  });

  it('accounts for every row: 2527 + 1299 + 1765 set aside for the missing district', async () => {
    expect(setAside(election, districtMissing)).toBe(2527 + 1299 + 1765);
    expect(accounted(election)).toBe(election.rows.read);
    expect(election.rows.read).toBe(61228);
  });

  it('results check fails with three district-missing errors (exit 1)', async () => {
    const run = await runCli(['check', philadelphia, '--format', 'json']);
    expect(run.status).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: { severity: string; code: string }[] }).findings;
    expect(findings.filter((f) => f.code === 'district-missing').map((f) => f.severity)).toEqual(['error', 'error', 'error']);
  });
});

describe('Pennsylvania 2024, 65 county files as one election', () => {
  let election: Election;
  beforeAll(async () => {
    election = await read(pa2024);
  });

  it('gives President Trump 3,522,112 and Harris 3,414,547, short of the certified count by the two missing counties', async () => {
    // Certified (Pennsylvania Department of State, Certificate of Ascertainment, 10 Dec 2024,
    // https://www.pa.gov/agencies/dos/newsroom/governor-shapiro-certifies-2024-presidential-election-results.html):
    // Trump 3,543,308, Harris 3,423,042. Clarion and Sullivan, both rural and Republican, have no county file here
    // (SOURCE.md), so both totals fall short, Trump's by more; nothing else may be missing or added.
    const president = votesOf(election, 'President');
    expect(president['Donald J. Trump']).toBe(3_522_112);
    expect(president['Kamala D. Harris']).toBe(3_414_547);
    expect(3_543_308 - president['Donald J. Trump']!).toBeGreaterThan(3_423_042 - president['Kamala D. Harris']!);
    expect(3_543_308 - president['Donald J. Trump']!).toBeLessThan(25_000);
  });

  it('sets aside the district-less House and Senate rows of Cameron, Schuylkill, Northumberland and Philadelphia', async () => {
    const missing = election.warnings.filter((w) => w.code === 'district-missing').map((w) => w.message.split(' has no district')[0]);
    expect(missing.sort()).toEqual(
      [
        'Cameron: "State House"',
        'Cameron: "State Senate"',
        'Cameron: "U.S. House"',
        'Northumberland: "State Senate"',
        'Philadelphia: "State House"',
        'Philadelphia: "State Senate"',
        'Philadelphia: "U.S. House"',
        'Schuylkill: "U.S. House"',
      ].sort(),
    );
    expect(election.contests.some((c) => c.area === 'U.S. House' || c.area === 'State Senate' || c.area === 'State House')).toBe(false);
    expect(setAside(election, districtMissing)).toBe(6049);
    expect(accounted(election)).toBe(election.rows.read);
  });

  it('reads each party under one name whatever code the county used (MARTY SELKER: CST, CON, CNS)', async () => {
    const senate = contest(election, 'U.S. Senate');
    expect(senate.candidates.filter((c) => c.name === 'MARTY SELKER').map((c) => [c.party, c.votes])).toEqual([['Constitution', 23_340]]);
    const treasurer = contest(election, 'State Treasurer');
    expect(treasurer.candidates.filter((c) => /BOWMAN|FOSTER|GARRITY/i.test(c.name)).map((c) => [c.name, c.party])).toEqual([
      ['STACY GARRITY', 'Republican'],
      ['TROY BOWMAN', 'Constitution'],
      ['CHRIS FOSTER', 'Forward'],
    ]);
    const parties = new Set(election.contests.flatMap((c) => c.candidates.map((k) => k.party)));
    for (const code of ['CNS', 'CST', 'FWD', 'FRW', 'FOR', 'ASP', 'AMS', 'GNP', 'GRE']) expect(parties.has(code)).toBe(false);
  });

  it('keeps write-in residue and mis-parsed precinct names out of the candidates', async () => {
    const names = new Set(election.contests.flatMap((c) => c.candidates.map((k) => k.name)));
    for (const residue of ['SCATTER', 'Write0ins', 'Grove City', 'Greenville']) expect(names.has(residue)).toBe(false);
    expect(setAside(election, "the precinct's name where the candidate should be (a mis-parsed row)")).toBe(45);
    // Still read as a candidate: Mercer line 909, `Grove City 5,State House,17,,Hempfield Township,1`, the next
    // precinct's name in a row of the one before (known only once the next precinct is read).
    expect(contest(election, 'State House 17').candidates.map((c) => c.name)).toContain('Hempfield Township');
  });

  it('the README example shows what the command prints', async () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const block = /```\n\$ results tally us-openelections-pa\/2024-general --area 'U\.S\. Senate'.*\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'bin/results.js'), 'tally', 'us-openelections-pa/2024-general', '--area', 'U.S. Senate'],
      {
        cwd: real(),
        env: { ...process.env, NO_COLOR: '1' },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(run.status).toBe(0);
    const output = run.stdout + run.stderr;
    let from = 0;
    for (const segment of block![1]!
      .split(/^\.\.\.$/m)
      .map((s) => s.trim())
      .filter((s) => s !== '')) {
      const at = output.indexOf(segment, from);
      if (at === -1) throw new Error(`README segment not in the output after offset ${from}:\n${segment}`);
      from = at + segment.length;
    }
  });
});

describe('Pennsylvania 2020, 66 county files as one election', () => {
  it('reads Howie Hawkins (W) as Howie Hawkins, one candidate', async () => {
    const election = await read(pa2020);
    const president = contest(election, 'President');
    expect(president.candidates.filter((c) => /Hawkins/i.test(c.name)).map((c) => [c.name, c.votes])).toEqual([['Howie Hawkins', 31]]);
    expect(president.candidates.some((c) => /\(W\)$/.test(c.name))).toBe(false);
    expect(accounted(election)).toBe(election.rows.read);
  });

  it('check warns of a candidate in two contests only when the contests differ (10, not 1,310)', async () => {
    const run = await runCli(['check', pa2020, '--format', 'json', '--only', 'candidate-in-two-wards']);
    expect(run.status).toBe(0);
    const messages = (JSON.parse(run.stdout) as { findings: { message: string }[] }).findings.map((f) => f.message);
    for (const message of messages) {
      const [, first, second] = /stands in both "(.*)" \(line \d+\) and "(.*)" in /.exec(message)!;
      expect(first).not.toBe(second);
    }
    // Chester writes "6TH" and "13TH" where other counties write 6 and 13, and "60TH" for 160: genuinely
    // different contest names, which the warning is for.
    expect(messages).toHaveLength(10);
    expect(messages).toContain('CHRISSY HOULAHAN stands in both "U.S. House 6" (line 4644) and "U.S. House 6TH" in U.S. House');
  });
});

describe('Wisconsin, April 2020', () => {
  it('gives the Supreme Court race the certified canvass: Karofsky 855,573, Kelly 693,134', async () => {
    // Wisconsin Elections Commission canvass, as given in
    // https://en.wikipedia.org/wiki/2020_Wisconsin_Supreme_Court_election (Karofsky 855,573, Kelly 693,134).
    const election = await read(wisconsinApril);
    expect(votesOf(election, 'Supreme Court')).toEqual({ 'Jill J. Karofsky': 855_573, 'Daniel Kelly': 693_134 });
    // Wisconsin's write-in residue (`Scattering`) is set aside by the same rule as Pennsylvania's SCATTER.
    expect(setAside(election, 'write-in totals (several people, not one candidate)')).toBe(12_431);
    expect(accounted(election)).toBe(election.rows.read);
    expect(election.warnings.filter((w) => w.code === 'district-missing')).toEqual([]);
  });
});

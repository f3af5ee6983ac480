/**
 * `results tally` end to end on real results, through the CLI in-process (cli/run-cli.ts): the published
 * Worcester 2016 and 2018 figures, the JSON contract of design.md, the other formats, exit codes and stream
 * separation. What needs the real process (colour, a closed pipe) is in cli/binary.test.ts.
 */
import { parse } from 'csv-parse/sync';
import type { TallyDocument } from '../../src/report/tally-document';
import { version as packageVersion } from '../../package.json';
import { runCli } from './run-cli';

const worcester2016 = 'fixtures/worcester-2016.csv';

describe('results tally on Worcester City Council 2016', () => {
  let status: number | null, stdout: string, stderr: string;
  beforeAll(async () => ({ status, stdout, stderr } = await runCli(['tally', worcester2016])));

  it('succeeds with nothing on stderr', async () => {
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });

  it('tells each of the 12 wards in a headline with winner and majority', async () => {
    const headlines = stdout.split('\n').filter((line) => /^[A-Z][\w ]+: .*majority/.test(line));
    expect(headlines).toEqual([
      'Arboretum: Labour, majority 568 (959 vs 391)',
      'Battenhall: Green, majority 194 (1,081 vs 887)',
      'Bedwardine: Conservative, majority 409 (1,030 vs 621)',
      'Cathedral: Labour, majority 581 (1,360 vs 779)',
      'Claines: Conservative, majority 237 (971 vs 734)',
      'Gorse Hill: Labour, majority 251 (565 vs 314)',
      'Nunnery: Labour, majority 729 (1,136 vs 407)',
      'Rainbow Hill: Labour, majority 336 (572 vs 236)',
      'St Clement: Conservative, majority 248 (682 vs 434)',
      'St John: Labour, majority 568 (889 vs 321)',
      'St Stephen: Green, majority 336 (901 vs 565)',
      'Warndon: Labour, majority 265 (564 vs 299)',
    ]);
  });

  it('gives the published party totals: Labour 7,831 (36.2%) and 7 seats, Conservative 6,578 and 3, Green 3,401 and 2', async () => {
    expect(stdout).toMatch(/│ Labour\s+│\s+12 │ 7,831 │ 36\.2% │\s+7 │/);
    expect(stdout).toMatch(/│ Conservative\s+│\s+12 │ 6,578 │ 30\.4% │\s+3 │/);
    expect(stdout).toMatch(/│ Green\s+│\s+12 │ 3,401 │ 15\.7% │\s+2 │/);
  });

  it('names the conventions it used and accounts for every row', async () => {
    expect(stdout).toContain(
      "Shares: top vote (Commons Library convention): in a multi-member ward a party counts its best-placed candidate's votes.",
    );
    expect(stdout).toContain('Majority: last elected minus first unelected candidate');
    expect(stdout).toContain('Rows: 55 read from fixtures/worcester-2016.csv, 55 used.');
  });

  it('has no colour codes when NO_COLOR is set or output is not a terminal', async () => {
    expect(stdout).not.toContain('\u001b[');
  });
});

describe('results tally --format json', () => {
  let status: number | null, document: TallyDocument; // the parsed JSON under test, as the contract types it
  beforeAll(async () => {
    const run = await runCli(['tally', worcester2016, '--format', 'json']);
    status = run.status;
    document = JSON.parse(run.stdout);
  });

  it('follows the results.tally/1 contract', async () => {
    expect(status).toBe(0);
    expect(document).toMatchObject({ schema: 'results.tally/1', shareMethod: 'top', warnings: [] });
    expect(Object.keys(document)).toEqual(
      expect.arrayContaining(['schema', 'shareMethod', 'warnings', 'contests', 'parties', 'councils', 'totals']),
    );
    const battenhall = document.contests.find((c: { area: string }) => c.area === 'Battenhall');
    expect(battenhall).toMatchObject({
      council: 'Worcester',
      area: 'Battenhall',
      code: 'E05007881',
      seats: 1,
      status: 'contested',
      validVotes: 2184,
      electorate: null,
      ballots: null,
      rejected: null,
      turnout: null,
      majority: 194,
      tieForLastSeat: false,
      result: null,
      seatChanges: null,
    });
    expect(battenhall!.majorityShare).toBeCloseTo(0.0888, 4);
    expect(battenhall!.candidates[0]).toEqual({
      name: 'Louis Stephen',
      party: 'Green',
      partyCode: 'Grn',
      description: 'Green',
      votes: 1081,
      share: 1081 / 2184,
      elected: true,
      rank: 1,
    });
  });

  it('gives shares as fractions and the party totals per council and overall', async () => {
    expect(document.parties[0]).toMatchObject({ party: 'Labour', partyCode: 'Lab', candidates: 12, votes: 7831, seats: 7 });
    expect(document.parties[0]!.share).toBeCloseTo(0.3621, 4);
    expect(document.councils).toHaveLength(1);
    expect(document.councils[0]!.council).toBe('Worcester');
    expect(document.councils[0]!.parties).toEqual(document.parties);
    expect(document.totals).toMatchObject({ contests: 12, seats: 12, validVotes: 21627 });
  });
});

describe('share methods (Worcester 2018: one two-seat ward, Warndon)', () => {
  const totals = async (method: string) =>
    JSON.parse((await runCli(['tally', 'fixtures/worcester-2018.csv', '--format', 'json', '--share-method', method])).stdout);

  it.each([
    ['top', 9192, 7423, 2655, 21954],
    ['total', 9360, 7877, 2713, 22671],
    ['average', 9169.5, 7396.5, 2627, 21839.5],
  ])('%s gives the figures of domain-rules.md §2.2', async (method, con, lab, green, base) => {
    const document = await totals(method);
    expect(document.shareMethod).toBe(method);
    const votes = Object.fromEntries(document.parties.map((p: { party: string; votes: number }) => [p.party, p.votes]));
    expect([votes.Conservative, votes.Labour, votes.Green, document.totals.validVotes]).toEqual([con, lab, green, base]);
  });

  it('shows the Warndon majority of 241 (454 - 213)', async () => {
    expect((await runCli(['tally', 'fixtures/worcester-2018.csv', '--area', 'Warndon'])).stdout).toContain(
      'Warndon: Labour 2, majority 241 (454 vs 213)',
    );
  });
});

describe('ties for the last seat in real files (LEAP 2019)', () => {
  let status: number | null, stdout: string, stderr: string;
  beforeAll(async () => ({ status, stdout, stderr } = await runCli(['tally', 'fixtures/ties-2019.csv'])));

  it('reports a tie the file settles by lot as majority 0, decided by lot, with a note on stderr', async () => {
    expect(status).toBe(0);
    expect(stdout).toContain('Paddock Wood West: Conservative, majority 0 (tie at 289, decided by lot)');
    expect(stderr).toContain('results: note: fixtures/ties-2019.csv:');
    expect(stderr).toContain(
      'Paddock Wood West (Tunbridge Wells): the last seat was tied at 289 votes; the file gives it to Matt Bailey (decided by lot)',
    );
  });

  it('groups many councils into one election with totals per council', async () => {
    expect(stdout).toContain('Wyre Forest: party totals');
    expect(stdout).toContain('All councils: party totals');
  });
});

describe('other output formats', () => {
  it('csv: one row per candidate with the contest fields, fractions not percentages', async () => {
    const { status, stdout } = await runCli(['tally', worcester2016, '--format', 'csv']);
    expect(status).toBe(0);
    const rows = parse<Record<string, string>>(stdout, { columns: true });
    expect(rows).toHaveLength(55);
    expect(rows.find((r) => r.candidate === 'Louis Stephen')).toMatchObject({
      council: 'Worcester',
      area: 'Battenhall',
      majority: '194',
      votes: '1081',
      share: String(1081 / 2184),
      elected: 'true',
    });
  });

  it('markdown: a heading line and a pipe table per contest', async () => {
    const { stdout } = await runCli(['tally', worcester2016, '--format', 'markdown', '--area', 'Battenhall']);
    expect(stdout).toContain('**Battenhall: Green, majority 194 (1,081 vs 887)**');
    expect(stdout).toContain('| Louis Stephen | Green | 1,081 | 49.5% | elected |');
    expect(stdout).toContain('|---|---|---:|---:|---|');
  });

  it('ndjson: one contest a line, then one line a party', async () => {
    const lines = (await runCli(['tally', worcester2016, '--format', 'ndjson'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'contest')).toHaveLength(12);
    expect(lines.filter((l) => l.type === 'party')[0]).toMatchObject({ party: 'Labour', votes: 7831 });
  });
});

describe('input', () => {
  it('reads standard input for "-"', async () => {
    const { status, stdout } = await runCli(['tally', '-'], {
      input: 'ward,candidate,party,votes\nBattenhall,Louis Stephen,Green,1081\nBattenhall,David Tibbutt,C,887\n',
    });
    expect(status).toBe(0);
    expect(stdout).toContain('Battenhall: Green, majority 194 (1,081 vs 887)');
  });

  it('extends the parties with --parties', async () => {
    const { stdout } = await runCli([
      'tally',
      'fixtures/ties-2019.csv',
      '--council',
      'Wyre Forest',
      '--parties',
      'fixtures/parties-example.csv',
    ]);
    expect(stdout).toContain('Franche and Habberley North: Health Concern 3, majority 23 (651 vs 628)');
  });

  it('filters with --council and --area, case-insensitively, and counts the rows left out', async () => {
    const { stdout } = await runCli(['tally', worcester2016, '--area', 'battenhall']);
    expect(stdout).toContain('Rows: 55 read from fixtures/worcester-2016.csv, 4 used, 51 in contests not selected.');
  });
});

describe('errors and exit codes', () => {
  it('exit 1 for a missing file, with a one-line message and nothing on stdout', async () => {
    expect(await runCli(['tally', 'no-such.csv'])).toEqual({
      status: 1,
      stdout: '',
      stderr: 'results: no-such.csv: cannot read: no such file\n',
    });
  });

  it('exit 1 for bad data, naming file and line', async () => {
    const result = await runCli(['tally', '-'], {
      input: 'ward,candidate,party,votes\nBattenhall,Louis Stephen,Green,1081\nBattenhall,David Tibbutt,C,8.87\n',
    });
    expect(result).toEqual({ status: 1, stdout: '', stderr: 'results: -:3: votes must be a whole number, got "8.87"\n' });
  });

  it('exit 2 for a bad option value', async () => {
    const result = await runCli(['tally', worcester2016, '--format', 'xml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^results: option '-f, --format <format>' argument 'xml' is invalid/);
  });

  it('exit 2 for an unknown command or option, and for a filter matching nothing', async () => {
    expect((await runCli(['talley', worcester2016])).status).toBe(2);
    expect((await runCli(['tally', worcester2016, '--colour'])).status).toBe(2);
    const none = await runCli(['tally', worcester2016, '--council', 'Worcestr']);
    expect(none).toMatchObject({ status: 2, stderr: 'results: no contest matches --council "Worcestr" (councils: Worcester)\n' });
  });

  it('exit 0 for --help and --version, on stdout', async () => {
    const help = await runCli(['tally', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('results tally fixtures/worcester-2016.csv');
    const version = await runCli(['--version']);
    expect(version).toMatchObject({ status: 0, stdout: `${packageVersion}\n` });
  });
});

/** `results targets` end to end, in-process: the table, results.targets/1, and every refusal as one clear line. */
import { results as run } from './run-cli';

describe('results targets', () => {
  it('lists the seats a party could gain, smallest swing first, with the swing to a council majority', async () => {
    const { status, stdout } = await run(
      'targets',
      'fixtures/worcester-2016-defending.csv',
      '--party',
      'Lab',
      '--before',
      'Con=19,Lab=15,Grn=1',
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(/1 +│ Worcester │ St Clement +│ Conservative/);
    expect(stdout).toContain(
      'Labour needs 2 more seats for a majority on Worcester (18 of 35): an 8.56-point swing from Conservative, taking Bedwardine (target 2)',
    );
  });

  it('says what a council majority needs when the composition is not given', async () => {
    const { status, stdout } = await run('targets', 'fixtures/worcester-2016.csv', '--party', 'Labour');
    expect(status).toBe(0);
    expect(stdout).toContain('the majority each council needs: give --before COMPOSITION (the seats not up are not in the file)');
  });

  it('writes results.targets/1 with directed swings as fractions', async () => {
    const { status, stdout } = await run(
      'targets',
      'fixtures/worcester-2016.csv',
      '--party',
      'Conservative',
      '--format',
      'json',
      '--top',
      '1',
    );
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ schema: 'results.targets/1', shareMethod: 'top', party: 'Conservative', partyCode: 'Con', kind: 'attack' });
    expect(doc.targets).toHaveLength(1);
    expect(doc.listed).toBeGreaterThan(1);
    expect(doc.targets[0]).toMatchObject({
      rank: 1,
      area: 'Battenhall',
      holder: 'Green',
      margin: 194,
      swing: { from: 'Green', to: 'Conservative' },
    });
    expect(doc.targets[0].swing.value).toBeCloseTo(0.0444, 4);
    // A council file without --before: no majority can be known (seats not up are not in the file).
    expect(doc.control).toEqual([]);
  });

  it('lists a defence with --defend, and CSV rows a script can read', async () => {
    const { status, stdout } = await run('targets', 'fixtures/worcester-2016.csv', '--party', 'Green', '--defend', '--format', 'csv');
    expect(status).toBe(0);
    const [header, first] = stdout.trim().split('\n');
    expect(header).toBe(
      'rank,council,area,code,seats,holder,holderCandidate,challenger,challengerCandidate,position,holderShare,challengerShare,margin,majority,swing',
    );
    expect(first).toMatch(/^1,Worcester,Battenhall,E05007881,1,Green,Louis Stephen,Conservative,David Tibbutt,1,/);
  });

  it.each([
    [['--party', 'Labr'], 2, 'results: --party: no candidate of "Labr" in fixtures/worcester-2016.csv (did you mean "Labour"?)'],
    [
      ['--party', 'UKIP', '--defend'],
      2,
      'results: no seat UKIP holds in fixtures/worcester-2016.csv could be lost on a swing (12 contests not held by it)',
    ],
    [['--party', 'Labour', '--top', '0'], 2, "results: option '--top <n>' argument '0' is invalid. must be a whole number of at least 1."],
    [
      ['--party', 'Labour', '--previous', 'fixtures/worcester-2012.csv'],
      2,
      'results: --previous goes with --before (the composition on the eve of poll)',
    ],
  ])('refuses %j with one line on stderr', async (args, code, message) => {
    const { status, stdout, stderr } = await run('targets', 'fixtures/worcester-2016.csv', ...args);
    expect(status).toBe(code);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('refuses a missing --party', async () => {
    const { status, stderr } = await run('targets', 'fixtures/worcester-2016.csv');
    expect(status).toBe(2);
    expect(stderr).toContain("required option '--party <party>' not specified");
  });
});

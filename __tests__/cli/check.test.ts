import { results } from './run-cli';

describe('results check', () => {
  it('passes the published Worcester 2016 file (exit 0; the local party BritRes is only a note)', async () => {
    const run = await results('check', 'fixtures/worcester-2016.csv');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'fixtures/worcester-2016.csv:28: note[unknown-party]: party "BritRes" is not a known party (3 candidates); add it with --parties if it is a local party\n' +
        '0 errors, 0 warnings, 1 note in 12 contests: check passed\n',
    );
  });

  it('fails Philadelphia 2024, whose U.S. House districts are all NA, with a district-missing error (exit 1)', async () => {
    const file = 'fixtures/pa-2024-district-na/20241105__pa__general__philadelphia__precinct.csv';
    const run = await results('check', file, '--only', 'district-missing');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      `${file}:6: error[district-missing]: Philadelphia: "U.S. House" has no district on 3 rows, and 2 Democratic candidates stand (BRENDAN F BOYLE, DWIGHT EVANS) for one seat: ` +
        "several districts' contests, which cannot be told apart; set aside, no winner declared\n" +
        '1 error, 0 warnings, 0 notes in 1 contest: check failed\n',
    );
  });

  it.each([
    ['check-negative-votes.csv', 'fixtures/check-negative-votes.csv:7: error[negative-count]: votes must not be negative, got "-127"'],
    ['check-ragged-row.csv', 'fixtures/check-ragged-row.csv:7: error[ragged-row]: ragged row: 8 fields where the header has 7'],
    [
      'check-duplicate-candidate.csv',
      'fixtures/check-duplicate-candidate.csv:9: error[duplicate-candidate]: duplicate candidate "Jackie Brooks" (UKIP) in "Battenhall", first at line 8',
    ],
    [
      'check-elected-order.csv',
      'fixtures/check-elected-order.csv:6: error[elected-order]: Battenhall (Worcester): David Tibbutt (887 votes) is marked elected but Louis Stephen (1081) is not; majority not computed (an STV count, or a mistake in the file)',
    ],
    [
      'check-cathedral-ballots.csv',
      'fixtures/check-cathedral-ballots.csv:2: error[ballots-mismatch]: Cathedral (Worcester): votes (3103) plus rejected papers (10) make 3113, but 3158 ballot papers were counted',
    ],
  ])('finds the one mistake injected in %s and fails (exit 1)', async (file, line) => {
    const run = await results('check', `fixtures/${file}`, '--ignore', 'unknown-party');
    expect(run.stdout.split('\n')[0]).toBe(line);
    expect(run.stdout.split('\n')[1]).toMatch(/^1 error, 0 warnings, 0 notes in \d+ contests?: check failed$/);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^results: 1 error, /);
  });

  it('passes the published Worcester 2018 Cathedral figures with ballots and rejected papers', async () => {
    expect((await results('check', 'fixtures/worcester-2018-cathedral.csv')).status).toBe(0);
  });

  it('warns about Labor with the nearest party (exit 0), and fails on it with --strict', async () => {
    const run = await results('check', 'fixtures/check-party-typo.csv', '--only', 'unknown-party');
    expect(run.stdout).toContain(
      'fixtures/check-party-typo.csv:7: warning[unknown-party]: party "Labor" is not a known party (1 candidate); did you mean "Labour" (Labour)?\n',
    );
    expect(run.status).toBe(0);
    expect((await results('check', 'fixtures/check-party-typo.csv', '--only', 'unknown-party', '--strict')).status).toBe(1);
  });

  it('warns about one candidate standing in two wards of one council', async () => {
    const run = await results('check', 'fixtures/check-candidate-in-two-wards.csv', '--only', 'candidate-in-two-wards');
    expect(run.stdout).toBe(
      'fixtures/check-candidate-in-two-wards.csv:11: warning[candidate-in-two-wards]: Jackie Brooks stands in both "Battenhall" (line 8) and "Bedwardine" in Worcester\n' +
        '0 errors, 1 warning, 0 notes in 12 contests: check passed\n',
    );
  });

  it('catches 887 typed as 8870 in Battenhall with --previous 2012 and --max-swing 20', async () => {
    const args = ['--previous', 'fixtures/worcester-2012.csv', '--max-swing', '20', '--only', 'large-swing'];
    const typo = await results('check', 'fixtures/check-battenhall-typo.csv', ...args);
    expect(typo.stdout.split('\n')[0]).toBe(
      'fixtures/check-battenhall-typo.csv:5: error[large-swing]: Battenhall (Worcester): swing from Green to Conservative of 20.1 points since the previous election, more than the limit of 20',
    );
    expect(typo.status).toBe(1);
    // The published figures swing the other way, Conservative to Green by 22.67 points (domain-rules.md §3.3).
    const published = await results('check', 'fixtures/worcester-2016.csv', ...args);
    expect(published.stdout.split('\n')[0]).toContain('swing from Conservative to Green of 22.7 points');
  });

  it('reports share changes above --max-change, a party that stopped standing showing its full loss', async () => {
    const run = await results(
      'check',
      'fixtures/worcester-2016.csv',
      '--previous',
      'fixtures/worcester-2012.csv',
      '--max-change',
      '30',
      '--only',
      'share-change',
    );
    expect(run.stdout.split('\n').slice(0, 1)).toEqual([
      'fixtures/worcester-2016.csv:5: error[share-change]: Battenhall (Worcester): Green share up 38.2 points (11.3% to 49.5%), more than the limit of 30',
    ]);
    expect(
      (await results('check', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv', '--only', 'contest-appeared'))
        .stdout,
    ).toContain('fixtures/worcester-2016.csv:2: warning[contest-appeared]: Arboretum (Worcester) has no match in the previous election\n');
  });

  it('reports a file that cannot be read as a finding and still checks the others', async () => {
    const run = await results('check', 'fixtures/no-such-file.csv', 'fixtures/check-negative-votes.csv', '--ignore', 'unknown-party');
    expect(run.stdout).toContain('fixtures/no-such-file.csv: error[unreadable-file]: ');
    expect(run.stdout).toContain('fixtures/check-negative-votes.csv:7: error[negative-count]: ');
    expect(run.status).toBe(1);
  });

  it('writes the results.check/1 JSON contract', async () => {
    const run = await results('check', 'fixtures/check-negative-votes.csv', '--format', 'json');
    const document = JSON.parse(run.stdout);
    expect(document.schema).toBe('results.check/1');
    expect(document.ok).toBe(false);
    expect(document.counts).toEqual({ error: 1, warning: 0, note: 1, contests: 12 });
    expect(document.findings[0]).toEqual({
      severity: 'error',
      code: 'negative-count',
      message: 'votes must not be negative, got "-127"',
      file: 'fixtures/check-negative-votes.csv',
      line: 7,
    });
  });

  it('writes GitHub workflow commands', async () => {
    const run = await results('check', 'fixtures/check-negative-votes.csv', '--format', 'github');
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      '::error file=fixtures/check-negative-votes.csv,line=7,title=negative-count::votes must not be negative, got "-127"',
      '::notice file=fixtures/check-negative-votes.csv,line=28,title=unknown-party::party "BritRes" is not a known party (3 candidates); add it with --parties if it is a local party',
    ]);
  });

  it('writes JUnit XML with the failing rule carrying its finding', async () => {
    const run = await results('check', 'fixtures/check-negative-votes.csv', '--format', 'junit');
    expect(run.stdout).toContain('<testsuite name="results check" tests="30" failures="1" errors="0" skipped="0">');
    expect(run.stdout).toContain(
      '<testcase classname="results.check.structure" name="negative-count">\n      <failure message="1 finding: votes (or another count) are negative" type="negative-count">fixtures/check-negative-votes.csv:7: error[negative-count]: votes must not be negative, got &quot;-127&quot;</failure>',
    );
  });

  it('refuses an unknown code with the list of codes (exit 2)', async () => {
    const run = await results('check', 'fixtures/worcester-2016.csv', '--ignore', 'large-swings');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^results: unknown check code "large-swings" \(codes: unreadable-file, .*large-swing, /);
    expect(run.stdout).toBe('');
  });

  it('refuses --max-swing without --previous, and a limit that is not a number (exit 2)', async () => {
    expect((await results('check', 'fixtures/worcester-2016.csv', '--max-swing', '20')).status).toBe(2);
    expect(
      (await results('check', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv', '--max-swing', 'lots')).status,
    ).toBe(2);
  });
});

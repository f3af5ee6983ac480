/** The comparison commands end to end, through the CLI in-process (cli/run-cli.ts). */
import { results as run } from './run-cli';

describe('results tally --previous', () => {
  it('prints the Battenhall result line verbatim in the table', async () => {
    const { status, stdout } = await run('tally', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv');
    expect(status).toBe(0);
    expect(stdout).toContain('Battenhall: Green gain from Conservative, majority 194 (1,081 vs 887)');
    expect(stdout).toContain('change in share: Green +38.2, Conservative -7.1, Labour -26.5, UKIP new, Liberal Democrats -8.7');
    expect(stdout).toMatch(/Baseline: last fought/);
  });

  it('fills result and seatChanges in results.tally/1', async () => {
    const { status, stdout } = await run(
      'tally',
      'fixtures/worcester-2016.csv',
      '--previous',
      'fixtures/worcester-2012.csv',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.schema).toBe('results.tally/1');
    const battenhall = doc.contests.find((c: { area: string }) => c.area === 'Battenhall');
    expect(battenhall.result).toMatchObject({ kind: 'gain', party: 'Green', from: 'Conservative', text: 'Green gain from Conservative' });
    expect(battenhall.seatChanges).toEqual([
      { party: 'Green', net: 1 },
      { party: 'Conservative', net: -1 },
    ]);
    expect(doc.contests.find((c: { area: string }) => c.area === 'Warndon').result).toBeNull();
    expect(doc.previous.unmatched.after).toHaveLength(11);
  });
});

describe('results swing', () => {
  it('follows the results.swing/1 contract with directed swings as fractions', async () => {
    const { status, stdout } = await run('swing', 'fixtures/worcester-2012.csv', 'fixtures/worcester-2016.csv', '--format', 'json');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ schema: 'results.swing/1', shareMethod: 'top' });
    expect(Array.isArray(doc.warnings)).toBe(true);
    for (const key of ['party', 'partyCode', 'shareBefore', 'shareAfter', 'change']) expect(doc.overall.parties[0]).toHaveProperty(key);
    expect(doc.overall.butler).toMatchObject({ from: 'Conservative', to: 'Green' });
    expect(doc.overall.butler.value).toBeCloseTo(0.2267, 3);
    expect(doc.overall.steed.value).toBeCloseTo(0.3582, 3);
    expect(doc.contests[0]).toMatchObject({ council: 'Worcester', area: 'Battenhall' });
    expect(doc.unmatched.before).toEqual([]);
    expect(doc.unmatched.after.map((u: { area: string }) => u.area)).toContain('Warndon');
  });

  it('refuses a party that stood in neither election with exit 2', async () => {
    const { status, stderr } = await run(
      'swing',
      'fixtures/worcester-2012.csv',
      'fixtures/worcester-2016.csv',
      '--from',
      'Con',
      '--to',
      'Reform UK',
    );
    expect(status).toBe(2);
    expect(stderr).toMatch(/^results: --to: no candidate of "Reform UK"/);
  });
});

describe('results gains', () => {
  it('follows the results.gains/1 contract and names its baseline', async () => {
    const { status, stdout } = await run('gains', 'fixtures/worcester-2016-defending.csv', '--baseline', 'eve-of-poll', '--format', 'json');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ schema: 'results.gains/1', baseline: 'eve-of-poll' });
    const warndon = doc.contests.find((c: { area: string }) => c.area === 'Warndon');
    expect(warndon).toMatchObject({
      before: ['Conservative'],
      after: ['Labour'],
      result: { kind: 'gain', party: 'Labour', from: 'Conservative' },
    });
    for (const key of ['party', 'partyCode', 'seatsBefore', 'seatsAfter', 'gains', 'losses', 'net'])
      expect(doc.parties[0]).toHaveProperty(key);
    expect(doc.matrix).toEqual(
      expect.arrayContaining([
        { from: 'Conservative', to: 'Labour', seats: 1 },
        { from: 'Conservative', to: 'Green', seats: 1 },
      ]),
    );
  });

  it('needs two files for the last-fought baseline (exit 2)', async () => {
    const { status, stderr } = await run('gains', 'fixtures/worcester-2016.csv');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^results: gains needs BEFORE and AFTER/);
  });
});

describe('results council', () => {
  it('gives Worcester 2016 "Conservative lose to NOC" in the table and in results.council/1', async () => {
    const table = await run('council', 'fixtures/worcester-2016-defending.csv', '--before', 'Con=19,Lab=15,Grn=1');
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Worcester: Conservative lose to NOC');
    const { stdout } = await run('council', 'fixtures/worcester-2016-defending.csv', '--before', 'Con=19,Lab=15,Grn=1', '--format', 'json');
    const doc = JSON.parse(stdout);
    expect(doc.schema).toBe('results.council/1');
    expect(doc.councils[0]).toMatchObject({
      council: 'Worcester',
      totalSeats: 35,
      majorityThreshold: 18,
      control: { before: 'Conservative', after: null, largestParty: 'Conservative', seatsShort: 1, text: 'Conservative lose to NOC' },
    });
    expect(doc.councils[0].composition).toEqual(
      expect.arrayContaining([
        { party: 'Conservative', partyCode: 'Con', before: 19, defended: 5, won: 3, after: 17, change: -2 },
        { party: 'Labour', partyCode: 'Lab', before: 15, defended: 6, won: 7, after: 16, change: 1 },
        { party: 'Green', partyCode: 'Grn', before: 1, defended: 1, won: 2, after: 2, change: 1 },
      ]),
    );
  });

  it('refuses a malformed composition with exit 2 and a one-line message', async () => {
    const { status, stderr } = await run('council', 'fixtures/worcester-2016-defending.csv', '--before', 'Con=19,Lab');
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')[0]).toBe('results: --before: expected PARTY=SEATS, got "Lab" (e.g. Con=19,Lab=15,Grn=1)');
  });

  it('states the assumption when seats defended come from --previous', async () => {
    // The same file as its own previous result: every seat defended by its winner, so nothing changes hands.
    const { status, stdout } = await run(
      'council',
      'fixtures/worcester-2016.csv',
      '--before',
      'Con=18,Lab=15,Grn=2',
      '--previous',
      'fixtures/worcester-2016.csv',
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(/ASSUMED/);
    expect(stdout).toMatch(/Worcester: Conservative hold/);
  });

  it('refuses a partial election whose defended seats are not all known, instead of adding won seats to before', async () => {
    // worcester-2012.csv holds Battenhall only: the other 11 seats' defenders are unknown. Before, this printed
    // a composition of 46 seats on a 35-seat council with exit 0.
    const { status, stdout, stderr } = await run(
      'council',
      'fixtures/worcester-2016.csv',
      '--before',
      'Con=19,Lab=15,Grn=1',
      '--previous',
      'fixtures/worcester-2012.csv',
    );
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'Worcester: 12 of 35 seats were up, and who defended 11 contests is not known ("Arboretum", "Bedwardine", "Cathedral", ...)',
    );
    const bare = await run('council', 'fixtures/worcester-2016.csv', '--before', 'Con=19,Lab=15,Grn=1');
    expect(bare.status).toBe(1);
    expect(bare.stderr).toContain(
      'give --previous FILE (the results when these seats were last fought) or a defending column, or --all-out',
    );
  });

  it('refuses an inline --before over a file of several councils unless --council chooses one', async () => {
    const { status, stderr } = await run('council', 'fixtures/leap-2019-extract.csv', '--before', 'Con=16,Lab=15,Grn=3,LD=1');
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^results: the composition before \(Conservative 16, Labour 15, Green 3, Liberal Democrats 1\) names no council, and fixtures\/leap-2019-extract.csv has 2 councils: choose one with --council NAME/,
    );
  });
});

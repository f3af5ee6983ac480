/**
 * The library's functions give what the commands give: every input form reads the same election, the streamed
 * forms equal the whole ones, and each document equals the JSON its command writes (one contract). Errors are the
 * typed classes the CLI maps to exit codes. Examples are the Worcester results (fixtures/SOURCES.md).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import {
  DataError,
  ExitCode,
  InputError,
  UsageError,
  check,
  compareGains,
  compareShares,
  councilControl,
  readContests,
  readElection,
  tally,
  tallyContests,
  type Contest,
  type ContestDocument,
  type TallyTail,
} from '../../src/index';
import { results } from '../cli/run-cli';

const worcester2016 = 'fixtures/worcester-2016.csv';
const worcester2012 = 'fixtures/worcester-2012.csv';

/** The CLI's JSON for a command, parsed. */
async function cliJson(...args: string[]): Promise<unknown> {
  const run = await results(...args, '--format', 'json');
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

/** An election's contests as plain figures, for comparing what different input forms read. */
const figures = (contests: readonly Contest[]) =>
  contests.map((c) => [c.council, c.area, c.seats, c.candidates.map((candidate) => [candidate.name, candidate.party, candidate.votes])]);

describe('readElection reads every input form the CLI reads, to the same election', () => {
  let fromPath: readonly Contest[];
  beforeAll(async () => {
    process.chdir(`${__dirname}/../..`);
    fromPath = (await readElection(worcester2016)).contests;
  });

  it('a path: the 12 Worcester 2016 contests, with the row account', async () => {
    const election = await readElection(worcester2016);
    expect(election.contests).toHaveLength(12);
    expect(election.rows).toEqual({ read: 55, used: 55, filtered: 0, setAside: [] });
    expect(election.sources).toEqual([worcester2016]);
  });

  it.each([
    ['CSV text', () => ({ text: readFileSync(worcester2016, 'utf8'), name: 'w.csv' })],
    ['a Buffer', () => readFileSync(worcester2016)],
    ['bytes with a name', () => ({ bytes: new Uint8Array(readFileSync(worcester2016)), name: 'w.csv' })],
    ['a readable stream', () => createReadStream(worcester2016)],
    [
      'an async iterable of chunks',
      () => Readable.from([readFileSync(worcester2016).subarray(0, 100), readFileSync(worcester2016).subarray(100)]),
    ],
  ])('%s', async (_, input) => {
    expect(figures((await readElection(input())).contests)).toEqual(figures(fromPath));
  });

  it('a directory: every CSV in it, as one election (the PA 2024 county extract)', async () => {
    const election = await readElection('fixtures/pa-2024-extract');
    expect(election.sources).toHaveLength(2);
    expect(election.contests.length).toBeGreaterThan(0);
  });

  it('the --council and --area filters, as the CLI applies them (names folded for case)', async () => {
    const election = await readElection(worcester2016, { council: 'worcester', area: ['battenhall', 'WARNDON'] });
    expect(election.contests.map((c) => c.area)).toEqual(['Battenhall', 'Warndon']);
    expect(election.rows).toMatchObject({ read: 55, used: 8, filtered: 47 });
  });
});

describe('the streamed forms give what the whole forms give', () => {
  it('readContests yields the contests readElection returns, then the row account', async () => {
    const contests: Contest[] = [];
    const reading = readContests(worcester2016);
    let next = await reading.next();
    for (; next.done !== true; next = await reading.next()) contests.push(next.value);
    expect(figures(contests)).toEqual(figures((await readElection(worcester2016)).contests));
    expect(next.value.rows).toEqual({ read: 55, used: 55, filtered: 0, setAside: [] });
  });

  it('tallyContests yields the documents tally gives, and returns its totals', async () => {
    const whole = tally(await readElection(worcester2016));
    const contests: ContestDocument[] = [];
    const counting = tallyContests(worcester2016);
    let next = await counting.next();
    for (; next.done !== true; next = await counting.next()) contests.push(next.value);
    const tail: TallyTail = next.value;
    expect(contests).toEqual(whole.contests);
    expect(tail).toEqual({
      parties: whole.parties,
      proportionality: whole.proportionality,
      councils: whole.councils,
      totals: whole.totals,
      rows: whole.rows,
      warnings: whole.warnings,
    });
  });
});

describe('each document is the JSON its command writes', () => {
  it('tally with a share method: results tally --share-method total', async () => {
    const document = tally(await readElection('fixtures/worcester-2018.csv'), { shareMethod: 'total' });
    expect(document).toEqual(await cliJson('tally', 'fixtures/worcester-2018.csv', '--share-method', 'total'));
    expect(document.shareMethod).toBe('total');
  });

  it('compareShares: results swing (Worcester 2012 -> 2016, Butler 22.7 points Conservative to Green)', async () => {
    const [before, after] = await Promise.all([readElection(worcester2012), readElection(worcester2016)]);
    const document = compareShares(before, after);
    expect(document).toEqual(await cliJson('swing', worcester2012, worcester2016));
    expect(document.overall.butler).toMatchObject({ from: 'Conservative', to: 'Green' });
    expect(document.overall.butler!.value * 100).toBeCloseTo(22.7, 1);
  });

  it('compareShares between two named parties: results swing --from Lab --to Con', async () => {
    const [before, after] = await Promise.all([readElection(worcester2012), readElection(worcester2016)]);
    expect(compareShares(before, after, { from: 'Lab', to: 'Con' })).toEqual(
      await cliJson('swing', worcester2012, worcester2016, '--from', 'Lab', '--to', 'Con'),
    );
  });

  it('compareGains: results gains (Battenhall, Green gain from Conservative)', async () => {
    const [before, after] = await Promise.all([readElection(worcester2012), readElection(worcester2016)]);
    const document = compareGains(before, after);
    expect(document).toEqual(await cliJson('gains', worcester2012, worcester2016));
    expect(document.contests.find((c) => c.area === 'Battenhall')!.result.text).toBe('Green gain from Conservative');
  });

  it('councilControl: results council --before (Worcester 2016: Conservative lose to NOC)', async () => {
    const election = await readElection('fixtures/worcester-2016-defending.csv');
    const document = councilControl(election, 'Con=19,Lab=15,Grn=1');
    expect(document).toEqual(await cliJson('council', 'fixtures/worcester-2016-defending.csv', '--before', 'Con=19,Lab=15,Grn=1'));
    expect(document.councils[0]!.control.text).toBe('Conservative lose to NOC');
  });

  it('check: results check, its verdict and rule codes (the Battenhall typo, 8870 for 887)', async () => {
    const options = { previous: worcester2012, maxSwing: 20 } as const;
    const document = await check('fixtures/check-battenhall-typo.csv', options);
    const run = await results(
      'check',
      'fixtures/check-battenhall-typo.csv',
      '--previous',
      worcester2012,
      '--max-swing',
      '20',
      '--format',
      'json',
    );
    expect(document).toEqual(JSON.parse(run.stdout));
    expect(document.ok).toBe(false);
    expect(run.status).toBe(ExitCode.BadInput);
    expect(document.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['elected-order', 'large-swing']);
    expect((await check(worcester2016)).ok).toBe(true);
  });
});

describe('errors are the typed classes the CLI maps to exit codes', () => {
  it('a bad row is a DataError with its file and line (a negative vote count)', async () => {
    const reading = readElection('fixtures/check-negative-votes.csv');
    await expect(reading).rejects.toBeInstanceOf(DataError);
    await expect(reading).rejects.toMatchObject({
      origin: { file: 'fixtures/check-negative-votes.csv', line: 7 },
      exitCode: ExitCode.BadInput,
    });
  });

  it('a file that is not there is an InputError', async () => {
    await expect(readElection('fixtures/no-such-file.csv')).rejects.toBeInstanceOf(InputError);
  });

  it('an unknown layout or share method is a UsageError', async () => {
    await expect(readElection(worcester2016, { layout: 'no-such-layout' })).rejects.toBeInstanceOf(UsageError);
    const election = await readElection(worcester2016);
    expect(() => compareShares(election, election, { from: 'Lab', to: 'No Such Party' })).toThrow(UsageError);
  });
});

/**
 * Seats lost from the totals (issue 16, item 6): `seats` 5 with 2 candidates and no elected column, or a
 * contest nobody is marked elected in, printed totals whose seats did not add up, with exit 0 and (for the
 * first) no warning. Now the totals' seats are party seats + undecided + unfilled, and the warning says
 * what happened to the others.
 */
import { results } from './run-cli';

describe('every seat accounted for', () => {
  it('5 seats and 2 candidates: 2 seats to parties, 3 unfilled, and a warning says so', async () => {
    const file = 'fixtures/bad/seats-more-than-candidates.csv';
    const run = await results(['tally', file, '--format', 'json']);
    expect(run.status).toBe(0);
    const { totals, parties } = JSON.parse(run.stdout);
    expect(totals).toMatchObject({ seats: 5, undecidedSeats: 0, unfilledSeats: 3, electedBeyondSeats: 0 });
    expect(parties.reduce((sum: number, p: { seats: number }) => sum + p.seats, 0)).toBe(2);
    expect(run.stderr).toBe(
      `results: warning: ${file}:2: North: a poll for 5 seats with only 2 candidates: 3 seats left unfilled, counted for no party\n`,
    );
    const table = await results(['tally', file]);
    expect(table.stdout).toContain('North: Labour 1, Conservative 1, 3 seats unfilled (fewer candidates than seats)\n');
    expect(table.stdout).toContain('1 contest · 5 seats · valid votes 17 · 3 seats unfilled (fewer candidates than seats)');
  });

  it('nobody marked elected: the headline says there is no winner, the totals count the seat as undecided', async () => {
    const file = 'fixtures/bad/nobody-elected.csv';
    const run = await results(['tally', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('North: no winner in the file (0 of 1 seat marked elected)\n');
    expect(run.stdout).toContain('2 contests · 2 seats · valid votes 24 · 1 seat undecided (the file does not say who won)');
    expect(run.stderr).toContain(
      `${file}:2: North: 0 candidates marked elected for 1 seat: 1 seat with no winner in the file, counted for no party`,
    );
    const json = JSON.parse((await results(['tally', file, '--format', 'json'])).stdout);
    expect(json.totals).toMatchObject({ seats: 2, undecidedSeats: 1, unfilledSeats: 0 });
  });
});

describe('council compositions over several councils (item 7)', () => {
  it('a composition CSV naming only some councils warns for the others', async () => {
    const run = await results([
      'council',
      'fixtures/leap-2019-extract.csv',
      '--all-out',
      '--before',
      'fixtures/bad/composition-one-council.csv',
      '--format',
      'json',
    ]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).councils.map((c: { council: string }) => c.council)).toEqual(['Worcester']);
    expect(run.stderr).toContain('results: warning: no composition before for 1 council (Tunbridge Wells): left out\n');
    expect(run.stderr).toContain('Worcester: 1 seat filled at an all-out election, 31 in the composition before');
  });

  it('an unnamed composition over several councils is refused, not counted into the first', async () => {
    const run = await results(['council', 'fixtures/leap-2019-extract.csv', '--before', 'Lab=2,Con=1']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/names no council, and fixtures\/leap-2019-extract.csv has 2 councils/);
  });
});

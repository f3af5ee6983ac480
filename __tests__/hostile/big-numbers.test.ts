/**
 * Big numbers (issue 16, item 8): counts print digit for digit (formatCount rounded v * 10, printing
 * 1801825954519185 as 1,801,825,954,519,184.8), and a sum past Number.MAX_SAFE_INTEGER, or a --before
 * beyond it, is refused instead of rounded.
 */
import { formatCount } from '../../src/report/numbers';
import { results } from './run-cli';

describe('big numbers', () => {
  it('formatCount prints whole numbers exactly up to 2^53 - 1, fractions to one decimal', () => {
    expect(formatCount(1801825954519185)).toBe('1,801,825,954,519,185');
    expect(formatCount(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254,740,991');
    expect(formatCount(-Number.MAX_SAFE_INTEGER)).toBe('-9,007,199,254,740,991');
    expect(formatCount(9169.5)).toBe('9,169.5');
    expect(formatCount(2241.04)).toBe('2,241');
    expect(formatCount(-0.04)).toBe('0');
  });

  it.each(['table', 'markdown'])('a count near 2^53 is printed exactly in %s', async (format) => {
    const run = await results(['tally', 'fixtures/bad/votes-near-safe-integer.csv', '--format', format]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1,801,825,954,519,185');
    expect(run.stdout).toContain('valid votes 1,801,825,954,519,188');
    expect(run.stdout).not.toMatch(/,\d{3}\.\d/); // no count with a decimal
  });

  it('tally refuses a contest whose votes add up past 2^53 - 1', async () => {
    const run = await results(['tally', 'fixtures/bad/votes-sum-beyond-safe-integer.csv']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'results: fixtures/bad/votes-sum-beyond-safe-integer.csv:2: North: the votes add up to more than 9,007,199,254,740,991, beyond exact arithmetic\n',
    );
  });

  it('#16 item 8: check reports a contest whose votes add up past 2^53 - 1 as a finding with its code, file and line', async () => {
    const text = await results(['check', 'fixtures/bad/votes-sum-beyond-safe-integer.csv']);
    expect(text.status).toBe(1);
    expect(text.stdout).toBe(
      'fixtures/bad/votes-sum-beyond-safe-integer.csv:2: error[invalid-count]: North: the votes add up to more than 9,007,199,254,740,991, beyond exact arithmetic\n' +
        '1 error, 0 warnings, 0 notes in 1 contest: check failed\n',
    );
    const json = await results(['check', 'fixtures/bad/votes-sum-beyond-safe-integer.csv', '--format', 'json']);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).findings).toEqual([
      {
        severity: 'error',
        code: 'invalid-count',
        message: 'North: the votes add up to more than 9,007,199,254,740,991, beyond exact arithmetic',
        file: 'fixtures/bad/votes-sum-beyond-safe-integer.csv',
        line: 2,
      },
    ]);
    // With a previous election the plausibility rules run over it too, and still report it, not stop.
    const compared = await results([
      'check',
      'fixtures/bad/votes-sum-beyond-safe-integer.csv',
      '--previous',
      'fixtures/bad/votes-sum-beyond-safe-integer.csv',
      '--max-swing',
      '5',
    ]);
    expect(compared.status).toBe(1);
    expect(compared.stdout).toContain('error[invalid-count]: North: the votes add up to more than');
  });

  it('refuses --before seats beyond 2^53 - 1, and a party named twice', async () => {
    const big = await results(['council', 'fixtures/worcester-2016-defending.csv', '--before', 'Lab=9007199254740993']);
    expect(big.status).toBe(2);
    expect(big.stderr).toBe('results: --before: seats too large to count exactly, got "Lab=9007199254740993"\n');
    const twice = await results(['council', 'fixtures/worcester-2016-defending.csv', '--before', 'Lab=1,Lab=2']);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toBe('results: --before: Labour is named twice ("Lab=2"); give each party once\n');
  });
});

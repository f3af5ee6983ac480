/**
 * Data-sized arrays (issue 16, item 1): a file of 125,000 wards, a ward of 125,000 candidates. Spreading
 * such an array into a call (`push(...contests)`, `Math.max(...votes)`) throws "Maximum call stack size
 * exceeded" (exit 3); the eslint rule in eslint.config.mjs keeps the pattern out of src, and these runs
 * pin the behaviour through the CLI. The inputs are generated (the first is about 3 MB).
 */
import { append, largest, smallest } from '../../src/core/arrays';
import { boundedEditDistance, editDistance, PartyRegistry } from '../../src/core/parties';
import { results } from './run-cli';

const N = 125_000;

function manyWards(count: number): string {
  const lines = ['ward,candidate,party,votes'];
  for (let i = 0; i < count; i++) lines.push(`W${i},C${i},Labour,${i + 1}`);
  return `${lines.join('\n')}\n`;
}

function oneWardManyCandidates(count: number, parties: number): string {
  const lines = ['ward,candidate,party,votes'];
  for (let i = 0; i < count; i++) lines.push(`North,C${i},P${i % parties},${i + 1}`);
  return `${lines.join('\n')}\n`;
}

describe('arrays the size of the data', () => {
  it('append, largest and smallest take more elements than a call takes arguments', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => i);
    expect(() => [].push(...(values as never[]))).toThrow(RangeError); // what they replace
    expect(append([-1], values)).toHaveLength(300_001);
    expect(largest(values)).toBe(299_999);
    expect(smallest(values)).toBe(0);
    expect(largest([], 0)).toBe(0);
    expect(smallest([3], 5)).toBe(3);
  });

  it('check reads a file of 125,000 one-candidate wards', async () => {
    const run = await results(['check', '-', '--format', 'json'], { input: manyWards(N) });
    expect(run.stderr).not.toMatch(/internal error|RangeError/);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).counts.contests).toBe(N);
  }, 60_000);

  it('check collects 125,000 bad rows without overflowing', async () => {
    const lines = ['ward,candidate,party,votes'];
    for (let i = 0; i < N; i++) lines.push(`W${i},C${i},Labour,-${i + 1}`);
    const run = await results(['check', '-', '--format', 'json'], { input: `${lines.join('\n')}\n` });
    expect(run.stderr).not.toMatch(/internal error|RangeError/);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).counts.error).toBeGreaterThanOrEqual(N);
  }, 60_000);

  it('tally counts one ward of 125,000 candidates, the winner by a loop not Math.max(...votes)', async () => {
    const run = await results(['tally', '-', '--format', 'json'], { input: oneWardManyCandidates(N, 1_000) });
    expect(run.stderr).not.toMatch(/internal error|RangeError/);
    expect(run.status).toBe(0);
    const [contest] = JSON.parse(run.stdout).contests;
    expect(contest.candidates[0].votes).toBe(N);
    expect(contest.majority).toBe(1);
  }, 60_000);
});

describe('party-name hints on huge names (item 3)', () => {
  it('the bounded distance is the distance when within the limit, and Infinity past it', () => {
    for (const [a, b] of [
      ['labor', 'labour'],
      ['green pary', 'green'],
      ['conservatve', 'conservative'],
      ['kitten', 'sitting'],
    ] as const) {
      const exact = editDistance(a, b);
      expect(boundedEditDistance(a, b, exact)).toBe(exact);
      expect(boundedEditDistance(a, b, exact - 1)).toBe(Infinity);
    }
  });

  it('a 999,999-character unknown party gets its answer at once, not after comparing every alias letter by letter', () => {
    const registry = new PartyRegistry();
    const started = Date.now();
    expect(registry.nearest('Labor'.repeat(200_000))).toBeNull();
    expect(registry.nearest('('.repeat(999_999))).toBeNull();
    // Generous: unbounded, these took 65 s and (for the `(`s, in looseKey's aside pattern) minutes.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(registry.nearest('Labor')?.party.name).toBe('Labour');
  });
});

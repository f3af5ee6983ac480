/**
 * Data-sized arrays (issue 16, item 1): a file of 125,000 wards, a ward of 125,000 candidates. Spreading
 * such an array into a call (`push(...contests)`, `Math.max(...votes)`) throws "Maximum call stack size
 * exceeded" (exit 3); the eslint rule in eslint.config.mjs keeps the pattern out of src, and these runs
 * pin the behaviour through the CLI. The inputs are generated (the first is about 3 MB).
 */
import { append, largest, smallest } from '../../src/core/arrays';
import { boundedEditDistance, editDistance, PartyRegistry } from '../../src/core/parties';
import fc from 'fast-check';
import { fitText, textWidth } from '../../src/format/svg/svg';
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

describe('files of any shape past the argument limit, generated', () => {
  it('125,000+ candidates as many wards, one ward, or a square: tally and check answer, never exit 3', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(1, 360, 130_000), fc.constantFrom('tally', 'check'), async (wards, command) => {
        const perWard = Math.ceil(130_000 / wards);
        const lines = ['ward,candidate,party,votes'];
        for (let w = 0; w < wards; w++) for (let c = 0; c < perWard; c++) lines.push(`W${w},C${w}-${c},P${c % 500},${c + 1}`);
        const run = await results([command, '-', '--format', 'json'], { input: `${lines.join('\n')}\n` });
        expect(run.stderr).not.toMatch(/internal error|RangeError/);
        expect(run.status).toBe(0);
      }),
      { numRuns: 3 },
    );
  }, 120_000);
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

describe('fitting a huge label in a chart (item 3)', () => {
  /** The definition fitText had: drop a letter, measure again (quadratic in the label's length). */
  function reMeasured(text: string, fontSize: number, width: number): string {
    if (textWidth(text, fontSize) <= width) return text;
    let cut = text;
    while (cut.length > 1 && textWidth(`${cut}…`, fontSize) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  it('cuts where re-measuring letter by letter would', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'aimW Lab(our) 12-&.'), maxLength: 40 }),
        fc.integer({ min: 8, max: 16 }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (text, size, width) => expect(fitText(text, size, width)).toBe(reMeasured(text, size, width)),
      ),
      { numRuns: 2000 },
    );
  });

  it('cuts a 1,000,000-character party name at once', () => {
    const started = Date.now();
    const label = fitText('Wyre Forest Independent '.repeat(42_000), 12, 200);
    expect(textWidth(label, 12)).toBeLessThanOrEqual(200);
    expect(label.endsWith('…')).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000); // re-measuring took 264 s at 80,000 characters
  });
});

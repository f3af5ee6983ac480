/**
 * Partial standard output (issue 16, item 9). JSON and NDJSON stream once contests are released, so an
 * error later in the file (a bad row, a truncated .gz) comes after output has begun: it exited 1 after
 * 50,001 NDJSON lines that read like an answer. Now an NDJSON stream always ends with a line that says how
 * it ended (`{"type":"end"}` with the row account, or `{"type":"error"}`), and JSON cut short is never
 * valid JSON. The inputs are made here, split into chunks so contests are written before the error.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Env } from '../../src/cli/env';
import { run } from '../../src/cli/main';
import { memoryOutput } from '../../src/cli/output';
import { memoryEnv as harnessEnv, root } from '../cli/run-cli';

const worcester = readFileSync(path.join(root, 'fixtures/worcester-2016.csv'), 'utf8');

/** A run over `chunks` of one file, read as `w.csv`, each chunk a separate read (as a large file is). */
async function tally(chunks: readonly string[], ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = memoryOutput();
  const err = memoryOutput();
  const env: Env = {
    stdout: out,
    stderr: err,
    variables: { NO_COLOR: '1' },
    openSources: async (name) => [
      {
        name,
        chunks: (async function* () {
          for (const chunk of chunks) yield Buffer.from(chunk, 'utf8');
        })(),
      },
    ],
    readText: async () => chunks.join(''),
    load: harnessEnv().load,
  };
  const code = await run(['node', 'results', 'tally', 'w.csv', '--hold-rows', '0', ...args], env);
  return { code, stdout: out.text(), stderr: err.text() };
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

/** Worcester 2016 in two reads, then a row with negative votes for a ward not yet seen. */
const failing = [worcester, 'Worcester,Zed Ward,E05999999,Someone,Labour,-5,0\n'];

describe('partial output', () => {
  it('a complete NDJSON stream ends with {"type":"end"} carrying the totals and the row account', async () => {
    const { code, stdout } = await tally([worcester], '--format', 'ndjson');
    expect(code).toBe(0);
    const all = lines(stdout);
    expect(all.at(-1)).toEqual({
      type: 'end',
      totals: { contests: 12, seats: 12, validVotes: 21627, uncontested: 0, undecidedSeats: 0, unfilledSeats: 0, electedBeyondSeats: 0 },
      rows: { read: 55, used: 55, filtered: 0, setAside: [] },
      warnings: 0,
    });
    expect(all.filter((l) => l.type === 'end')).toHaveLength(1);
  });

  it('an NDJSON stream cut short by an error ends with {"type":"error"} and the message stderr has', async () => {
    const { code, stdout, stderr } = await tally(failing, '--format', 'ndjson');
    expect(code).toBe(1);
    const all = lines(stdout);
    expect(all.filter((l) => l.type === 'contest').length).toBeGreaterThan(0); // output had begun
    expect(all.at(-1)).toEqual({ type: 'error', message: 'w.csv:57: votes must not be negative, got "-5"', exitCode: 1 });
    expect(all.some((l) => l.type === 'end')).toBe(false);
    expect(stderr).toBe('results: w.csv:57: votes must not be negative, got "-5"\n');
  });

  it('JSON cut short by an error is never valid JSON', async () => {
    const { code, stdout } = await tally(failing, '--format', 'json');
    expect(code).toBe(1);
    expect(stdout).toContain('"contests": [');
    expect(() => JSON.parse(stdout)).toThrow(SyntaxError);
  });

  it('an error before any output leaves standard output empty', async () => {
    const { code, stdout } = await tally(['ward,candidate,party,votes\nNorth,A,Labour,-1\n'], '--format', 'ndjson');
    expect(code).toBe(1);
    expect(stdout).toBe('');
  });

  it('whatever the chunks and wherever a bad row falls, output is an answer (exit 0) or cannot pass for one', async () => {
    const [header, ...rows] = worcester.trim().split('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: rows.length }),
        fc.array(fc.integer({ min: 1, max: rows.length }), { maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom('json', 'ndjson'),
        async (badAt, cuts, withBadRow, format) => {
          const body = [...rows];
          if (withBadRow) body.splice(badAt, 0, 'Worcester,Nowhere,E05999999,Someone,Labour,-5,0');
          const text = `${[header, ...body].join('\n')}\n`;
          // Chunks cut at line ends, so contests are released between reads.
          const ends = [...new Set(cuts)]
            .sort((a, b) => a - b)
            .map(
              (n) =>
                text
                  .split('\n')
                  .slice(0, n + 1)
                  .join('\n').length + 1,
            );
          const chunks = [0, ...ends, text.length].reduce<string[]>(
            (parts, end, i, all) => (i === 0 ? parts : [...parts, text.slice(all[i - 1], end)]),
            [],
          );
          const { code, stdout } = await tally(
            chunks.filter((c) => c !== ''),
            '--format',
            format,
          );
          if (format === 'json') {
            if (code === 0) expect(() => JSON.parse(stdout)).not.toThrow();
            else if (stdout !== '') expect(() => JSON.parse(stdout)).toThrow();
          } else if (code === 0) {
            expect(lines(stdout).at(-1).type).toBe('end');
          } else if (stdout !== '') {
            expect(lines(stdout).at(-1).type).toBe('error');
          }
          expect(code).toBe(withBadRow ? 1 : 0);
        },
      ),
      { numRuns: 40 },
    );
  });
});

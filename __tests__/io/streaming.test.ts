/**
 * Streamed reading and tallying: contests are released as the input moves past them, output is the same
 * as reading the whole file first, and a file that is not grouped by contest is held, never split.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PartyRegistry } from '../../src/core/parties';
import type { Contest } from '../../src/core/model';
import { ContestAssembler } from '../../src/io/contests';
import { readContests, readElection, type Source } from '../../src/io/read-election';
import { run } from '../../src/cli/main';
import { memoryOutput } from '../../src/cli/output';
import type { Env } from '../../src/cli/env';
import { memoryEnv as harnessEnv } from '../cli/run-cli';
import type { CandidateRow } from '../../src/io/rows';

const worcester = path.resolve(__dirname, '../../fixtures/worcester-2016.csv');

function row(area: string, candidate: string, party: string, votes: number, line: number): CandidateRow {
  return {
    council: 'Worcester',
    area,
    code: null,
    candidate,
    party,
    votes,
    elected: null,
    seats: null,
    electorate: null,
    ballots: null,
    rejected: null,
    defending: null,
    cancelled: false,
    origin: { file: 'w.csv', line },
  };
}

function source(name: string, text: string): Source {
  return {
    name,
    chunks: (async function* () {
      yield Buffer.from(text, 'utf8');
    })(),
  };
}

/** The Worcester 2016 rows with each ward's rows dealt out in turn (ward A row 1, ward B row 1, ...). */
function interleaved(text: string): string {
  const [header, ...lines] = text.trim().split('\n');
  const byWard = new Map<string, string[]>();
  for (const line of lines) {
    const ward = line.split(',')[1]!;
    byWard.set(ward, [...(byWard.get(ward) ?? []), line]);
  }
  const groups = [...byWard.values()];
  const out = [header!];
  for (let i = 0; groups.some((g) => i < g.length); i++) for (const g of groups) if (i < g.length) out.push(g[i]!);
  return `${out.join('\n')}\n`;
}

function memoryEnv(files: Record<string, string>): Env & { out: ReturnType<typeof memoryOutput>; err: ReturnType<typeof memoryOutput> } {
  const out = memoryOutput();
  const err = memoryOutput();
  return {
    stdout: out,
    stderr: err,
    out,
    err,
    variables: { NO_COLOR: '1' },
    openSources: async (name) => [source(name, files[name]!)],
    readText: async (name) => files[name]!,
    load: harnessEnv().load,
  };
}

async function tallyJson(files: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = memoryEnv(files);
  const code = await run(['node', 'results', 'tally', ...args], env);
  return { code, stdout: env.out.text(), stderr: env.err.text() };
}

describe('streamed tally', () => {
  const text = readFileSync(worcester, 'utf8');

  it('releases each finished contest once the input moves past it, holding only the open one', () => {
    const released: Contest[] = [];
    const assembler = new ContestAssembler(new PartyRegistry(), { release: (c) => released.push(c), holdRows: 0 });
    assembler.add(row('Arboretum', 'Joy Squires', 'Labour', 959, 2));
    assembler.add(row('Arboretum', 'John Stenson', 'Conservative', 391, 3));
    expect(released).toHaveLength(0);
    assembler.add(row('Battenhall', 'Louis Stephen', 'Green', 1081, 5));
    expect(released.map((c) => c.area)).toEqual(['Arboretum']);
    expect(assembler.held).toBe(1);
    expect(assembler.finish()).toEqual([]);
    expect(released.map((c) => c.area)).toEqual(['Arboretum', 'Battenhall']);
    expect(assembler.held).toBe(0);
  });

  it('counts the rows of a held contest appearing again with it, so none is split', () => {
    const released: Contest[] = [];
    const assembler = new ContestAssembler(new PartyRegistry(), { release: (c) => released.push(c), holdRows: 10 });
    assembler.add(row('Arboretum', 'Joy Squires', 'Labour', 959, 2));
    assembler.add(row('Battenhall', 'Louis Stephen', 'Green', 1081, 3));
    assembler.add(row('Arboretum', 'John Stenson', 'Conservative', 391, 4));
    expect(assembler.isGrouped).toBe(false);
    expect(released).toHaveLength(0);
    assembler.finish();
    expect(released.map((c) => [c.area, c.candidates.length])).toEqual([
      ['Arboretum', 2],
      ['Battenhall', 1],
    ]);
  });

  it('goes on releasing, oldest first, once a contest is more than holdRows rows past its last row', () => {
    // The bench file's case: one ward written two ways a few rows apart must not hold the rest of the file.
    const released: string[] = [];
    const assembler = new ContestAssembler(new PartyRegistry(), {
      release: (c) => released.push(`${c.area} ${c.candidates.length}`),
      holdRows: 2,
    });
    assembler.add(row('Arboretum', 'Joy Squires', 'Labour', 959, 2));
    assembler.add(row('Battenhall', 'Louis Stephen', 'Green', 1081, 3));
    assembler.add(row('Arboretum', 'John Stenson', 'Conservative', 391, 4));
    assembler.add(row('Bedwardine', 'Alan Amos', 'Conservative', 1000, 5));
    // Battenhall's last row is 3 rows back, but Arboretum, older, was written 2 rows back: it holds Battenhall.
    assembler.add(row('Cathedral', 'Jabba Riaz', 'Labour', 800, 6));
    expect(released).toEqual([]);
    assembler.add(row('Claines', 'Mel Allcott', 'Liberal Democrats', 1500, 7));
    expect(released).toEqual(['Arboretum 2', 'Battenhall 1']);
    assembler.add(row('Gorse Hill', 'Lynn Denham', 'Labour', 900, 8));
    expect(released).toEqual(['Arboretum 2', 'Battenhall 1', 'Bedwardine 1']);
    expect(assembler.held).toBe(3);
  });

  it('refuses, rather than splits, a contest whose rows reappear after it was written out', () => {
    const assembler = new ContestAssembler(new PartyRegistry(), { release: () => undefined, holdRows: 0 });
    assembler.add(row('Arboretum', 'Joy Squires', 'Labour', 959, 2));
    assembler.add(row('Battenhall', 'Louis Stephen', 'Green', 1081, 3));
    assembler.add(row('Cathedral', 'Alan Amos', 'Conservative', 1000, 4));
    expect(() => assembler.add(row('Arboretum', 'John Stenson', 'Conservative', 391, 5))).toThrow(
      'w.csv:5: rows for "Arboretum" (Worcester) appear again after the contest was finished and written out (it starts at line 2)',
    );
  });

  it('refuses a reappearing contest whatever its name holds (the released key is a copy, equal for any text)', () => {
    // A lone surrogate, which a UTF-8 round trip would turn into U+FFFD, and a name long enough to be a slice.
    const odd = 'Arboretum and St Stephen \ud800 Ward';
    const assembler = new ContestAssembler(new PartyRegistry(), { release: () => undefined, holdRows: 0 });
    assembler.add(row(odd, 'Joy Squires', 'Labour', 959, 2));
    assembler.add(row('Battenhall', 'Louis Stephen', 'Green', 1081, 3));
    assembler.add(row('Cathedral', 'Alan Amos', 'Conservative', 1000, 4));
    expect(() => assembler.add(row(odd, 'John Stenson', 'Conservative', 391, 5))).toThrow('appear again after the contest was finished');
  });

  it('reads the same contests streamed as whole', async () => {
    const registry = new PartyRegistry();
    const whole = await readElection([source('w.csv', text)], { registry });
    const streamed: Contest[] = [];
    const reading = readContests([source('w.csv', text)], { registry, holdRows: 0 });
    let next = await reading.next();
    for (; next.done !== true; next = await reading.next()) streamed.push(next.value);
    expect(streamed).toEqual(whole.contests);
    expect(next.value.rows).toEqual(whole.rows);
  });

  it('writes the same JSON streamed from the first contest as held to the end, grouped or interleaved', async () => {
    const files = { 'w.csv': text, 'i.csv': interleaved(text) };
    const held = await tallyJson(files, 'w.csv', '--format', 'json');
    const streamed = await tallyJson(files, 'w.csv', '--format', 'json', '--hold-rows', '0');
    const shuffled = await tallyJson(files, 'i.csv', '--format', 'json');
    expect(held.code).toBe(0);
    expect(streamed.stdout).toBe(held.stdout);
    expect(shuffled.code).toBe(0);
    const strip = (doc: string) => {
      const json = JSON.parse(doc);
      return {
        ...json,
        sources: null,
        rows: null,
        contests: json.contests.map((c: Record<string, unknown>) => ({ ...c, file: null, line: null })),
      };
    };
    expect(strip(shuffled.stdout)).toEqual(strip(held.stdout));
    expect(JSON.parse(held.stdout).contests.find((c: { area: string }) => c.area === 'Battenhall').majority).toBe(194);
  });

  it('writes NDJSON: a line per contest as it finishes, then a line per party', async () => {
    const { code, stdout } = await tallyJson({ 'w.csv': text }, 'w.csv', '--format', 'ndjson', '--hold-rows', '0');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const json = JSON.parse((await tallyJson({ 'w.csv': text }, 'w.csv', '--format', 'json')).stdout);
    expect(lines.filter((l) => l.type === 'contest').map(({ type, ...c }) => c)).toEqual(json.contests);
    expect(lines.filter((l) => l.type === 'party').map(({ type, ...p }) => p)).toEqual(json.parties);
  });

  it('writes nothing when --council matches no contest', async () => {
    const { code, stdout, stderr } = await tallyJson({ 'w.csv': text }, 'w.csv', '--format', 'json', '--council', 'Nowhere');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('no contest matches --council "Nowhere" (councils: Worcester)');
  });
});

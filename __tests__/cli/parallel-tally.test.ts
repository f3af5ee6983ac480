/**
 * A big file counted in parts on several threads (cli/parallel-tally.ts) writes what one thread writes, byte
 * for byte, for every streamed format, and fails as one thread fails. The parts are made small here
 * (--part-bytes) so that small files are cut in many places: inside contests, beside quoted line breaks,
 * CRLF and blank lines, an area written two ways across a cut. Runs the built binary (worker threads load
 * the compiled worker script); RESULTS_TRACE_PARTS says which way each run read its file.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, runSpawned, type CliResult } from './run-cli';

const formats = ['json', 'ndjson', 'csv'] as const;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'results-parallel-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function tally(file: string, threads: number, ...args: string[]): CliResult {
  return runSpawned(['tally', file, '--threads', String(threads), ...args], { env: { RESULTS_TRACE_PARTS: '1' } });
}

/** What RESULTS_TRACE_PARTS says of the way a run read its file. */
const TRACE =
  /^results: (counted in \d+ parts \(\d+ read as bytes(?:; \d+ joined to the next)?(?:; \d+ read again with a longer tail)?\)|read the ordinary way .*)$/m;

/** One thread and three, the second with parts of `partBytes`: the same output, status and messages. */
function compare(file: string, partBytes: number, ...args: string[]): { one: CliResult; parts: CliResult; trace: string } {
  const one = tally(file, 1, ...args);
  const parts = tally(file, 3, '--part-bytes', String(partBytes), ...args);
  const trace = TRACE.exec(parts.stderr)?.[1] ?? '(no parts tried)';
  expect({ status: parts.status, stdout: parts.stdout }).toEqual({ status: one.status, stdout: one.stdout });
  expect(parts.stderr.replace(/^results: (counted in|read the ordinary way).*\n/m, '')).toBe(one.stderr);
  return { one, parts, trace };
}

/** A deterministic file in the canonical layout: councils of wards of 2-7 candidates, some names quoted. */
function generated(wards: number, options: { crlf?: boolean; seed?: number } = {}): string {
  let state = options.seed ?? 7;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const parties = ['Conservative', 'Labour', 'Liberal Democrats', 'Green Party', 'Reform UK', 'Independent', ''];
  const names = ['Ann Smith', 'Bob Jones', '"Okafor, Chidi"', 'Siân Evans', '"Dai ""the Post"" Williams"', 'Łukasz Nowak', 'Zoë Brown'];
  const eol = options.crlf === true ? '\r\n' : '\n';
  let text = `council,ward,candidate,party,votes,elected${eol}`;
  for (let w = 0; w < wards; w++) {
    const council = `Council ${Math.floor(w / 12)}`;
    const candidates = 2 + Math.floor(next() * 6);
    const winner = Math.floor(next() * candidates);
    for (let c = 0; c < candidates; c++) {
      const votes = c === winner ? 2000 + w : 100 + Math.floor(next() * 1500);
      text += `${council},Ward ${w},${names[c]!.replace('Smith', `Smith ${w}`)},${parties[(c + w) % parties.length]},${votes},${c === winner}${eol}`;
    }
  }
  return text;
}

/** Where PartCutter cuts `text` into parts of `partBytes`: after the first line break past each part's size. */
function cutsOf(text: string, partBytes: number): number[] {
  const bytes = Buffer.from(text);
  const cuts: number[] = [];
  for (let from = 0; from + partBytes + partBytes / 2 < bytes.length;) {
    from = bytes.indexOf(10, from + partBytes) + 1;
    if (from === 0) break;
    cuts.push(from);
  }
  return cuts;
}

describe('a file counted in parts writes what one thread writes', () => {
  it('over every shipped fixture', () => {
    const fixtures = readdirSync(path.join(root, 'fixtures')).filter((name) => name.endsWith('.csv'));
    const counted: string[] = [];
    for (const name of fixtures) {
      const { trace } = compare(path.join('fixtures', name), 512, '--format', 'json');
      if (trace.startsWith('counted')) counted.push(name);
    }
    // Every streamed format writes contests with the one serializer; two files of other layouts for the rest.
    for (const name of ['worcester-2016.csv', 'hoc-ge2019-candidates-extract.csv']) {
      for (const format of ['ndjson', 'csv']) compare(path.join('fixtures', name), 512, '--format', format);
    }
    // The layouts read record by record are counted in parts; the rest (1918-2017, precincts) the ordinary way.
    expect(counted).toEqual(expect.arrayContaining(['worcester-2016.csv', 'leap-2019-extract.csv', 'hoc-ge2019-candidates-extract.csv']));
  });

  it.each([
    ['LF', generated(400), 777],
    ['parts smaller than a contest', generated(150), 64],
    ['parts about a contest long', generated(150), 333],
    ['CRLF', generated(400, { crlf: true }), 1000],
    ['a byte-order mark', `\ufeff${generated(300)}`, 600],
    ['blank lines', generated(300).replaceAll('\nCouncil 3,Ward 4', '\n\n\nCouncil 3,Ward 4'), 500],
  ])('cut anywhere in a generated file with %s', (_, text, partBytes) => {
    const file = write(`generated-${partBytes}.csv`, text);
    for (const format of formats) {
      const { trace } = compare(file, partBytes, '--format', format);
      expect(trace).toMatch(/^counted in \d+ parts \(\d+ read as bytes\)$/);
    }
    // Contests released as soon as the input moves past them, and held for 50 rows.
    for (const hold of ['0', '50']) expect(compare(file, partBytes, '--format', 'ndjson', '--hold-rows', hold).trace).toMatch(/^counted/);
  });

  it('cuts inside a quoted field with a line break and still writes the same', () => {
    const text = generated(200).replaceAll('"Okafor, Chidi"', '"Okafor,\nChidi"');
    const file = write('quoted-breaks.csv', text);
    // Some cuts fall just after a quoted line break: those parts do not fit, and the file is read whole.
    for (const partBytes of [300, 301, 302, 303, 1000]) compare(file, partBytes, '--format', 'json');
  });

  it('counts an area written two ways across a cut as one contest, warning once', () => {
    const rows = generated(100).split('\n');
    // Ward 50's later rows written "ward 50": the same area by the one rule for places.
    const text = rows
      .map((line, i) => (i > 0 && line.includes(',Ward 50,') && i % 2 === 0 ? line.replace(',Ward 50,', ',ward  50,') : line))
      .join('\n');
    const file = write('spellings.csv', text);
    const start = text.indexOf(',Ward 50,');
    for (const partBytes of [start - 40, start, start + 30]) {
      const { parts } = compare(file, partBytes, '--format', 'json');
      expect(parts.stderr).toContain('are one area written two ways');
    }
  });

  it('reads again as one the two parts beside a cut that an area written two ways has rows on both sides of', () => {
    // As in the generated 10M-row file, "Stonebridge & Stonebridge" and "Stonebridge and Stonebridge" 77 lines
    // apart: here Ward 50's last candidate comes after Ward 52, written "ward  50", and a cut falls between.
    const [header, ...body] = generated(100).trimEnd().split('\n');
    const ward50 = body.filter((line) => line.includes(',Ward 50,'));
    const late = ward50.at(-1)!.replace(',Ward 50,', ',ward  50,');
    const before = body.filter((line) => line !== ward50.at(-1));
    const afterWard52 = before.findLastIndex((line) => line.includes(',Ward 52,')) + 1;
    const lines = [header, ...before.slice(0, afterWard52), late, ...before.slice(afterWard52)];
    const text = lines.join('\n') + '\n';
    const file = write('apart-spelling.csv', text);
    // Parts of a size that puts a cut after Ward 50's first rows and before its last (as PartCutter cuts: at the
    // first line break past each part's size).
    const from = Buffer.byteLength(text.slice(0, text.indexOf(',Ward 51,')));
    const to = Buffer.byteLength(text.slice(0, text.indexOf(late)));
    const partBytes = [...Array(400).keys()]
      .map((i) => 400 + 5 * i)
      .find((size) => cutsOf(text, size).some((at) => at > from && at <= to))!;
    const { one, parts, trace } = compare(file, partBytes, '--format', 'json');
    expect(one.status).toBe(0);
    expect(parts.stderr).toContain('are one area written two ways');
    expect(trace).toMatch(/^counted in \d+ parts \(\d+ read as bytes; 1 joined to the next\)$/);
  });

  it('reads a file whose contests are not grouped the ordinary way, with the same answer', () => {
    const lines = generated(120).trimEnd().split('\n');
    const [header, ...body] = lines;
    // Every third row moved to the end: contests' rows far apart.
    const text = [header, ...body.filter((_, i) => i % 3 !== 0), ...body.filter((_, i) => i % 3 === 0)].join('\n') + '\n';
    const file = write('ungrouped.csv', text);
    const held = compare(file, 400, '--format', 'json');
    expect(held.one.status).toBe(0);
    // Held for 5 rows only, the same rows are refused, by both, with the same message and partial output.
    const refused = compare(file, 400, '--format', 'ndjson', '--hold-rows', '5');
    expect(refused.one.status).toBe(1);
    expect(refused.one.stderr).toContain('appear again after the contest was finished');
  });

  it('counts together the rows of a contest that are apart in two parts (as one thread does), for any contest', () => {
    // Scotland 2022's Inverness Central: one candidate 1,236 rows before the others. Here twenty wards each have
    // a row moved a few parts on, every one within the 100,000 rows a contest's rows may be apart.
    const [header, ...body] = generated(600).trimEnd().split('\n');
    const moved = body.filter((line) => /,Ward (\d+)5,/.test(line) && line.includes('Ann Smith'));
    const rest = body.filter((line) => !moved.includes(line));
    const text = [header, ...rest.slice(0, 40), ...moved, ...rest.slice(40)].join('\n') + '\n';
    const file = write('apart.csv', text);
    const { one, trace } = compare(file, 2_000, '--format', 'json');
    expect(one.status).toBe(0);
    expect(moved.length).toBeGreaterThan(19);
    expect(trace).toMatch(/^read the ordinary way .*a contest appears in two parts/);
  });

  it('fails as one thread fails part-way through a file of several read blocks, with the same partial output', () => {
    // About 3 MB: a one-thread read hands on contests block by block (1 MB), so it has written some before the
    // bad row; the parts must have written no more than that when they give way to it.
    const text = generated(24_000).replace(/\n(Council 1900,Ward 22801,[^,]*,[^,]*,)\d+/, '\n$1-5');
    const file = write('bad-after-blocks.csv', text);
    expect(text.length).toBeGreaterThan(2_500_000);
    for (const format of ['ndjson', 'json'] as const) {
      const { one, parts, trace } = compare(file, 200_000, '--format', format, '--hold-rows', '50');
      expect(one.status).toBe(1);
      expect(one.stdout.length).toBeGreaterThan(100_000);
      expect(parts.stdout).toBe(one.stdout);
      // The parts had written some of it before the bad row's part failed.
      expect(Number(/after (\d+) bytes/.exec(trace)?.[1])).toBeGreaterThan(0);
    }
  });

  it('fails as one thread fails on a bad row late in the file, with the same partial output', () => {
    const text = generated(300).replace(/\n(Council 22,Ward 270,[^,]*,[^,]*,)\d+/, '\n$1lots');
    const file = write('bad-late.csv', text);
    for (const format of formats) {
      const { one, trace } = compare(file, 700, '--format', format, '--hold-rows', '20');
      expect(one.status).toBe(1);
      expect(one.stderr).toMatch(/bad-late\.csv:\d+: .*"lots"/);
      expect(trace).toMatch(/^read the ordinary way/);
    }
  });

  it('reads a file that is not UTF-8 the ordinary way (Windows-1252 detected as one thread detects it)', () => {
    const text = generated(200).replace('Siân Evans', 'Si\u00e2n Evans');
    const bytes = Buffer.from(text, 'latin1');
    const file = write('windows-1252.csv', bytes);
    const { parts, trace } = compare(file, 600, '--format', 'json');
    expect(parts.status).toBe(0);
    expect(trace).toMatch(/^read the ordinary way/);
  });

  it("counts in parts a file of names in three-byte characters, whose parts' tails would end inside one", () => {
    // Parts of 256 KB, each given the 1 MB after it to finish its last contest: the tails end inside the file.
    const names = ['佐藤 花子', '鈴木 一郎', '高橋 美咲', '田中 健太', '伊藤 さくら'];
    let text = 'council,ward,candidate,party,votes,elected\n';
    for (let w = 0; text.length < 1_900_000; w++) {
      for (let c = 0; c < 5; c++)
        text += `市議会 ${Math.floor(w / 40)},第${w}選挙区,${names[c]} ${w},無所属 ${c},${100 + c * 17 + (w % 13)},${c === 4}\n`;
    }
    const file = write('three-byte-names.csv', text);
    expect(Buffer.byteLength(text)).toBeGreaterThan(3_000_000);
    const { trace } = compare(file, 256 * 1024, '--format', 'json');
    expect(trace).toMatch(/^counted in \d+ parts \(\d+ read as bytes\)$/);
  });

  it('reads again with a longer tail a part whose last contest runs on past the 64 KiB it was first given', () => {
    // A ward of 3,000 candidates (about 200 KB) across the cuts of 64 KiB parts, between ordinary wards.
    const [header, ...body] = generated(600).trimEnd().split('\n');
    const long = Array.from(
      { length: 3_000 },
      (_, c) => `Council 20,Long Ward,Candidate Number ${c},Party ${c % 40},${100 + c},${c === 2_999}`,
    );
    const text = `${[header, ...body.slice(0, 900), ...long, ...body.slice(900)].join('\n')}\n`;
    const file = write('long-contest.csv', text);
    const { trace } = compare(file, 64 * 1024, '--format', 'json');
    expect(trace).toMatch(/^counted in \d+ parts \(\d+ read as bytes; [1-9]\d* read again with a longer tail\)$/);
  });

  it('reads a file under 4 MiB on one thread, and one over it in parts, unless parts are sized', () => {
    // Starting workers costs more than parts of a file this small save (LEAP 2019, 2.2 MB: 0.55 s against 0.68 s).
    const small = write('three-megabytes.csv', generated(9_000));
    expect(statSync(small).size).toBeGreaterThan(2 << 20);
    expect(statSync(small).size).toBeLessThan(4 << 20);
    expect(tally(small, 2, '--format', 'json').stderr).not.toMatch(TRACE);
    expect(tally(small, 2, '--format', 'json', '--part-bytes', String(1 << 20)).stderr).toMatch(/^results: counted in \d+ parts/m);
    const big = write('five-megabytes.csv', generated(20_000));
    expect(statSync(big).size).toBeGreaterThan(4 << 20);
    expect(tally(big, 2, '--format', 'json').stderr).toMatch(/^results: counted in \d+ parts/m);
  });

  it("writes a council's totals whole when more of its contests come after other councils' parts", () => {
    const [header, ...body] = generated(600).trimEnd().split('\n');
    // Council 0's wards again at the end, each a new ward: its totals made early (a part without it came next) go stale.
    const again = body.filter((row) => row.startsWith('Council 0,')).map((row) => row.replace(/,Ward (\d+),/, ',Ward $1 North,'));
    const file = write('council-again.csv', `${[header, ...body, ...again].join('\n')}\n`);
    const { one, trace } = compare(file, 2000, '--format', 'json');
    expect(trace).toMatch(/^counted in \d+ parts/);
    const councils = (JSON.parse(one.stdout) as { councils: { council: string; contests: number }[] }).councils;
    expect(councils.find((c) => c.council === 'Council 0')?.contests).toBe(24);
  });

  it('counts the same party totals and row account as one thread on a file of many parts', () => {
    const file = write('totals.csv', generated(600));
    const one = JSON.parse(tally(file, 1, '--format', 'json').stdout) as Record<string, unknown>;
    const parts = JSON.parse(tally(file, 2, '--format', 'json', '--part-bytes', '2000').stdout) as Record<string, unknown>;
    expect(parts.parties).toEqual(one.parties);
    expect(parts.councils).toEqual(one.councils);
    expect(parts.rows).toEqual(one.rows);
    expect(readFileSync(file, 'utf8').trimEnd().split('\n').length - 1).toBe((one.rows as { read: number }).read);
  });
});

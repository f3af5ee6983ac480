/**
 * `results watch` as a user runs it on results night: real results replayed into a temporary directory or file
 * declaration by declaration, with `--once` looking after each step (in-process), and a few live runs as child
 * processes (revision, deleted file, Ctrl-C) with timeouts.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { results } from './run-cli';

/** A JSON document from the CLI, checked by shape with expect. */
type Doc = ReturnType<typeof JSON.parse>;

const worcesterDefending = readFileSync('fixtures/worcester-2016-defending.csv', 'utf8').trimEnd().split('\n');
const northEast2019 = readFileSync('fixtures/hoc-ge2019-north-east.csv', 'utf8').trimEnd().split('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'results-watch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The rows of a file (after its header) grouped by a column, in file order. */
function byContest(lines: readonly string[], column: (line: string) => string): string[][] {
  const groups = new Map<string, string[]>();
  for (const line of lines.slice(1)) {
    const key = column(line);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.values()];
}

async function board(...args: string[]) {
  return boardWith(0, ...args);
}

async function boardWith(status: number, ...args: string[]) {
  const run = await results('watch', ...args, '--once', '--format', 'json', '--settle', '10');
  expect(run.status).toBe(status);
  return { doc: JSON.parse(run.stdout), stderr: run.stderr };
}

describe('a directory gaining a file per ward: Worcester 2016', () => {
  it('keeps the score ward by ward, and ends agreeing with tally, gains and council on the whole file', async () => {
    const wards = byContest(worcesterDefending, (line) => line.split(',')[1]!);
    const expect_ = path.join(dir, 'expect.csv');
    writeFileSync(
      expect_,
      ['council,ward,defending', ...wards.map((rows) => `Worcester,${rows[0]!.split(',')[1]},${rows[0]!.split(',')[7]}`)].join('\n') + '\n',
    );
    const night = path.join(dir, 'night');
    mkdirSync(night);
    const args = [night, '--expect', expect_, '--previous', 'fixtures/worcester-2012.csv', '--before', 'Con=19,Lab=15,Grn=1'];
    let last: Doc = {};
    for (const [i, rows] of wards.entries()) {
      writeFileSync(path.join(night, `${String(i + 1).padStart(2, '0')}.csv`), [worcesterDefending[0], ...rows].join('\n') + '\n');
      const { doc } = await board(...args);
      expect(doc).toMatchObject({ schema: 'results.watch/1', type: 'scoreboard', declared: i + 1, expected: 12, declaredExpected: i + 1 });
      expect(doc.latest[0].area).toBe(rows[0]!.split(',')[1]);
      if (i === 1) expect(doc.latest[0].text).toBe('Battenhall: Green gain from Conservative, majority 194 (1,081 vs 887)');
      expect(doc.councils[0].controlCall.status).toBe(i < 11 ? 'too-early' : 'settled');
      last = doc;
    }
    expect(last.councils[0]).toMatchObject({ council: 'Worcester', totalSeats: 35, majorityThreshold: 18, control: null, seatsToCome: 0 });
    expect(last.councils[0].controlCall.text).toBe('no overall control (settled)');

    const tally = JSON.parse((await results('tally', 'fixtures/worcester-2016-defending.csv', '--format', 'json')).stdout);
    expect(last.parties.map((p: Doc) => [p.party, p.seats, p.votes, p.share])).toEqual(
      tally.parties.map((p: Doc) => [p.party, p.seats, p.votes, p.share]),
    );
    const council = JSON.parse(
      (await results('council', 'fixtures/worcester-2016-defending.csv', '--before', 'Con=19,Lab=15,Grn=1', '--format', 'json')).stdout,
    );
    expect(council.councils[0].control.after).toBe(last.councils[0].control);
    expect(last.councils[0].seats.map((p: Doc) => [p.party, p.seats])).toEqual(
      council.councils[0].composition.map((r: Doc) => [r.party, r.after]),
    );
    const gains = JSON.parse(
      (await results('gains', 'fixtures/worcester-2012.csv', 'fixtures/worcester-2016-defending.csv', '--format', 'json')).stdout,
    );
    for (const p of gains.parties) {
      expect(last.parties.find((q: Doc) => q.party === p.party)).toMatchObject({ gains: p.gains, losses: p.losses });
    }
  });

  it('reports a malformed declaration with its file and line, counts the rest, and leaves it out', async () => {
    const wards = byContest(worcesterDefending, (line) => line.split(',')[1]!);
    writeFileSync(path.join(dir, '01.csv'), [worcesterDefending[0], ...wards[0]!].join('\n') + '\n');
    const bad = wards[1]!.map((line, i) => (i === 1 ? line.replace(',887,', ',88seven,') : line));
    writeFileSync(path.join(dir, '02.csv'), [worcesterDefending[0], ...bad].join('\n') + '\n');
    // Printed, and exit 1: a script must not take this for the whole count.
    const { doc, stderr } = await boardWith(1, dir);
    expect(doc.declared).toBe(1);
    expect(doc.latest.map((l: { area: string }) => l.area)).toEqual(['Arboretum']);
    expect(stderr).toContain(`${path.join(dir, '02.csv')}:3: votes must be a whole number, got "88seven" (left out until it is fixed)`);
    expect(stderr).toContain('results: 1 problem with the declarations (above): the scoreboard counts the rest');
  });
});

describe('a CSV growing constituency by constituency: the North East, GE2019 against GE2017', () => {
  it('shows the count, the gains and a projection that converges on the result', async () => {
    const seats = byContest(northEast2019, (line) => line.split(',')[0]!);
    const night = path.join(dir, 'night.csv');
    writeFileSync(night, `${northEast2019[0]}\n`);
    const header = await board(night, '--previous', 'fixtures/hoc-ge2017-north-east.csv');
    expect(header.doc).toMatchObject({ declared: 0, expected: 29, projection: null });
    expect(header.doc.noProjection).toMatch(/no declared contest matches a previous result/);
    const seen: Doc[] = [];
    for (const rows of seats) {
      appendFileSync(night, rows.join('\n') + '\n');
      if (seen.length % 7 === 6 || seen.length === seats.length - 1)
        seen.push((await board(night, '--previous', 'fixtures/hoc-ge2017-north-east.csv')).doc);
      else seen.push(null);
    }
    const checked = seen.filter((d) => d !== null);
    for (const doc of checked) {
      expect(doc.projection.basedOn).toBe(doc.declared);
      expect(doc.projection.parties.reduce((t: number, p: { seats: number }) => t + p.seats, 0)).toBe(29);
      expect(doc.projection.label).toMatch(/^PROJECTION, not a result/);
    }
    const last = checked[checked.length - 1];
    expect(last).toMatchObject({ declared: 29, expected: 29, undeclared: [] });
    const tally = JSON.parse((await results('tally', 'fixtures/hoc-ge2019-north-east.csv', '--format', 'json')).stdout);
    expect(last.parties.map((p: Doc) => [p.party, p.seats, p.votes])).toEqual(tally.parties.map((p: Doc) => [p.party, p.seats, p.votes]));
    expect(last.projection.parties).toEqual([
      { party: 'Labour', declared: 19, projected: 0, seats: 19 },
      { party: 'Conservative', declared: 10, projected: 0, seats: 10 },
    ]);
  });

  it('never counts a half-written last line, nor a record whose quoted field is still open', async () => {
    const seats = byContest(northEast2019, (line) => line.split(',')[0]!);
    const night = path.join(dir, 'night.csv');
    const partial = seats[1]!.join('\n');
    writeFileSync(night, `${northEast2019[0]}\n${seats[0]!.join('\n')}\n${partial.slice(0, partial.length - 30)}`);
    const cut = await board(night);
    // The second constituency's last candidate is half written: that constituency waits, rows and all.
    expect(cut.doc.declared).toBe(1);
    expect(cut.doc.latest.map((l: { area: string }) => l.area)).toEqual([seats[0]![0]!.split(',')[2]]);
    appendFileSync(night, partial.slice(partial.length - 30) + '\n');
    expect((await board(night)).doc.declared).toBe(2);

    const opened = path.join(dir, 'quoted.csv');
    writeFileSync(
      opened,
      'council,ward,candidate,party,votes\nWorcester,Battenhall,Louis Stephen,Green,1081\nWorcester,Battenhall,"David\nTibbutt',
    );
    expect((await board(opened)).doc.declared).toBe(0);
    appendFileSync(opened, '",Conservative,887\n');
    const quoted = await board(opened);
    expect(quoted.doc.latest[0].text).toBe('Battenhall: Green, majority 194 (1,081 vs 887)');
  });
});

describe('--html FILE', () => {
  it('keeps a self-contained page of the scoreboard, written whole and refreshing itself', async () => {
    const page = path.join(dir, 'night.html');
    const { doc } = await board(
      'fixtures/hoc-ge2019-north-east-first-10.csv',
      '--previous',
      'fixtures/hoc-ge2017-north-east.csv',
      '--html',
      page,
    );
    expect(doc.declared).toBe(10);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="5">');
    expect(html).toContain('<title>Results night: Declared 10 of 29 contests (from --previous); 10 of 29 seats</title>');
    expect(html).toContain('Bishop Auckland: </strong>');
    expect(html).toContain('Still to declare: 19 seats');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    // Written beside FILE and renamed over it: nothing else is left in the directory.
    expect(readdirSync(dir)).toEqual(['night.html']);
  });
});

/**
 * Results night replayed from the published files: GE2019 appended constituency by constituency against GE2017
 * (Commons Library), and every council of LEAP 2019 declared ward by ward. The final scoreboard must agree with
 * `results tally` on the whole file, the projection must end on the result, and no call on control made during
 * the night may be contradicted by the final composition.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareCouncils } from '../../src/core/council';
import { Declarations } from '../../src/core/declarations';
import { areaKey } from '../../src/core/fold';
import { scoreboard } from '../../src/core/scoreboard';
import { results } from '../cli/run-cli';
import { read } from '../read-helpers';
import { real } from './paths';

type Doc = ReturnType<typeof JSON.parse>;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'results-watch-real-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function board(...args: string[]): Promise<Doc> {
  const run = await results('watch', ...args, '--once', '--format', 'json', '--settle', '10');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe('GE2019 declared constituency by constituency against GE2017', () => {
  const ge2019 = real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv');
  const ge2017 = real('uk-hoc-library', 'HoC-GE2017-results-by-candidate.csv');

  it('ends on the tally of the whole file, with the projection converging on the result', async () => {
    const text = readFileSync(ge2019, 'utf8');
    const [header, ...rows] = text.replace(/\r\n/g, '\n').trimEnd().split('\n');
    // Constituencies in the file's order; no constituency name in this file holds a comma before the ONS ID.
    const seats = new Map<string, string[]>();
    for (const row of rows) seats.set(row.split(',')[0]!, [...(seats.get(row.split(',')[0]!) ?? []), row]);
    expect(seats.size).toBe(650);
    const night = path.join(dir, 'ge2019.csv');
    writeFileSync(night, `${header}\n`);
    const points = new Set([10, 100, 325, 500, 650]);
    const boards: Doc[] = [];
    let declared = 0;
    for (const group of seats.values()) {
      appendFileSync(night, `${group.join('\n')}\n`);
      declared += 1;
      if (points.has(declared)) boards.push(await board(night, '--previous', ge2017));
    }
    const tally = JSON.parse((await results('tally', ge2019, '--format', 'json')).stdout);
    const last = boards[boards.length - 1];
    expect(last).toMatchObject({ declared: 650, expected: 650, declaredExpected: 650, seatsDeclared: 650, undeclared: [] });
    expect(last.parties.map((p: Doc) => [p.party, p.seats, p.votes])).toEqual(tally.parties.map((p: Doc) => [p.party, p.seats, p.votes]));
    const final = new Map<string, number>(last.parties.map((p: Doc) => [p.party, p.seats]));
    expect(final.get('Conservative')).toBe(365);
    const seatsOf = (parties: Doc[]) =>
      parties
        .filter((p: Doc) => p.seats > 0)
        .map((p: Doc) => `${p.party} ${p.seats}`)
        .sort();
    expect(seatsOf(last.projection.parties)).toEqual(seatsOf(last.parties));
    // How far the projected Conservative seats are from the 365 they won, as the night goes on.
    const error = boards.map((b) => Math.abs(b.projection.parties.find((p: Doc) => p.party === 'Conservative').seats - 365));
    for (const b of boards) expect(b.projection.basedOn).toBe(b.compared);
    expect(error[3]).toBeLessThanOrEqual(error[1]!);
    expect(error[4]).toBe(0);
    console.log(
      `GE2019 projected Conservative seats after ${[...points].join(', ')} declarations: ${boards.map((b) => b.projection.parties.find((p: Doc) => p.party === 'Conservative').seats).join(', ')}`,
    );
  });
});

describe('LEAP 2019, every council ward by ward', () => {
  const leap = real('uk-leap-local', 'leap-2019-05-02.csv');

  it('never calls control that the final composition contradicts', async () => {
    const election = await read(leap);
    const councils = new Map<string, typeof election.contests>();
    for (const contest of election.contests) {
      const key = areaKey(contest.council ?? '');
      councils.set(key, [...(councils.get(key) ?? []), contest]);
    }
    let settledEarly = 0;
    for (const contests of councils.values()) {
      // All out, with the council the seats filled: the composition before matters only for its size here.
      const won = new Map<string, number>();
      for (const c of compareCouncils([{ council: null, parties: [{ party: 'Before', seats: 1 }] }], contests, null, { allOut: true })
        .councils[0]!.composition)
        if (c.won > 0) won.set(c.party, c.won);
      const before = { council: contests[0]!.council, parties: [...won].map(([party, seats]) => ({ party, seats })) };
      const finalControl = compareCouncils([before], contests, null, { allOut: true }).councils[0]!.control.after;
      const declarations = new Declarations();
      for (const [i, contest] of contests.entries()) {
        declarations.offer(contest);
        const b = scoreboard({
          declared: declarations.list(),
          previous: null,
          expected: contests,
          compositions: [before],
          shareMethod: 'top',
        });
        const call = b.councils[0]!.control;
        if (call.status === 'settled') {
          expect([contest.council, call.party]).toEqual([contest.council, finalControl]);
          if (i < contests.length - 1) settledEarly += 1;
        } else expect(call.status).toBe(i === contests.length - 1 ? 'settled' : 'too-early');
      }
    }
    expect(councils.size).toBeGreaterThan(200);
    expect(settledEarly).toBeGreaterThan(0);
  });

  it('counts a directory of headerless LEAP ward files as tally counts the council', async () => {
    const lines = readFileSync(leap, 'utf8')
      .trimEnd()
      .split('\n')
      .filter((l) => l.startsWith('"Worcester",'));
    const wards = new Map<string, string[]>();
    for (const line of lines) wards.set(line.split('","')[2]!, [...(wards.get(line.split('","')[2]!) ?? []), line]);
    const night = path.join(dir, 'worcester-2019');
    mkdirSync(night);
    const extract = path.join(dir, 'worcester-2019.csv');
    writeFileSync(extract, `${lines.join('\n')}\n`);
    let i = 0;
    let last: Doc = null;
    for (const rows of wards.values()) {
      i += 1;
      writeFileSync(path.join(night, `${String(i).padStart(2, '0')}.csv`), `${rows.join('\n')}\n`);
      if (i % 4 === 0 || i === wards.size) {
        last = await board(night);
        expect(last.declared).toBe(i);
      }
    }
    const tally = JSON.parse((await results('tally', extract, '--format', 'json')).stdout);
    expect(last.parties.map((p: Doc) => [p.party, p.seats, p.votes])).toEqual(tally.parties.map((p: Doc) => [p.party, p.seats, p.votes]));
  });
});

/**
 * The Scottish council elections of 5 May 2022 (STV), from IndyLive Scotland's export
 * (../shared/data/real/uk-scotland-stv-2022/scotland-2022-stv-indylive.csv; SOURCE.md there).
 *
 * Published national result, councillors elected: SNP 453, Labour 282, Conservative 214, Liberal Democrats 87,
 * Green 35, Independent 152 (BBC Scotland scoreboard, "After 32 of 32 councils declared", as quoted by
 * SFHA, "Local elections 2022 – summary of results", https://www.sfha.co.uk/news/news-category/sfha-news/news-article/local-elections-2022--summary-of-results).
 * That is 1,223 councillors for 1,226 seats: three seats had no candidate (two in Eilean Siar, one in Shetland
 * North Isles) and went to by-elections. The file agrees seat for seat; its Independent 152 is 149
 * independents and three one-seat local parties (The Rubbish Party, British Unionist Party, West Dunbartonshire
 * Community Party), which the BBC counts with the independents.
 *
 * The file is incomplete, and the tests say so rather than force national figures: the counts of 28 contested
 * wards (Orkney, Shetland, Eilean Siar, North Ayrshire) are missing, so their winners count but their votes do
 * not, and first-preference shares are of the other wards only; Fraserburgh and District lacks one of its 7
 * candidates' rows (first preferences 4,660 + rejected 40 ≠ 4,743 papers).
 */
import { readFileSync } from 'node:fs';
import { tally } from '../../src/core/tally';
import { results } from '../cli/run-cli';
import { csvRecords, read } from '../read-helpers';
import { real } from './paths';

const file = real('uk-scotland-stv-2022', 'scotland-2022-stv-indylive.csv');

describe('Scotland 2022 council elections (IndyLive STV export)', () => {
  let counted: ReturnType<typeof tally>;
  let rows: Awaited<ReturnType<typeof read>>['rows'];
  beforeAll(async () => {
    const election = await read(file);
    rows = election.rows;
    counted = tally(election, 'top');
  });

  it('uses every row of the file: read = used, nothing set aside', async () => {
    const records = csvRecords(readFileSync(file, 'utf8')).filter((r) => r.some((cell) => cell !== ''));
    expect(rows.read).toBe(records.length - 1);
    expect(rows.read).toBe(2547);
    expect(rows.used + rows.filtered + rows.setAside.reduce((n, s) => n + s.count, 0)).toBe(rows.read);
    expect(rows.setAside).toEqual([]);
  });

  it('has 32 councils, 355 wards and 1,226 seats, every contest STV', async () => {
    expect(counted.councils).toHaveLength(32);
    expect(counted.totals.contests).toBe(355);
    expect(counted.totals.seats).toBe(1226);
    expect(counted.contests.every((c) => c.system === 'stv')).toBe(true);
  });

  it('elects the published councillors: SNP 453, Labour 282, Conservative 214, Lib Dem 87, Green 35, independents and others 152', async () => {
    const seats = new Map(counted.parties.map((p) => [p.party, p.seats]));
    expect([seats.get('SNP'), seats.get('Labour'), seats.get('Conservative'), seats.get('Liberal Democrats'), seats.get('Green')]).toEqual([
      453, 282, 214, 87, 35,
    ]);
    const others = counted.parties.filter((p) => !['SNP', 'Labour', 'Conservative', 'Liberal Democrats', 'Green'].includes(p.party));
    expect(others.reduce((n, p) => n + p.seats, 0)).toBe(152);
    expect(seats.get('Independent')).toBe(149);
    const elected = counted.parties.reduce((n, p) => n + p.seats, 0);
    expect([elected, counted.totals.seats - elected]).toEqual([1223, 3]);
  });

  it('reads 8 wards as returned unopposed and 28 as polls whose counts are not in the file', async () => {
    expect(counted.totals.uncontested).toBe(8);
    const missing = counted.contests.filter((c) => c.votesMissing);
    expect(missing).toHaveLength(28);
    expect(new Set(missing.map((c) => c.council))).toEqual(
      new Set(['Comhairle nan Eilean Siar', 'North Ayrshire', 'Orkney Islands', 'Shetland Islands']),
    );
    expect(missing.every((c) => c.validVotes === null && c.candidates.filter((x) => x.elected).length === c.seats)).toBe(true);
  });

  it('warns only about what the file lacks: no tie, vote-order or elected-count warnings on STV wards', async () => {
    const codes = counted.warnings.map((w) => w.code);
    expect(codes.filter((c) => c === 'votes-missing')).toHaveLength(28);
    expect(counted.warnings.filter((w) => w.code !== 'votes-missing').map((w) => [w.code, w.origin?.line])).toEqual([
      ['ballots-mismatch', 186],
      // Unopposed returns with fewer candidates than seats: the seats left vacant (issue 16).
      ['seats-vacant', 555],
      ['seats-vacant', 604],
      ['seats-vacant', 2141],
    ]);
  });

  it('counts every first preference: party shares of the wards with counts add up to 1, SNP about a third', async () => {
    const total = counted.parties.reduce((n, p) => n + (p.share ?? 0), 0);
    expect(total).toBeCloseTo(1, 10);
    // Every first preference in the file, added up independently of the reader.
    const records = csvRecords(readFileSync(file, 'utf8'));
    const column = records[0]!.indexOf('first_prefs');
    const firstPreferences = records.slice(1).reduce((n, r) => n + (r[column] ? Number(r[column]) : 0), 0);
    expect(counted.totals.validVotes).toBe(firstPreferences);
    // Herald Scotland, 1 June 2022: SNP first-preference share 34 per cent (nationally; here without 28 wards).
    expect(counted.parties.find((p) => p.party === 'SNP')!.share).toBeGreaterThan(0.33);
    expect(counted.parties.find((p) => p.party === 'SNP')!.share).toBeLessThan(0.36);
  });

  it('tally exits 0 as table, json and csv; check fails on the one ward with a missing candidate only', async () => {
    for (const format of ['table', 'json', 'csv']) {
      const run = await results('tally', file, '--format', format, '--quiet');
      expect([format, run.status]).toEqual([format, 0]);
    }
    const json = JSON.parse((await results('tally', file, '--format', 'json', '--quiet')).stdout);
    expect(json.conventions.stv).toMatch(/^STV contests count first preferences/);
    expect(json.contests[0].quota).toBe(1320);
    const check = await results('check', file, '--format', 'json');
    expect(check.status).toBe(1);
    const errors = JSON.parse(check.stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors.map((f: { code: string; line: number }) => [f.code, f.line])).toEqual([['ballots-mismatch', 186]]);
  });
});

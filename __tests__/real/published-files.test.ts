/**
 * The full real files in ../shared/data/real (beside the repository; `npm run test:real`) read whole,
 * and agree with the figures their publishers print.
 */
import { readFileSync } from 'node:fs';
import { tally } from '../../src/core/tally';
import { csvRecords, read } from '../read-helpers';
import { real } from './paths';

/** A by-constituency file as ONS code → {majority, winner party, valid votes}. */
function constituencies(file: string): Map<string, { majority: number; first: string; valid: number; row: Record<string, string> }> {
  const [header, ...rows] = csvRecords(readFileSync(real('uk-hoc-library', file), 'utf8'));
  const key = (name: string) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, ' ');
  const names = header!.map(key);
  const byCode = new Map<string, { majority: number; first: string; valid: number; row: Record<string, string> }>();
  for (const cells of rows) {
    if (cells.length < names.length) continue;
    const row = Object.fromEntries(names.map((name, i) => [name, cells[i] ?? '']));
    const code = row['ons id'] ?? '';
    byCode.set(code, { majority: Number(row['majority']), first: row['first party'] ?? '', valid: Number(row['valid votes']), row });
  }
  return byCode;
}

describe('House of Commons Library candidate files', () => {
  it('GE2019 (2025 re-issue headers) reproduces the published majority and winning party of all 650 seats', async () => {
    const election = await read(real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv'));
    const result = tally(election, 'top');
    const published = constituencies('HoC-GE2019-results-by-constituency.csv');
    expect(result.contests).toHaveLength(650);
    let majorities = 0;
    let winners = 0;
    for (const contest of result.contests) {
      const reference = published.get(contest.code ?? '');
      expect(reference).toBeDefined();
      if (contest.majority === reference!.majority) majorities += 1;
      const winner = contest.candidates.find((c) => c.elected)!;
      if (
        winner.partyCode === reference!.first ||
        winner.description === reference!.first ||
        (reference!.first === 'Green' && winner.partyCode === 'Grn')
      )
        winners += 1;
      else throw new Error(`${contest.area}: ${winner.partyCode} vs ${reference!.first}`);
    }
    expect({ majorities, winners }).toEqual({ majorities: 650, winners: 650 });
    // Labour and Co-operative candidates count as Labour in the totals (10,269,051 votes, 202 seats in 2019).
    const labour = result.parties.find((p) => p.party === 'Labour')!;
    expect([labour.votes, labour.seats]).toEqual([10269051, 202]);
  });

  it('GE2019 original release (snake_case headers) reads the same contests and votes as the re-issue', async () => {
    const reissue = tally(await read(real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv')), 'top');
    const original = tally(await read(real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.2019-release.csv')), 'top');
    const summary = (t: typeof reissue) => new Map(t.contests.map((c) => [c.code, [c.validVotes, c.majority]]));
    expect(summary(original)).toEqual(summary(reissue));
  });

  it.each([
    ['HoC-GE2010-results-by-candidate.csv', 'HoC-GE2010-results-by-constituency.csv'],
    ['HoC-GE2015-results-by-candidate.csv', 'HoC-GE2015-results-by-constituency.csv'],
    ['HoC-GE2017-results-by-candidate.csv', 'HoC-GE2017-constituency-results.csv'],
    ['HoC-GE2019-results-by-candidate.csv', 'HoC-GE2019-results-by-constituency.csv'],
  ])('%s agrees with the Valid votes and Majority of %s in every seat', async (candidates, byConstituency) => {
    const result = tally(await read(real('uk-hoc-library', candidates)), 'top');
    const published = constituencies(byConstituency);
    expect(result.contests).toHaveLength(650);
    const disagree = result.contests.filter((c) => {
      const reference = published.get(c.code ?? '');
      return reference === undefined || reference.valid !== c.validVotes || reference.majority !== c.majority;
    });
    expect(disagree.map((c) => c.area)).toEqual([]);
  });

  it('the by-constituency file itself (wide) gives the same majorities and turnout from valid + invalid votes', async () => {
    const result = tally(await read(real('uk-hoc-library', 'HoC-GE2019-results-by-constituency.csv')), 'top');
    const published = constituencies('HoC-GE2019-results-by-constituency.csv');
    expect(result.contests.filter((c) => c.majority !== published.get(c.code ?? '')?.majority).map((c) => c.area)).toEqual([]);
    const aberavon = result.contests.find((c) => c.area === 'Aberavon')!;
    expect(aberavon.turnout).toBeCloseTo((31598 + 82) / 50750, 10);
    expect(aberavon.candidates[0]).toMatchObject({ name: 'Stephen Kinnock', votes: 17008 });
  });

  it('the 1918-2017 series (Windows-1252, found past the first block) reads every row, one council per election', async () => {
    const election = await read(real('uk-hoc-library', '1918-2017election_results.csv'));
    expect(election.rows.read).toBe(17048);
    expect(election.rows.used + election.rows.setAside.reduce((n, s) => n + s.count, 0)).toBe(17048);
    const result = tally(election, 'top');
    const seats = (election: string) =>
      Object.fromEntries(
        result.councils
          .find((c) => c.council === election)!
          .parties.slice(0, 3)
          .map((p) => [p.party, p.seats]),
      );
    expect(seats('2017')).toEqual({ Conservative: 317, Labour: 262, SNP: 35 });
    expect(result.contests.some((c) => c.area === 'YNYS MÔN')).toBe(true);
    // Unopposed returns (negative votes) are uncontested contests with their members elected.
    const city = result.contests.find((c) => c.council === '1918' && c.area === 'CITY OF LONDON')!;
    expect([city.status, city.seats, city.candidates.filter((c) => c.elected).length]).toEqual(['uncontested', 2, 2]);
  });
});

describe('Electoral Commission GE2015 results', () => {
  it('reads 3,971 candidates in 650 seats and sets the totals row aside', async () => {
    const election = await read(real('uk-electoral-commission', 'EC-GE2015-RESULTS.csv'));
    expect(election.contests).toHaveLength(650);
    expect(election.rows).toMatchObject({ read: 3972, used: 3971 });
    expect(election.rows.setAside).toEqual([expect.objectContaining({ count: 1, origin: expect.objectContaining({ line: 3973 }) })]);
    expect(tally(election, 'top').totals.validVotes).toBe(30697255);
  });
});

describe('LEAP local election files', () => {
  it.each([
    ['leap-2016-05-05.csv', 10880, 0],
    ['leap-2017-05-04.csv', 15862, 1],
    ['leap-2018-05-03.csv', 16063, 5],
    ['leap-2019-05-02.csv', 25848, 5],
  ])('%s reads whole: every row used or set aside (%i rows, %i placeholders)', async (file, rows, placeholders) => {
    const election = await read(real('uk-leap-local', file));
    const setAside = election.rows.setAside.reduce((n, s) => n + s.count, 0);
    expect(election.rows.read).toBe(rows);
    expect([election.rows.used + setAside, setAside]).toEqual([rows, placeholders]);
    // Every council and ward of the file is a contest (placeholders name no ward).
    const text = readFileSync(real('uk-leap-local', file), 'utf8');
    const wards = new Set(
      text
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.includes('NULL'))
        .map((line) => line.split('","').slice(0, 3).join('|').replace(/^"/, '')),
    );
    const councils = new Set([...wards].map((w) => w.split('|')[0]));
    expect(election.contests.length).toBe(wards.size);
    expect(new Set(election.contests.map((c) => c.council)).size).toBe(councils.size);
    expect(() => tally(election, 'top')).not.toThrow();
  });

  it('reads a tie decided by lot from the name annotation (Paddock Wood West 2019)', async () => {
    const election = await read(real('uk-leap-local', 'leap-2019-05-02.csv'));
    const ward = tally(election, 'top').contests.find((c) => c.area === 'Paddock Wood West')!;
    expect(ward.candidates.filter((c) => c.votes === 289).map((c) => [c.name, c.elected])).toEqual([
      ['Matt Bailey', true],
      ['Raymond Moon', false],
    ]);
    expect([ward.tieForLastSeat, ward.decidedByLot]).toEqual([true, true]);
  });
});

describe('OpenElections precinct files', () => {
  it.each([
    ['2020-general', 258066],
    ['2024-general', 362683],
  ])('Pennsylvania %s county files read as one election, summed statewide, every row accounted for', async (dir, rows) => {
    const election = await read(real('us-openelections-pa', dir));
    const setAside = election.rows.setAside.reduce((n, s) => n + s.count, 0);
    expect(election.rows.read).toBe(rows);
    expect(election.rows.used + setAside).toBe(rows);
    expect(election.rows.setAside.map((s) => s.reason)).toEqual(
      expect.arrayContaining(['turnout lines (Registered Voters, Ballots Cast: not a contest)', 'under and over votes (not a candidate)']),
    );
    const president = tally(election, 'top').contests.find((c) => c.area === 'President')!;
    // One statewide contest: each candidate once, whatever the case or punctuation a county wrote.
    const names = president.candidates.map((c) => c.name.toLowerCase().replace(/[.,]/g, ''));
    expect(new Set(names).size).toBe(names.length);
    expect(president.votesCast).toBeGreaterThan(5_000_000);
    // US party codes are US parties, not the registry's GB ones (LIB is not the Liberal Party).
    expect(president.candidates.map((c) => c.party)).toContain('Libertarian');
    // Tickets and spellings of one candidate are one ("TRUMP / VANCE", "DONALD J TRUMP AND JD VANCE", ...):
    // split, they would give Pennsylvania to the loser of 2024 (Trump 3,543,308, Harris 3,423,042 certified).
    if (dir === '2024-general') {
      expect(president.candidates.slice(0, 2).map((c) => [c.name, c.party])).toEqual([
        ['Donald J. Trump', 'Republican'],
        ['Kamala D. Harris', 'Democratic'],
      ]);
      expect(election.warnings.some((w) => w.code === 'names-merged' && w.message.includes('"TRUMP / VANCE"'))).toBe(true);
    }
  });

  it('Wisconsin August 2020 primary: one contest per office, district and party', async () => {
    const election = await read(real('us-openelections-wi', '20200811__wi__primary__ward.csv'));
    const result = tally(election, 'top');
    const house1 = result.contests.filter((c) => c.area.startsWith('House 1 ('));
    expect(house1.map((c) => c.area).sort()).toEqual(['House 1 (DEM)', 'House 1 (REP)']);
    expect(election.rows.used + election.rows.setAside.reduce((n, s) => n + s.count, 0)).toBe(election.rows.read);
  });

  it('Wisconsin April 2020 wards: Scattering set aside and counted', async () => {
    const election = await read(real('us-openelections-wi', '20200407__wi__general__ward.csv'));
    expect(election.rows.setAside).toEqual([expect.objectContaining({ reason: 'write-in totals (several people, not one candidate)' })]);
    expect(election.rows.used + election.rows.setAside[0]!.count).toBe(election.rows.read);
  });
});

/**
 * Every command over every published file in ../shared/data/real, including the ones no feature was written
 * for: what a new user would try first. A file the tool can read gives an answer whose own figures agree
 * (rows accounted for, seats and shares that add up, streamed and held output equal, no NaN in a table); a file
 * it cannot read is refused with a one-line reason and exit 1. Never exit 3 (an invariant broken or a crash).
 * The figures the publishers print are pinned in the other suites here; this one is the sweep.
 */
import path from 'node:path';
import { runCli, type CliResult } from '../cli/run-cli';
import { everyInput as inputs, real } from './paths';
import type { ContestDocument, TallyDocument } from '../../src';
import { readElection } from '../../src/library/read';
import { tally } from '../../src/core/tally';
import { tallyReport } from '../../src/report/tally';
import { renderTable } from '../../src/format/table';
import { renderMarkdown } from '../../src/format/markdown';
import { plainTheme } from '../../src/format/theme';

/** The files that hold no votes to count, and what the tool must say instead of counting them. */
const refused: Record<string, RegExp> = {
  'candidates-parl.2019-12-12.csv': /lists candidates but no votes/,
  'EC-GE2015-CONSTITUENCY.csv': /no known layout matches the columns .*Electorate, Valid Votes/,
};

const label = (input: string) => path.relative(real(), input);

function expectNoCrash(run: CliResult): void {
  // Exit 3 is a broken invariant or a crash: its message is the thing to read when this fails.
  if (run.status === 3) throw new Error(run.stderr);
}

describe.each(inputs.map((input) => [label(input), input]))('%s', (_, input) => {
  const refusal = refused[path.basename(input)];

  if (refusal !== undefined) {
    it('is refused by tally with one line saying why, and nothing on stdout', async () => {
      const run = await runCli(['tally', input, '--quiet']);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(refusal);
    });

    it('fails results check with that reason as its one finding', async () => {
      const run = await runCli(['check', input, '--format', 'json']);
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as { findings: { severity: string; message: string }[] };
      expect(report.findings).toHaveLength(1);
      expect(report.findings[0]!.severity).toBe('error');
      expect(report.findings[0]!.message).toMatch(refusal);
    });
    return;
  }

  let document: TallyDocument;
  beforeAll(async () => {
    const run = await runCli(['tally', input, '--format', 'json', '--quiet']);
    expectNoCrash(run);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    document = JSON.parse(run.stdout) as TallyDocument;
  });

  it('accounts for every row read: used, filtered or set aside with a reason', () => {
    const { read, used, filtered, setAside } = document.rows;
    expect(used).toBeGreaterThan(0);
    expect(used + filtered + setAside.reduce((total, entry) => total + entry.count, 0)).toBe(read);
  });

  it('elects no more candidates than a contest has seats, and counts every seat in the totals', () => {
    const overfilled = document.contests.filter((c) => c.candidates.filter((candidate) => candidate.elected === true).length > c.seats);
    expect(overfilled.map(where)).toEqual([]);
    const partySeats = document.parties.reduce((total, party) => total + party.seats, 0);
    const seats = document.contests.reduce((total, c) => total + c.seats, 0);
    expect(document.totals.seats).toBe(seats);
    expect(partySeats + document.totals.undecidedSeats + document.totals.unfilledSeats).toBe(seats);
  });

  it("gives each candidate of a one-seat contest its votes over the contest's votes (shares add up to 1)", () => {
    const wrong = document.contests.filter((c) => c.seats === 1 && c.status === 'contested' && !sharesAddUp(c)).map(where);
    expect(wrong).toEqual([]);
  });

  it('never prints a negative majority, or one larger than the votes', () => {
    const wrong = document.contests.filter(
      (c) => c.majority !== null && (c.majority < 0 || (c.validVotes !== null && c.majority > c.validVotes)),
    );
    expect(wrong.map(where)).toEqual([]);
  });

  it('streams the same contests as NDJSON as it holds for JSON', async () => {
    const run = await runCli(['tally', input, '--format', 'ndjson', '--quiet']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    const records = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string });
    const contests = records.filter((record) => record.type === 'contest').map(({ type: _type, ...contest }) => contest);
    expect(contests).toEqual(document.contests);
  });

  it('writes one CSV row per candidate', async () => {
    const run = await runCli(['tally', input, '--format', 'csv', '--quiet']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    const candidates = document.contests.reduce((total, c) => total + Math.max(c.candidates.length, 1), 0);
    // Quoted fields may hold no line breaks in these files; the header is the one extra line.
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(candidates + 1);
  });

  it.each(['table', 'markdown'])(
    'streams the %s contest by contest, byte for byte the whole-file report, whenever councils are closed',
    async (format) => {
      const election = await readElection(input);
      const report = tallyReport(tally(election, 'top'), election, () => null);
      let whole = '';
      if (format === 'table') renderTable(report, plainTheme, (text) => (whole += text));
      else renderMarkdown(report, (text) => (whole += text));
      // Default holding, and never closing a council before the end: the whole report.
      for (const hold of [[], ['--hold-rows', '100000000']]) {
        const run = await runCli(['tally', input, '--format', format, '--quiet', ...hold]);
        expectNoCrash(run);
        expect([hold, run.status]).toEqual([hold, 0]);
        expect(run.stdout === whole).toBe(true);
      }
      // Closing each council (and finishing each contest) as soon as the input moves past it: the same report, or
      // for a file not grouped by council (or contest) a refusal naming the line, never a different report.
      const eager = await runCli(['tally', input, '--format', format, '--quiet', '--hold-rows', '0']);
      expectNoCrash(eager);
      if (eager.status === 0) expect(eager.stdout === whole).toBe(true);
      else expect(eager.stderr).toMatch(/^results: [^\n]+:\d+: [^\n]* appear again after [^\n]*\n$/);
    },
  );

  it.each(['table', 'markdown'])('prints a %s with no NaN, undefined or Infinity in it', async (format) => {
    const run = await runCli(['tally', input, '--format', format, '--quiet']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/\bNaN\b|\bundefined\b|Infinity|\bnull\b/);
  });

  it('draws the shares chart as an SVG', async () => {
    const run = await runCli(['chart', 'shares', input, '--quiet']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<svg [^>]*>[\s\S]*<\/svg>\n?$/);
    expect(run.stdout).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('is checked by results check: a verdict (exit 0 or 1) and a results.check/1 document, never a crash', async () => {
    const run = await runCli(['check', input, '--format', 'json']);
    expectNoCrash(run);
    expect([0, 1]).toContain(run.status);
    const report = JSON.parse(run.stdout) as { schema: string; ok: boolean; findings: { code: string; severity: string }[] };
    expect(report.schema).toBe('results.check/1');
    expect(report.ok).toBe(run.status === 0);
  });
});

/** The pairs of files that are one set of seats at two elections, compared as `swing`, `gains` and `tally --previous`. */
const pairs: [string, string][] = [
  ['HoC-GE2010-results-by-candidate.csv', 'HoC-GE2015-results-by-candidate.csv'],
  ['HoC-GE2015-results-by-candidate.csv', 'HoC-GE2017-results-by-candidate.csv'],
  ['HoC-GE2017-results-by-candidate.csv', 'HoC-GE2019-results-by-candidate.csv'],
].map(([before, after]) => [real('uk-hoc-library', before!), real('uk-hoc-library', after!)]);

describe.each(pairs.map(([before, after]) => [label(before), label(after), before, after]))('%s -> %s', (_b, _a, before, after) => {
  it('swing: matches every seat by code and gives a swing between the top two parties', async () => {
    const run = await runCli(['swing', before, after, '--format', 'json', '--quiet']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    const swing = JSON.parse(run.stdout) as {
      overall: { butler: { value: number } | null };
      unmatched: { before: unknown[]; after: unknown[] };
    };
    expect(swing.overall.butler!.value).toBeGreaterThanOrEqual(0);
    expect(swing.unmatched).toEqual({ before: [], after: [] });
  });

  it("gains: every seat held or gained, and the parties' net changes sum to zero", async () => {
    const run = await runCli(['gains', before, after, '--format', 'json', '--quiet']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    const gains = JSON.parse(run.stdout) as { contests: { result: { kind: string } | null }[]; parties: { net: number }[] };
    expect(gains.contests).toHaveLength(650);
    expect(gains.contests.filter((c) => c.result === null)).toEqual([]);
    expect(gains.parties.reduce((total, party) => total + party.net, 0)).toBe(0);
  });

  it('tally --previous: a result line for every seat, as a table with no NaN', async () => {
    const run = await runCli(['tally', after, '--previous', before, '--quiet']);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^[^\n]+: [^\n]+ (hold|gain from [^,\n]+), majority /gm)).toHaveLength(650);
    expect(run.stdout).not.toMatch(/\bNaN\b|\bundefined\b|Infinity/);
  });
});

describe('published national figures', () => {
  it('GE2019: seats and votes per party as the Commons Library publishes them (CBP-8749, General Election 2019)', async () => {
    // House of Commons Library, "General Election 2019: results and analysis" (CBP-8749), table 1.
    const run = await runCli(['tally', real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv'), '--format', 'json', '--quiet']);
    const { parties } = JSON.parse(run.stdout) as TallyDocument;
    const seats = Object.fromEntries(parties.filter((p) => p.seats > 0).map((p) => [p.partyCode, p.seats]));
    expect(seats).toEqual({ Con: 365, Lab: 202, SNP: 48, LD: 11, DUP: 8, SF: 7, PC: 4, SDLP: 2, Grn: 1, APNI: 1, Spk: 1 });
    const votes = Object.fromEntries(parties.map((p) => [p.partyCode, p.votes]));
    expect([votes['Con'], votes['Lab'], votes['LD'], votes['SNP']]).toEqual([13_966_454, 10_269_051, 3_696_419, 1_242_380]);
  });
});

describe('council control over the LEAP 2019 file', () => {
  it('refuses a by-thirds council with no record of who defended its seats, rather than guess (Worcester)', async () => {
    const run = await runCli([
      'council',
      real('uk-leap-local', 'leap-2019-05-02.csv'),
      '--council',
      'Worcester',
      '--before',
      'Con=16,Lab=15,Grn=3,LD=1',
    ]);
    expectNoCrash(run);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Worcester: 11 of 35 seats were up, and who defended 11 contests is not known/);
  });

  it('an all-out council: 59 seats won are the composition after (Bath and North East Somerset, LD 37 Con 11 Ind 6 Lab 5)', async () => {
    // Published: Bath and North East Somerset Council election, 2 May 2019 (LEAP; the council's declaration).
    const run = await runCli([
      'council',
      real('uk-leap-local', 'leap-2019-05-02.csv'),
      '--council',
      'Bath and North East Somerset',
      '--before',
      'Con=37,LD=15,Lab=6,Ind=5,Grn=2',
      '--all-out',
      '--format',
      'json',
    ]);
    expectNoCrash(run);
    expect(run.status).toBe(0);
    const [council] = (
      JSON.parse(run.stdout) as { councils: { totalSeats: number; composition: { partyCode: string; after: number }[] }[] }
    ).councils;
    expect(council!.totalSeats).toBe(59);
    const after = Object.fromEntries(council!.composition.filter((p) => p.after > 0).map((p) => [p.partyCode, p.after]));
    expect(after).toEqual({ LD: 37, Con: 11, Ind: 6, Lab: 5 });
  });
});

function where(contest: ContestDocument): string {
  return `${contest.file}:${contest.line} ${contest.council ?? ''} ${contest.area}`;
}

function sharesAddUp(contest: ContestDocument): boolean {
  const shares = contest.candidates.map((candidate) => candidate.share);
  if (shares.some((share) => share === null)) return true; // votes not given (an uncontested or STV-only record)
  const total = shares.reduce<number>((sum, share) => sum + share!, 0);
  return Math.abs(total - 1) < 1e-9 || contest.candidates.every((candidate) => candidate.votes === 0);
}

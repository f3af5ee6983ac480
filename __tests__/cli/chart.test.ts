import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';

const root = path.resolve(__dirname, '../..');

function results(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const run = spawnSync(process.execPath, [path.join(root, 'bin/results.js'), ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('results chart', () => {
  it('writes the vote share chart of Worcester 2016 as SVG on stdout', () => {
    const run = results('chart', 'shares', 'fixtures/worcester-2016.csv');
    expect(run.status).toBe(0);
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    expect(run.stdout).toContain('<title id="shares-title">Worcester: share of the vote</title>');
    expect(run.stdout).toContain('Labour 36.2% of the vote; Conservative 30.4% of the vote; Green 15.7% of the vote');
  });

  it('draws the seats won as a parliament chart (Lab 7, Con 3, Green 2 of 12)', () => {
    const run = results('chart', 'seats', 'fixtures/worcester-2016.csv');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('<desc id="seats-desc">Labour 7, Conservative 3, Green 2 (12 seats).</desc>');
    expect(run.stdout.match(/<circle /g)).toHaveLength(12);
  });

  it('takes party colours from --parties', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'results-chart-'));
    const parties = path.join(dir, 'parties.csv');
    writeFileSync(parties, 'party,code,colour,aliases\nGreen,Grn,#123456,\n');
    const run = results('chart', 'seats', 'fixtures/worcester-2016.csv', '--parties', parties);
    expect(run.stdout).toContain('<g fill="#123456">');
  });

  it('is the same bytes on every run', () => {
    expect(results('chart', 'shares', 'fixtures/worcester-2016.csv').stdout).toBe(results('chart', 'shares', 'fixtures/worcester-2016.csv').stdout);
  });

  it('refuses an unknown kind as a usage error', () => {
    expect(results('chart', 'pie', 'fixtures/worcester-2016.csv').status).toBe(2);
  });
});

describe('results tally --format html', () => {
  it('writes one page with the headlines, both charts and the tables', () => {
    const run = results('tally', 'fixtures/worcester-2016.csv', '--format', 'html');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('<title>Worcester: election results</title>');
    expect(run.stdout).toContain(', majority 194 (1,081 vs 887)</li>');
    expect(run.stdout.match(/<svg /g)).toHaveLength(2);
    expect(run.stdout).toContain('aria-labelledby="chart-shares-title chart-shares-desc"');
    expect(run.stdout).toContain('<td>Louis Stephen</td>');
  });

  it('keeps share bars out of piped table output', () => {
    expect(results('tally', 'fixtures/worcester-2016.csv').stdout).not.toContain('█');
  });
});

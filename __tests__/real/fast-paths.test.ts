/**
 * Speed never changes an answer (issue 17): on the whole published files, the fast table grid
 * (src/format/table-grid.ts) prints what cli-table3 alone prints.
 */
import { readFileSync } from 'node:fs';
import * as grid from '../../src/format/table-grid';
import { runCli } from '../cli/run-cli';
import { real } from './paths';

jest.setTimeout(180_000);

const files = [
  real('uk-leap-local', 'leap-2016-05-05.csv'),
  real('uk-leap-local', 'leap-2017-05-04.csv'),
  real('uk-leap-local', 'leap-2018-05-03.csv'),
  real('uk-leap-local', 'leap-2019-05-02.csv'),
  real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv'),
  real('uk-electoral-commission', 'EC-GE2015-RESULTS.csv'),
  real('uk-scotland-stv-2022', 'scotland-2022-stv-indylive.csv'),
  real('us-openelections-wi', '20200407__wi__general__ward.csv'),
];

async function withCliTable3Only<T>(work: () => Promise<T>): Promise<T> {
  const spy = jest.spyOn(grid, 'simpleGrid').mockReturnValue(null);
  try {
    return await work();
  } finally {
    spy.mockRestore();
  }
}

describe('tally tables on the published files: fast grid against cli-table3', () => {
  it.each(files)('%s', async (file) => {
    const args = ['tally', file, '--quiet'];
    const fast = await runCli(args);
    expect(fast.status).toBe(0);
    expect(fast.stdout.length).toBeGreaterThan(1000);
    expect(await withCliTable3Only(() => runCli(args))).toEqual(fast);
  });
});

describe('a real file in wide characters (issue 16 item 4): fast grid against cli-table3', () => {
  it('LEAP 2019 with every candidate named in fullwidth letters, some with combining accents or emoji sequences', async () => {
    const fullwidth = (text: string) => text.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const marks = ['', ' 👍🏽', '\u0301', ' 🇬🇧', ' 候補', ' ❤️'];
    const lines = readFileSync(real('uk-leap-local', 'leap-2019-05-02.csv'), 'utf8').split('\n');
    const input = lines
      .map((line, i) => {
        const fields = line.split('","');
        if (fields.length < 8) return line;
        fields[4] = fullwidth(fields[4]!) + marks[i % marks.length]!;
        return fields.join('","');
      })
      .join('\n');
    const args = ['tally', '-', '--quiet'];
    const fast = await runCli(args, { input });
    expect(fast.status).toBe(0);
    expect(fast.stdout).toContain('│ Ａｌａｎ Ｔｙｓｏｎ');
    expect(await withCliTable3Only(() => runCli(args, { input }))).toEqual(fast);
  });
});

describe('gains and swing of the 1918-2017 series against GE2017 (17,698 contests, none matched)', () => {
  const series = real('uk-hoc-library', '1918-2017election_results.csv');
  const ge2017 = real('uk-hoc-library', 'HoC-GE2017-results-by-candidate.csv');

  it.each(['gains', 'swing'])('%s: a person sees counts and the first few; JSON lists every contest', async (command) => {
    const table = await runCli([command, series, ge2017, '--quiet']);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Not compared: the first 10 before and 10 after');
    expect(table.stdout).toContain('17,678 more not shown; all 17,698: --format json (unmatched.before, unmatched.after)');
    expect(table.stdout.split('\n').length).toBeLessThan(200);
    const json = await runCli([command, series, ge2017, '--format', 'json', '--quiet']);
    const unmatched = JSON.parse(json.stdout).unmatched;
    expect([unmatched.before.length, unmatched.after.length]).toEqual([17048, 650]);
  });

  it.each(['gains', 'swing'])('%s: the fast grid prints what cli-table3 prints', async (command) => {
    const args = [command, series, ge2017, '--quiet'];
    const fast = await runCli(args);
    expect(await withCliTable3Only(() => runCli(args))).toEqual(fast);
  });
});

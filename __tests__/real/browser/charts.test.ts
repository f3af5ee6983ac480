/**
 * Every chart on real data, drawn by Chromium, in its wide layout and its narrow (phone) one: each has its
 * size, keeps its text apart, inside the chart and at 12 px or more, names no file, and is screenshotted.
 * With RESULTS_UPDATE_DOCS=1 the PNGs (and the SVGs) are written to docs/charts for the README.
 */
import { real } from '../paths';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, repoRoot, screenshotDir } from '../../../__browser__/chromium';
import { chartTextOutside, overlappingChartText, pathsInText, smallChartText } from '../../../__browser__/layout';

function results(...args: string[]): string {
  return execFileSync(process.execPath, [path.join(repoRoot, 'bin/results.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
}

const ge2019 = real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv');
const ge2017 = real('uk-hoc-library', 'HoC-GE2017-results-by-candidate.csv');
const leap2018 = real('uk-leap-local', 'leap-2018-05-03.csv');
const leap2016 = real('uk-leap-local', 'leap-2016-05-05.csv');

/** The `results chart` arguments of each picture. */
const charts: Record<string, string[]> = {
  'worcester-2016-shares': ['shares', 'fixtures/worcester-2016.csv'],
  'worcester-2016-seats': ['seats', 'fixtures/worcester-2016.csv'],
  // The comparison kinds of `results chart`, on the real files (the compare modules compute every figure).
  'battenhall-2016-change': ['change', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv'],
  'worcester-council-2016': ['council', 'fixtures/worcester-2016-defending.csv', '--before', 'Con=19,Lab=15,Grn=1'],
  'worcester-2016-gains': ['gains', 'fixtures/worcester-2016-defending.csv', '--baseline', 'eve-of-poll'],
  'battenhall-2016-swing': ['swing', 'fixtures/worcester-2012.csv', 'fixtures/worcester-2016.csv'],
  'worcester-2018-change': ['change', 'fixtures/worcester-2018.csv', '--previous', 'fixtures/worcester-2016.csv'],
  'worcester-2018-swing': ['swing', 'fixtures/worcester-2016.csv', 'fixtures/worcester-2018.csv'],
  'worcester-2016-map': ['map', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv'],
};

/** The same kinds on the big real elections, where the order, the Others row and the layout are tested hardest. */
const realCharts: Record<string, string[]> = {
  'ge2019-shares': ['shares', ge2019, '--source', 'House of Commons Library'],
  'ge2019-seats': ['seats', ge2019, '--source', 'House of Commons Library'],
  'ge2019-change': ['change', ge2019, '--previous', ge2017],
  'ge2019-gains': ['gains', ge2019, '--previous', ge2017],
  'ge2019-swing': ['swing', ge2017, ge2019],
  'leap-2018-shares': ['shares', leap2018],
  'leap-2018-seats': ['seats', leap2018],
  'leap-2018-gains': ['gains', leap2018, '--previous', leap2016],
  'leap-2018-change': ['change', leap2018, '--previous', leap2016],
  'ge2019-map': ['map', ge2019, '--previous', ge2017, '--source', 'House of Commons Library'],
  'leeds-2018-map': ['map', leap2018, '--council', 'Leeds', '--previous', leap2016],
};
Object.assign(charts, realCharts);

let browser: Browser;

beforeAll(async () => {
  mkdirSync(screenshotDir(), { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe.each([
  { layout: 'wide', width: 640, flags: [] as string[], suffix: '' },
  { layout: 'narrow', width: 340, flags: ['--narrow'], suffix: '-narrow' },
])('charts drawn by Chromium, $layout', ({ width, flags, suffix }) => {
  it.each(Object.keys(charts))('%s renders with its size, its text apart, inside and 12 px or more, no file names', async (name) => {
    const svg = results('chart', ...charts[name]!, ...flags, '--quiet');
    const page = await browser.newPage({ viewport: { width: Math.max(375, width + 60), height: 700 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
    const chart = page.locator('svg').first();
    const box = await chart.boundingBox();
    expect(box!.width).toBe(width);
    expect(box!.height).toBeGreaterThan(150);
    expect(errors).toEqual([]);
    expect(await overlappingChartText(page)).toEqual([]);
    expect(await chartTextOutside(page)).toEqual([]);
    expect(await smallChartText(page, 12)).toEqual([]);
    expect(await pathsInText(page)).toEqual([]);
    await chart.screenshot({ path: path.join(screenshotDir(), `${name}${suffix}.png`) });
    if (process.env.RESULTS_UPDATE_DOCS === '1') writeFileSync(path.join(screenshotDir(), `${name}${suffix}.svg`), svg);
    await page.close();
  });
});

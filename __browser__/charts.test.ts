/**
 * Every chart on real data, drawn by Chromium: each has a size and is screenshotted. With
 * RESULTS_UPDATE_DOCS=1 the PNGs (and the SVGs) are written to docs/charts for the README.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch, repoRoot, screenshotDir } from './chromium';

function results(...args: string[]): string {
  return execFileSync(process.execPath, [path.join(repoRoot, 'bin/results.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
}

const charts: Record<string, () => string> = {
  'worcester-2016-shares': () => results('chart', 'shares', 'fixtures/worcester-2016.csv'),
  'worcester-2016-seats': () => results('chart', 'seats', 'fixtures/worcester-2016.csv'),
  // The comparison kinds of `results chart`, on the real files (the compare modules compute every figure).
  'battenhall-2016-change': () => results('chart', 'change', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv'),
  'worcester-council-2016': () => results('chart', 'council', 'fixtures/worcester-2016-defending.csv', '--before', 'Con=19,Lab=15,Grn=1'),
  'worcester-2016-gains': () => results('chart', 'gains', 'fixtures/worcester-2016-defending.csv', '--baseline', 'eve-of-poll'),
  'battenhall-2016-swing': () => results('chart', 'swing', 'fixtures/worcester-2012.csv', 'fixtures/worcester-2016.csv'),
  'worcester-2018-change': () => results('chart', 'change', 'fixtures/worcester-2018.csv', '--previous', 'fixtures/worcester-2016.csv'),
  'worcester-2018-swing': () => results('chart', 'swing', 'fixtures/worcester-2016.csv', 'fixtures/worcester-2018.csv'),
};

let browser: Browser;

beforeAll(async () => {
  mkdirSync(screenshotDir(), { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('charts drawn by Chromium', () => {
  it.each(Object.keys(charts))('%s renders with a size and no errors', async (name) => {
    const svg = charts[name]!();
    const page = await browser.newPage({ viewport: { width: 700, height: 700 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`);
    const chart = page.locator('svg').first();
    const box = await chart.boundingBox();
    expect(box!.width).toBe(640);
    expect(box!.height).toBeGreaterThan(150);
    expect(errors).toEqual([]);
    await chart.screenshot({ path: path.join(screenshotDir(), `${name}.png`) });
    if (process.env.RESULTS_UPDATE_DOCS === '1') writeFileSync(path.join(screenshotDir(), `${name}.svg`), svg);
    await page.close();
  });
});

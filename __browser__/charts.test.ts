/**
 * Every chart on real data, drawn by Chromium: each has a size and is screenshotted. With
 * RESULTS_UPDATE_DOCS=1 the PNGs (and the SVGs) are written to docs/charts for the README.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { gainsChart } from '../src/format/svg/gains-bars';
import { hemicycleChart } from '../src/format/svg/hemicycle';
import { shareBarsChart } from '../src/format/svg/share-bars';
import { swingometerChart } from '../src/format/svg/swingometer';
import { battenhallShares, battenhallSwing, worcesterCouncil, worcesterGains } from '../__tests__/format/svg/worcester';
import { launch, repoRoot, screenshotDir } from './chromium';

function results(...args: string[]): string {
  return execFileSync(process.execPath, [path.join(repoRoot, 'bin/results.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
}

const charts: Record<string, () => string> = {
  'worcester-2016-shares': () => results('chart', 'shares', 'fixtures/worcester-2016.csv'),
  'worcester-2016-seats': () => results('chart', 'seats', 'fixtures/worcester-2016.csv'),
  'battenhall-2016-change': () => shareBarsChart(battenhallShares()),
  'worcester-council-2016': () => hemicycleChart(worcesterCouncil()),
  'worcester-2016-gains': () => gainsChart(worcesterGains()),
  'battenhall-2016-swing': () => swingometerChart(battenhallSwing()),
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

/**
 * The comparison page, `results tally fixtures/worcester-2016.csv --previous fixtures/worcester-2012.csv
 * --format html`, in a real browser: no console errors, no request but the page, the result lines with
 * hold / gain, and the comparison charts (change in share, gains, swing) with a real size.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './chromium';
import { openPage, pageScreenshots, writePage } from './page';

let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  pageUrl = writePage('worcester-2016-vs-2012', [
    'tally',
    'fixtures/worcester-2016.csv',
    '--previous',
    'fixtures/worcester-2012.csv',
    '--format',
    'html',
  ]);
  mkdirSync(pageScreenshots, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe('the Worcester 2016 page compared with 2012', () => {
  it('renders with no console errors and makes no request but the page itself', async () => {
    const { page, requests, errors } = await openPage(browser, pageUrl, { width: 1200, height: 900 });
    expect(errors).toEqual([]);
    expect(requests).toEqual([pageUrl]);
    await page.screenshot({ path: path.join(pageScreenshots, 'page-worcester-2016-vs-2012.png'), fullPage: true });
    await page.close();
  });

  it('shows the result line, the change in share and the net seats', async () => {
    const { page } = await openPage(browser, pageUrl, { width: 1200, height: 900 });
    const text = await page.locator('main').innerText();
    expect(text).toContain('Battenhall: Green gain from Conservative, majority 194 (1,081 vs 887)');
    expect(text).toContain('change in share: Green +38.2, Conservative -7.1, Labour -26.5, UKIP new, Liberal Democrats -8.7');
    expect(text).toContain('Net seats');
    await page.close();
  });

  it('draws the change, gains and swing charts with a real size', async () => {
    const { page } = await openPage(browser, pageUrl, { width: 1200, height: 900 });
    for (const id of ['chart-change', 'chart-gains', 'chart-swing']) {
      const chart = page.locator(`svg[aria-labelledby="${id}-title ${id}-desc"]`);
      expect(await chart.count()).toBe(1);
      const box = await chart.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.width).toBeGreaterThan(200);
      // Two parties moved seats in Battenhall, so the gains chart is two rows: short, but not empty.
      expect(box!.height).toBeGreaterThan(100);
    }
    await page.close();
  });

  it('fits a phone screen', async () => {
    const { page } = await openPage(browser, pageUrl, { width: 375, height: 740 });
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

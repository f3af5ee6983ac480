/**
 * The results page for Worcester 2016 in a real browser: it renders with no console errors and no requests
 * beyond the page itself, its charts have a size, the headline lines are there, and it fits a phone's width.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from './chromium';
import { openPage, pageScreenshots as screenshots, writePage } from './page';

let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  pageUrl = writePage('worcester-2016', ['tally', 'fixtures/worcester-2016.csv', '--format', 'html']);
  mkdirSync(screenshots, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const open = (viewport: { width: number; height: number }) => openPage(browser, pageUrl, viewport);

describe('the Worcester 2016 results page', () => {
  it('renders with no console errors and makes no request but the page itself', async () => {
    const { page, requests, errors } = await open({ width: 1200, height: 900 });
    expect(errors).toEqual([]);
    expect(requests).toEqual([pageUrl]);
    await page.screenshot({ path: path.join(screenshots, 'page-worcester-2016.png'), fullPage: true });
    await page.close();
  });

  it('shows the headline lines', async () => {
    const { page } = await open({ width: 1200, height: 900 });
    const text = await page.locator('main').innerText();
    expect(text).toContain('Battenhall: Green, majority 194 (1,081 vs 887)');
    expect(text).toContain('Warndon: Labour, majority 265 (564 vs 299)');
    expect(text).toContain('Worcester: party totals');
    await page.close();
  });

  it('draws the charts (vote share, seats won, the ward map) with a real size', async () => {
    const { page } = await open({ width: 1200, height: 900 });
    // The wide layouts; the narrow ones are hidden at this width.
    const charts = page.locator('figure .wide svg');
    expect(await charts.count()).toBe(3);
    for (let i = 0; i < 3; i += 1) {
      const box = await charts.nth(i).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(150);
    }
    expect(await charts.nth(0).getAttribute('aria-labelledby')).toBe('chart-shares-title chart-shares-desc');
    await page.close();
  });

  it('fits a phone screen: nothing wider than the viewport but the scrolling table boxes', async () => {
    const { page } = await open({ width: 375, height: 740 });
    // A string, evaluated in the page: the test itself is compiled without the DOM library.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    // The narrow layout, at its own width: not the wide one shrunk.
    const chart = await page.locator('figure .narrow svg').first().boundingBox();
    expect(chart!.width).toBe(340);
    expect(await page.locator('figure .wide svg').first().boundingBox()).toBeNull();
    await page.screenshot({ path: path.join(screenshots, 'page-worcester-2016-phone.png'), fullPage: true });
    await page.close();
  });

  it('prints: the charts keep their size under print styles', async () => {
    const { page } = await open({ width: 800, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('figure .wide svg').nth(1).boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(150);
    await page.close();
  });
});

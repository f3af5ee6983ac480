/**
 * The results page for Worcester 2016 in a real browser: it renders with no console errors and no requests
 * beyond the page itself, its charts have a size, the headline lines are there, and it fits a phone's width.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launch, repoRoot } from './chromium';

/** Page screenshots are for looking at after a run, not for the docs (they are large): a scratch folder. */
const screenshots = path.join(repoRoot, '__browser__', 'screenshots');

let browser: Browser;
let pageUrl: string;

beforeAll(async () => {
  const html = execFileSync(process.execPath, [path.join(repoRoot, 'bin/results.js'), 'tally', 'fixtures/worcester-2016.csv', '--format', 'html'], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    encoding: 'utf8',
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'results-page-')), 'worcester-2016.html');
  writeFileSync(file, html);
  pageUrl = pathToFileURL(file).href;
  mkdirSync(screenshots, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the page, recording every request and every console error or uncaught exception on the way. */
async function open(viewport: { width: number; height: number }): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(pageUrl, { waitUntil: 'load' });
  return { page, requests, errors };
}

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

  it('draws both charts (vote share, seats won) with a real size', async () => {
    const { page } = await open({ width: 1200, height: 900 });
    const charts = page.locator('figure svg');
    expect(await charts.count()).toBe(2);
    for (let i = 0; i < 2; i += 1) {
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
    const chart = await page.locator('figure svg').first().boundingBox();
    expect(chart!.width).toBeGreaterThan(300);
    expect(chart!.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(screenshots, 'page-worcester-2016-phone.png'), fullPage: true });
    await page.close();
  });

  it('prints: the charts keep their size under print styles', async () => {
    const { page } = await open({ width: 800, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('figure svg').nth(1).boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(150);
    await page.close();
  });
});

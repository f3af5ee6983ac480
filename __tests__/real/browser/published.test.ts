/**
 * The pages and charts a newsroom would publish, on real elections, in Chromium at a desktop width (1200 px)
 * and a phone's (375 px): Worcester 2016 against 2012 (the fixtures), and from ../shared/data/real GE2019
 * against GE2017 (Commons Library) and LEAP 2018 against 2016 (every council that polled). Each must fit
 * the width, keep its chart text apart and at 12 px or more, and show no file path; the charts rank their
 * bars by what they show.
 */
import { real } from '../paths';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../../../__browser__/chromium';
import { chartTextOutside, overlappingChartText, pathsInText, sidewaysOverflow, smallChartText } from '../../../__browser__/layout';
import { openPage, pageScreenshots, writePage } from '../../../__browser__/page';

const pages: Record<string, { args: string[]; real: boolean }> = {
  'worcester-2016': { args: ['tally', 'fixtures/worcester-2016.csv', '--previous', 'fixtures/worcester-2012.csv'], real: false },
  'worcester-2012': { args: ['tally', 'fixtures/worcester-2012.csv'], real: false },
  ge2019: {
    args: [
      'tally',
      real('uk-hoc-library', 'HoC-GE2019-results-by-candidate.csv'),
      '--previous',
      real('uk-hoc-library', 'HoC-GE2017-results-by-candidate.csv'),
    ],
    real: true,
  },
  ge2017: { args: ['tally', real('uk-hoc-library', 'HoC-GE2017-results-by-candidate.csv')], real: true },
  'leap-2018': {
    args: ['tally', real('uk-leap-local', 'leap-2018-05-03.csv'), '--previous', real('uk-leap-local', 'leap-2016-05-05.csv')],
    real: true,
  },
  'leap-2016': { args: ['tally', real('uk-leap-local', 'leap-2016-05-05.csv')], real: true },
};
const names = Object.keys(pages);
const widths = [1200, 375];

let browser: Browser;
const urls: Record<string, string> = {};

beforeAll(async () => {
  for (const name of names) urls[name] = writePage(`published-${name}`, [...pages[name]!.args, '--format', 'html', '--quiet']);
  mkdirSync(pageScreenshots, { recursive: true });
  browser = await launch();
}, 300000);

afterAll(async () => {
  await browser?.close();
});

describe.each(names)('the %s page', (name) => {
  it.each(widths)('at %i px: fits the width, chart text apart, inside its chart and 12 px or more, no file paths', async (width) => {
    const { page, errors } = await openPage(browser, urls[name]!, { width, height: 900 });
    expect(errors).toEqual([]);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallChartText(page, 12)).toEqual([]);
    expect(await overlappingChartText(page)).toEqual([]);
    expect(await chartTextOutside(page)).toEqual([]);
    expect(await pathsInText(page)).toEqual([]);
    await page.screenshot({ path: path.join(pageScreenshots, `published-${name}-${width}.png`) });
    await page.close();
  });

  it('ranks the bars of the shares chart by share, Others last', async () => {
    const { page } = await openPage(browser, urls[name]!, { width: 1200, height: 900 });
    const rows = await page.locator('svg[aria-labelledby="chart-shares-title chart-shares-desc"] g > title').allTextContents();
    const shares = rows.map((row) => ({ party: row.split(':')[0], share: Number(/([\d.]+)% of the vote/.exec(row)![1]) }));
    const ranked = shares.filter((s) => s.party !== 'Others').map((s) => s.share);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    if (shares.some((s) => s.party === 'Others')) expect(shares.at(-1)!.party).toBe('Others');
    await page.close();
  });
});

describe('a big election on its first screen', () => {
  const ge = it;
  ge('GE2019 shows the national result first: the party totals with the Conservatives 365 seats, then the chamber', async () => {
    const { page } = await openPage(browser, urls.ge2019!, { width: 1200, height: 900 });
    const first = await page.locator('main').innerText();
    expect(first.indexOf('Conservative')).toBeLessThan(first.indexOf('Charts'));
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    // Was 240,000 px with 650 headline lines before the first chart.
    expect(height).toBeLessThan(12000);
    await page.close();
  });
});

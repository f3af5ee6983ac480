/** Writing a results page from `results tally ... --format html` and opening it in Chromium, watching for errors and requests. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from './chromium';

/** Page screenshots are for looking at after a run, not for the docs (they are large): a scratch folder. */
export const pageScreenshots = path.join(repoRoot, '__browser__', 'screenshots');

/** Runs `results` with these arguments and writes its stdout to a temporary HTML file; its file:// URL. */
export function writePage(name: string, args: readonly string[]): string {
  const html = execFileSync(process.execPath, [path.join(repoRoot, 'bin/results.js'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    encoding: 'utf8',
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'results-page-')), `${name}.html`);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

/** Opens the page, recording every request and every console error or uncaught exception on the way. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

/**
 * Headless Chromium for the browser tests: Debian's `chromium` (apt-get install chromium), driven by
 * playwright-core, which downloads no browser of its own. Set CHROMIUM_PATH to use another binary.
 * The flags keep the browser from reaching the network on its own (updates, sync, QUIC probes), so the only
 * requests a test sees are the page's.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const repoRoot = path.resolve(__dirname, '..');

/**
 * Where screenshots go: a scratch folder by default; docs/charts when RESULTS_UPDATE_DOCS=1, to refresh the
 * pictures the README shows (`npm run docs:charts`).
 */
export function screenshotDir(): string {
  return process.env.RESULTS_UPDATE_DOCS === '1'
    ? path.join(repoRoot, 'docs', 'charts')
    : path.join(repoRoot, '__browser__', 'screenshots');
}

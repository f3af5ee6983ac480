/**
 * The browser tests: the results page and the charts rendered in headless Chromium (Debian's `chromium`,
 * driven by playwright-core). Kept out of `npm test` so the unit suite runs on a machine without a browser;
 * run with `npm run test:browser` after `npm run build`.
 */
module.exports = {
  testEnvironment: 'node',
  rootDir: '..',
  // Only what the repository holds (fixtures/): the pages and charts of the real published files are
  // __tests__/real/browser, run by `npm run test:real:browser` (their own config there).
  roots: ['<rootDir>/__browser__'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
};

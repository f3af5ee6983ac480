/**
 * The browser tests: the results page and the charts rendered in headless Chromium (Debian's `chromium`,
 * driven by playwright-core). Kept out of `npm test` so the unit suite runs on a machine without a browser;
 * run with `npm run test:browser` after `npm run build`.
 */
module.exports = {
  testEnvironment: 'node',
  rootDir: '..',
  // __tests__/real/browser: the pages and charts of the real files in ../shared/data/real (see __tests__/real/paths.ts).
  roots: ['<rootDir>/__browser__', '<rootDir>/__tests__/real/browser'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
};

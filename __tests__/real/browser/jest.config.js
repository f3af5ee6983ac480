/**
 * `npm run test:real:browser`: the results page and charts of the real files in ../shared/data/real, in headless
 * Chromium. Needs both the published files beside the repository (__tests__/real/paths.ts fails without them)
 * and a browser, so it is neither in `npm test` nor in `npm run test:browser`; `.ci/run` runs it with the others.
 */
module.exports = {
  testEnvironment: 'node',
  rootDir: '../../..',
  roots: ['<rootDir>/__tests__/real/browser'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
};

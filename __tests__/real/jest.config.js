/**
 * `npm run test:real`: the tests on the full published files in ../shared/data/real (beside the repository;
 * see __tests__/real/paths.ts). Kept out of `npm test`, which must pass on a fresh clone; here a missing
 * folder fails every suite (paths.ts) rather than skipping tests.
 */
module.exports = {
  testEnvironment: 'node',
  rootDir: '../..',
  roots: ['<rootDir>/__tests__/real'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts'],
  // The browser suites on real files run with the other browser tests (npm run test:browser, in .ci/run).
  testPathIgnorePatterns: ['/__tests__/real/browser/'],
  testTimeout: 120000,
};

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
  testTimeout: 120000,
};

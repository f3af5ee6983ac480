/**
 * `npm test`: the unit and CLI tests on the repository alone. ts-jest runs the TypeScript sources; the CLI
 * tests run the program in-process (__tests__/cli/run-cli.ts) and spawn the built binary only for the
 * smoke tests that need a real process. The tests on the full published files beside the repository
 * (__tests__/real/) are `npm run test:real` (__tests__/real/jest.config.js): a fresh clone has no ../shared.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/real/'],
  testTimeout: 60000,
};

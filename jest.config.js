/** Jest runs the TypeScript sources through ts-jest; CLI tests spawn the built binary (bin/results.js). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
};

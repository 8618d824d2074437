/** End-to-end tests: the production build in Debian's Chromium (npm run test:e2e). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testMatch: ['**/*.e2e.test.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
};

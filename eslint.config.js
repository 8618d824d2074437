// ESLint 9 flat config: typescript-eslint's recommended rules over src and test, plus Microsoft's
// Office add-in rules (load before read, sync before read, no sync in a loop, isNullObject).
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'scratch/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/web/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The fake implements Word's proxies itself; it is not a client of the Office API.
    files: ['test/fakes/**/*.ts'],
    rules: {
      'office-addins/load-object-before-read': 'off',
      'office-addins/call-sync-before-read': 'off',
    },
  },
);

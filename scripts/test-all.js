#!/usr/bin/env node
// Runs every test of the project and prints one plain summary line "N passed, N failed":
// the build, the unit and component tests (jest), the end-to-end tests in Chromium, the linter
// and the offline manifest validation. Each jest test counts once; the other steps count one each.
'use strict';
const { spawnSync } = require('child_process');
const { existsSync, readFileSync, mkdirSync } = require('fs');
const { join } = require('path');

const root = join(__dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

function jestSuite(label, config) {
  const out = join(results, `${label}.json`);
  const ok = run(label, 'npx', ['jest', '--config', config, '--json', `--outputFile=${out}`]);
  if (!existsSync(out)) {
    failed += 1;
    failures.push(`${label} (jest ran no tests)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load has no failed tests of its own but must not pass silently.
  const brokenSuites = report.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed'));
  failed += brokenSuites.length;
  for (const s of report.testResults) {
    for (const a of s.assertionResults) if (a.status === 'failed') failures.push(`${label}: ${a.fullName}`);
  }
  for (const s of brokenSuites) failures.push(`${label}: suite ${s.name} could not run`);
  if (!ok && report.numFailedTests === 0 && brokenSuites.length === 0) {
    failed += 1;
    failures.push(`${label} (jest exited non-zero)`);
  }
}

step('build', 'npm', ['run', 'build']);
jestSuite('unit', 'jest.config.js');
if (existsSync(join(root, 'jest.e2e.config.js'))) jestSuite('e2e', 'jest.e2e.config.js');
step('lint', 'npm', ['run', 'lint']);
step('validate manifest', 'npm', ['run', 'validate']);

if (failures.length > 0) process.stdout.write(`\nFailed:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;

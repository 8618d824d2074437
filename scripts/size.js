#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- a plain Node script */
// Prints the gzipped size of every script in dist/ and fails when the task pane outgrows its budget.
// The build names scripts <entry>.<contenthash>.js; budgets are per entry.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dist = path.resolve(__dirname, '..', 'dist');
const BUDGET_KB = { 'taskpane.js': 250 };

if (!fs.existsSync(dist)) {
  console.error('dist/ ontbreekt: voer eerst "npm run build" uit.');
  process.exit(2);
}
let over = false;
const files = fs.readdirSync(dist).filter((f) => f.endsWith('.js')).sort();
for (const file of files) {
  const bytes = fs.readFileSync(path.join(dist, file));
  const gzipped = zlib.gzipSync(bytes, { level: 9 }).length;
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  const budget = BUDGET_KB[file.replace(/\.[0-9a-f]{8,}\.js$/, '.js')];
  const verdict = budget === undefined ? '' : gzipped / 1024 <= budget ? `  (budget ${budget} KB: ok)` : `  (budget ${budget} KB: TE GROOT)`;
  if (budget !== undefined && gzipped / 1024 > budget) over = true;
  console.log(`${file.padEnd(36)} ${kb(bytes.length)} KB  gzip ${kb(gzipped)} KB${verdict}`);
}
process.exit(over ? 1 : 0);

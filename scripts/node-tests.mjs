#!/usr/bin/env node
// Runs test/node/**/*.test.mjs with Node's test runner and writes the counts to the file named by argv[2].
// argv[3] names another test folder (e.g. test/hostile), argv[4] how many files run at once (default 1).
import {run} from 'node:test';
import {spec} from 'node:test/reporters';
import {readdirSync, writeFileSync, mkdirSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';

const out = process.argv[2] ?? '.test-results/node.json';
const dir = process.argv[3] ?? 'test/node';
// The longest files start first, so that running two at a time both lanes finish together instead of one long
// file starting last and running alone (about 1.5 minutes each, measured in CI); the rest in name order (the
// file system's own order differs between machines).
const LONGEST_FIRST = [
  'integrations/wordpress/e2e',
  'builder/chromium',
  'builder/firefox',
  'storybook',
  'integrations/server-render/equivalence',
  'integrations/wordpress/wordpress-6.5',
  'loader',
  'mixed-loading',
];
const rank = (file) => {
  const at = LONGEST_FIRST.findIndex((name) => file === `${name}.test.mjs`);
  return at < 0 ? LONGEST_FIRST.length : at;
};
const files = readdirSync(dir, {recursive: true})
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => f.split('\\').join('/'))
  .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
  .map((f) => join(dir, f));

const counts = {passed: 0, failed: 0, skipped: 0};
// A test that hangs (a page that never answers) fails after 15 minutes instead of holding up the whole run;
// the longest, the 1,000-run fuzz of one element on a busy machine, takes about 9.
const stream = run({files, concurrency: Number(process.argv[4] ?? 1), timeout: 15 * 60_000});
// Each test module's wall time, from the moment it starts (dequeued) to its last test's report: printed at the end,
// longest first, to show where a run's time goes and whether LONGEST_FIRST still names the longest files.
const spans = new Map();
stream.on('test:dequeue', ({file}) => {
  // A file's first dequeue is its own, as it starts (the event names it as given, `file` is absolute).
  if (file && !spans.has(file)) spans.set(file, {first: Date.now()});
});
for (const event of ['test:pass', 'test:fail']) {
  stream.on(event, ({file}) => {
    if (spans.has(file)) spans.get(file).last = Date.now();
  });
}
stream.on('test:pass', (e) => {
  if (e.details?.type === 'suite') return;
  if (e.skip || e.todo) counts.skipped++;
  else counts.passed++;
});
stream.on('test:fail', (e) => {
  if (e.details?.type !== 'suite') counts.failed++;
});
const report = stream.compose(spec);
report.pipe(process.stdout, {end: false});
report.on('end', () => {
  const seconds = [...spans].map(([file, {first, last = first}]) => [(last - first) / 1000, relative('.', file)]);
  // Node reports each test under the module that defines it: scenarios shared by two entry files span both.
  console.log('\nSeconds per test module (its start to its last result), longest first:');
  for (const [s, file] of seconds.sort((a, b) => b[0] - a[0])) console.log(`${s.toFixed(1).padStart(7)}  ${file}`);
});
stream.on('end', () => {
  mkdirSync(dirname(out), {recursive: true});
  writeFileSync(out, JSON.stringify(counts));
  process.exitCode = counts.failed ? 1 : 0;
});

#!/usr/bin/env node
// Runs test/node/**/*.test.mjs with Node's test runner and writes the counts to the file named by argv[2].
// argv[3] names another test folder (e.g. test/hostile), argv[4] how many files run at once (default 1).
import {run} from 'node:test';
import {spec} from 'node:test/reporters';
import {existsSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {basename, dirname, join, relative, resolve} from 'node:path';

const out = process.argv[2] ?? '.test-results/node.json';
const dir = process.argv[3] ?? 'test/node';
// The longest files start first, so that running two at a time both lanes finish together instead of one long
// file starting last and running alone; the rest in name order (the file system's own order differs between
// machines). Longest as measured alone, one file at a time (2026-12-06): 22 to 57 s each.
const LONGEST_FIRST = [
  'storybook',
  'builder/chromium',
  'snippets',
  'reserved-space',
  'integrations/wordpress/e2e',
  'builder/firefox',
  'loader',
  'contrast',
  'demo',
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

// Each file's process reports its wall time into this file as it exits (printed at the end).
const usageFile = join(dirname(out), `${basename(out, '.json')}-usage.jsonl`);
mkdirSync(dirname(out), {recursive: true});
rmSync(usageFile, {force: true});
process.env.SENSIQ_TEST_USAGE = resolve(usageFile);
const hook = new URL('./lib/test-file-usage.mjs', import.meta.url).href;
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import=${hook}`.trim();

const counts = {passed: 0, failed: 0, skipped: 0};
// A test that hangs (a page that never answers) fails after 15 minutes instead of holding up the whole run;
// the longest, the 1,000-run fuzz of one element on a busy machine, takes about 9.
const stream = run({files, concurrency: Number(process.argv[4] ?? 1), timeout: 15 * 60_000});
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
  // Written by each file's process as it exits (scripts/lib/test-file-usage.mjs).
  const usage = existsSync(usageFile)
    ? readFileSync(usageFile, 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
  console.log("\nSeconds per test file, its process's start to exit, longest first:");
  for (const {file, wall} of usage.sort((a, b) => b.wall - a.wall)) {
    console.log(`${wall.toFixed(1).padStart(7)}  ${relative('.', file)}`);
  }
});
stream.on('end', () => {
  writeFileSync(out, JSON.stringify(counts));
  process.exitCode = counts.failed ? 1 : 0;
});

#!/usr/bin/env node
// Before and after, side by side: the bench's pages with this checkout's dist/ and with another commit's, loaded
// cold in one interleaved run (bench/settings.mjs: the phone, or the desktop for desktop-* pages; 4× CPU), so
// that a change is measured against the same machine at the same moment. Run `npm run bench -- --runs=0` first
// (it writes bench/out/), then:
//   node bench/compare.mjs <commit> [rounds] [--network=slow] page...
//   node bench/compare.mjs HEAD~1 9 faq-floor faq-builder-code desktop-builder-code
// Pages are bench/out/ file names without .html; each one that loads dist/ also runs as "<page> @<commit>".
// The other commit is built once in a git worktree under bench/out/ (its node_modules is this one's).
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {medianRange} from './format.mjs';
import {DESKTOP, throttledPage} from './settings.mjs';
import {startBenchServer} from './server.mjs';
import {launchChromium} from '../test/node/helpers/browser.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const network = process.argv.find((a) => a.startsWith('--network='))?.split('=')[1] ?? 'slow';
const [commit, ...rest] = args;
const rounds = /^\d+$/.test(rest[0] ?? '') ? Number(rest.shift()) : 9;
if (!commit || !rest.length) {
  console.error('usage: node bench/compare.mjs <commit> [rounds] [--network=slow] page...');
  process.exit(1);
}
const git = (...command) => execFileSync('git', command, {encoding: 'utf8'}).trim();
const sha = git('rev-parse', '--short', commit);

/** Builds `sha` in a worktree and copies its dist/ to bench/out/dist-<sha>, once. */
function buildOther() {
  const dist = `bench/out/dist-${sha}`;
  if (existsSync(dist)) return dist;
  const tree = resolve(`bench/out/tree-${sha}`);
  rmSync(tree, {recursive: true, force: true});
  git('worktree', 'add', '--force', '--detach', tree, sha);
  try {
    symlinkSync(resolve('node_modules'), `${tree}/node_modules`);
    execFileSync('npm', ['run', 'build', '--silent'], {cwd: tree, stdio: 'inherit'});
    cpSync(`${tree}/dist`, dist, {recursive: true});
  } finally {
    git('worktree', 'remove', '--force', tree);
  }
  return dist;
}

const other = buildOther();
const pages = rest.flatMap((name) => {
  const html = readFileSync(`bench/out/${name}.html`, 'utf8');
  if (!html.includes('/dist/')) return [{name, file: name}];
  const file = `${name}@${sha}`;
  writeFileSync(`bench/out/${file}.html`, html.replaceAll('/dist/', `/${other}/`));
  return [
    {name, file: name},
    {name: `${name} @${sha}`, file},
  ];
});

/** One cold load: what the bench's probe saw (bench/run.mjs reads it the same way). */
async function load(browser, origin, {name, file}) {
  const device = name.startsWith('desktop') ? {device: DESKTOP} : {};
  const {page, errors, close} = await throttledPage(browser, network, device);
  try {
    await page.goto(`${origin}/bench/out/${file}.html`, {waitUntil: 'load'});
    await page.evaluate(() => window.bench.ready);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 500))))
    );
    const {lcp, fcp, cls, longTasks} = await page.evaluate(() => window.bench);
    if (errors.length) throw new Error(`${file}: ${errors.join('; ')}`);
    return {
      lcp,
      cls,
      longest: Math.max(0, ...longTasks.map((task) => task.duration)),
      tbt: longTasks
        .filter((task) => task.start >= fcp)
        .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    };
  } finally {
    await close();
  }
}

const server = await startBenchServer();
const browser = await launchChromium();
const samples = new Map(pages.map((page) => [page, []]));
try {
  await load(browser, server.origin, pages[0]); // discarded: the browser's own start-up work
  for (let round = 1; round <= rounds; round++) {
    process.stdout.write(`round ${round}/${rounds}\r`);
    for (const page of [...pages].sort(() => Math.random() - 0.5))
      samples.get(page).push(await load(browser, server.origin, page));
  }
} finally {
  await browser.close();
  await server.close();
}

const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {median: sorted[(sorted.length - 1) >> 1], min: sorted[0], max: sorted.at(-1)};
};
console.log(
  `\n${rounds} interleaved cold loads per page, ${network} network, median (min–max), ms (CLS: the largest)\n`
);
console.log('| page | LCP | longest task | TBT | CLS |\n| --- | --- | --- | --- | --- |');
for (const [page, runs] of samples) {
  const of = (key) => medianRange(summary(runs.map((run) => run[key])));
  console.log(
    `| ${page.name} | ${of('lcp')} | ${of('longest')} | ${of('tbt')} | ${Math.max(...runs.map((r) => r.cls)).toFixed(3)} |`
  );
}

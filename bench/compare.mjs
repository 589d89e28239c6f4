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
import {measurePage, shuffle, summary} from './measure.mjs';
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

const missing = rest.filter((name) => !existsSync(`bench/out/${name}.html`));
if (missing.length) {
  console.error(`bench/out/ has no ${missing.join(', ')}: write the pages first, \`npm run bench -- --runs=0\`.`);
  process.exit(1);
}
const other = buildOther();
const pages = rest.flatMap((name) => {
  const html = readFileSync(`bench/out/${name}.html`, 'utf8');
  // The desktop scenario's pages load on the desktop screen, as in `npm run bench`.
  const device = name.startsWith('desktop-') ? 'desktop' : undefined;
  const page = {name, path: `/bench/out/${name}.html`, device};
  if (!html.includes('/dist/')) return [page];
  writeFileSync(`bench/out/${name}@${sha}.html`, html.replaceAll('/dist/', `/${other}/`));
  return [page, {name: `${name} @${sha}`, path: `/bench/out/${name}@${sha}.html`, device}];
});

const server = await startBenchServer();
const browser = await launchChromium();
const samples = new Map(pages.map((page) => [page, []]));
try {
  await measurePage(browser, server.origin, pages[0], network); // discarded: the browser's own start-up work
  for (let round = 1; round <= rounds; round++) {
    process.stdout.write(`round ${round}/${rounds}\r`);
    for (const page of shuffle([...pages]))
      samples.get(page).push(await measurePage(browser, server.origin, page, network));
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `\n${rounds} interleaved cold loads per page, ${network} network, median (min–max), ms (CLS: the largest)\n`
);
console.log('| page | LCP | longest task | TBT | blocking, all | CLS |\n| --- | --- | --- | --- | --- | --- |');
for (const [page, runs] of samples) {
  const of = (key) => medianRange(summary(runs.map((run) => run[key])));
  console.log(
    `| ${page.name} | ${of('lcp')} | ${of('longest')} | ${of('tbt')} | ${of('blocking')} | ${Math.max(...runs.map((r) => r.cls)).toFixed(3)} |`
  );
}

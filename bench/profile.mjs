#!/usr/bin/env node
// Where a bench page's main-thread JavaScript time goes: loads bench/out/<page>.html (written by
// `npm run bench`) cold in Chromium with the bench's device, CPU slowdown and network (bench/settings.mjs),
// samples the V8 CPU profiler, and prints self time per function and per file, averaged over the loads.
// Function names and columns are those of the minified file; look a column up in the file's sourcemap.
//   node bench/profile.mjs faq-loader [loads] [--network=slow]
import {existsSync, readdirSync} from 'node:fs';
import {CPU_SLOWDOWN, throttledPage} from './settings.mjs';
import {startBenchServer} from './server.mjs';
import {launchChromium} from '../test/node/helpers/browser.mjs';

const network = process.argv.find((a) => a.startsWith('--network='))?.split('=')[1] ?? 'loopback';
const [name = 'faq-loader', loads = 5] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!existsSync(`bench/out/${name}.html`)) {
  const pages = existsSync('bench/out') ? readdirSync('bench/out').filter((f) => f.endsWith('.html')) : [];
  console.error(`bench/out/${name}.html is missing: run \`npm run bench\` first.`);
  if (pages.length) console.error(`Pages: ${pages.map((f) => f.slice(0, -5)).join(', ')}`);
  process.exit(1);
}

const server = await startBenchServer();
const browser = await launchChromium();
const selfTime = new Map(); // "function file:column" -> ms per load

for (let load = 0; load < loads; load++) {
  // A fresh context each time: a cold cache. The probe is left out: it is not the page's own work.
  const {page, cdp, close} = await throttledPage(browser, network, {probe: null});
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 100});
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/bench/out/${name}.html`);
  await page.waitForTimeout(1500);
  const {profile} = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const {functionName, url, columnNumber} = nodes.get(id).callFrame;
    if (!url) return; // (idle), (program), (garbage collector): the browser's own work
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${columnNumber}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / loads);
  });
  await close();
}
await browser.close();
await server.close();

const ms = (value) => value.toFixed(1).padStart(7);
console.log(
  `${name}: JavaScript self time, ms per load (${loads} cold loads, ${CPU_SLOWDOWN}× CPU slowdown, ${network})\n`
);
for (const [key, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(time)}  ${key}`);
const byFile = new Map();
for (const [key, time] of selfTime) {
  const file = key.slice(key.lastIndexOf(' ') + 1, key.lastIndexOf(':'));
  byFile.set(file, (byFile.get(file) ?? 0) + time);
}
console.log('\nby file');
for (const [file, time] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(`${ms(time)}  ${file}`);

#!/usr/bin/env node
// Where a bench page's main-thread JavaScript time goes: loads bench/out/<page>.html (written by
// `npm run bench`) cold in Chromium at 4× CPU slowdown, samples the V8 CPU profiler, and prints self time per
// function and per file, averaged over the loads. Function names and columns are those of the minified file;
// look a column up in the file's sourcemap.
//   node scripts/profile.mjs faq-loader [loads]
import {existsSync} from 'node:fs';
import {startServer} from '../test/node/helpers/server.mjs';
import {launchChromium} from '../test/node/helpers/browser.mjs';

const name = process.argv[2] ?? 'faq-loader';
const loads = Number(process.argv[3] ?? 5);
if (!existsSync(`bench/out/${name}.html`)) {
  console.error(`bench/out/${name}.html is missing: run \`npm run bench\` first.`);
  process.exit(1);
}

const server = await startServer();
const browser = await launchChromium();
const selfTime = new Map(); // "function file:column" -> ms per load

for (let load = 0; load < loads; load++) {
  // The bench's phone profile: a fresh context is a cold cache.
  const context = await browser.newContext({viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
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
  await context.close();
}
await browser.close();
server.close();

const ms = (value) => value.toFixed(1).padStart(7);
console.log(`${name}: JavaScript self time, ms per load (${loads} cold loads, 4× CPU slowdown)\n`);
for (const [key, time] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(time)}  ${key}`);
const byFile = new Map();
for (const [key, time] of selfTime) {
  const file = key.slice(key.lastIndexOf(' ') + 1, key.lastIndexOf(':'));
  byFile.set(file, (byFile.get(file) ?? 0) + time);
}
console.log('\nby file');
for (const [file, time] of [...byFile].sort((a, b) => b[1] - a[1])) console.log(`${ms(time)}  ${file}`);

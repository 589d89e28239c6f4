#!/usr/bin/env node
// The last bench run (bench/results.json, or the file given) as Markdown tables for bench/README.md: per
// scenario and network, what issues 15 and 24 ask about, medians with (min–max); Lighthouse's figures if it ran.
//   node bench/summary.mjs [results.json]
import {readFileSync} from 'node:fs';
import {kb, LIGHTHOUSE_COLUMNS, lighthouseCells, medianRange as range} from './format.mjs';

const results = JSON.parse(readFileSync(process.argv[2] ?? 'bench/results.json', 'utf8'));
const cls = (n) => (n === 0 ? '0' : n.toFixed(3));

console.log(
  `${results.browser}, ${results.cpuSlowdown}× CPU slowdown, ${results.runs} runs, ${results.date}` +
    (results.seconds ? `, ${results.seconds} s of loads` : '') +
    (results.loadAverage
      ? `, load average ${results.loadAverage.start.toFixed(1)} at the start and ${results.loadAverage.end?.toFixed(1)} at the end`
      : '')
);
for (const [network, scenarios] of Object.entries(results.scenarios)) {
  for (const [scenario, pages] of Object.entries(scenarios)) {
    const floor = pages.floor.lcp.median;
    const toggles = Object.values(pages).some((m) => m.toggle);
    console.log(
      `\n| ${scenario}, ${network} | sent (JS) | JS in | ready | LCP | LCP÷floor | CLS p75 | CLS | longest task | TBT | blocking, all |${toggles ? ' toggle |' : ''}`
    );
    console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |${toggles ? ' --- |' : ''}`);
    for (const [name, m] of Object.entries(pages)) {
      const row = [
        name,
        `${kb(m.bytes.total.sent ?? m.bytes.total.brotli)} (${kb(m.bytes.js.sent ?? m.bytes.js.brotli)})`,
        m.jsIn?.max ? range(m.jsIn) : '–',
        range(m.ready),
        range(m.lcp),
        (m.lcp.median / floor).toFixed(2),
        cls(m.cls.p75),
        range(m.cls, cls),
        range(m.longest),
        m.tbt ? range(m.tbt) : '–',
        m.blocking ? range(m.blocking) : '–', // results.json files written before it was measured have none
        ...(toggles ? [range(m.toggle)] : []),
      ];
      console.log(`| ${row.join(' | ')} |`);
    }
  }
}

const lighthouse = results.lighthouse;
for (const [scenario, pages] of Object.entries(lighthouse?.pages ?? {})) {
  const floor = pages.floor?.lcp.median;
  const [, ...columns] = LIGHTHOUSE_COLUMNS;
  console.log(
    `\n| ${scenario}, Lighthouse ${lighthouse.version} mobile, ${lighthouse.runs} runs | ${columns.join(' | ')} |`
  );
  console.log(`|${' --- |'.repeat(LIGHTHOUSE_COLUMNS.length)}`);
  for (const [name, m] of Object.entries(pages)) console.log(`| ${lighthouseCells(name, m, floor, cls).join(' | ')} |`);
}

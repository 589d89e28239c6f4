#!/usr/bin/env node
// `npm run bench` (after `npm run build`): loads every bench page (bench/pages.mjs) in headless Chromium at
// 4× CPU slowdown on a phone screen (the desktop scenario on a desktop one), on each network
// (bench/settings.mjs), several cold runs each, interleaved, and prints medians (min–max) of bytes, paint, layout shift, long tasks, script time, render
// and toggle latency, with the issues' targets (bench/targets.mjs) marked met or missed; writes everything to
// bench/results.json. Not a test: numbers vary by machine. See bench/README.md.
// Options: --runs=N (default 7), --only=faq,article,takeaways,red-flags,desktop,scale,
// --network=loopback|slow|loopback,slow (default loopback),
// --pages=loader,loader-modulepreload (pages by file name without the scenario; the floor always runs),
// --lighthouse (Lighthouse's mobile run too: 3 runs of each scenario's floor, builder code, snippet and peers; with
// --runs=0, Lighthouse alone)
import {copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {build as viteBuild} from 'vite';
import {benchPages, scalingPages} from './pages.mjs';
import {kb, LIGHTHOUSE_COLUMNS, lighthouseCells, medianRange as cell, ms} from './format.mjs';
import {LIGHTHOUSE_VERSION, lighthouseRuns} from './lighthouse.mjs';
import {measurePage, shuffle, summary} from './measure.mjs';
import {CPU_SLOWDOWN, DESKTOP, DEVICE, NETWORKS, throttledPage} from './settings.mjs';
import {startBenchServer} from './server.mjs';
import {TARGETS} from './targets.mjs';
import {sizesOf} from '../scripts/lib/sizes.mjs';
import {launchChromium} from '../test/node/helpers/browser.mjs';

const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(option('runs', 7));
const ONLY = option('only', 'faq,article,takeaways,red-flags,desktop,scale').split(',');
const PAGES = option('pages', '').split(',').filter(Boolean);
// Lighthouse takes 20-60 s a run on this machine, so it is asked for, and only on the pages that answer issue
// 24: the plain HTML, the builder's code (its script tag and its prerendered snippet) and the peers.
const LIGHTHOUSE = process.argv.includes('--lighthouse');
const LIGHTHOUSE_RUNS = 3;
const LIGHTHOUSE_PAGES = ['floor', 'builder code', 'snippet', 'shoelace', 'web awesome', 'react'];
// The slow network doubles the loads: over ten minutes at 7 runs on a busy 2-core machine, so it is asked for.
const NETWORK_NAMES = option('network', 'loopback').split(',');
for (const name of NETWORK_NAMES) {
  if (!(name in NETWORKS)) throw new Error(`--network=${name}: one of ${Object.keys(NETWORKS).join(', ')}`);
}
const OUT = 'bench/out';

/** A web-component peer bundled for production with rollup, the way its documentation has it (cherry-picked). */
async function bundlePeer(input, dir) {
  const bundle = await rollup({
    input,
    plugins: [
      nodeResolve({exportConditions: ['production', 'browser', 'module', 'import', 'default']}),
      terser({ecma: 2021, module: true, compress: {passes: 2}}),
    ],
  });
  await bundle.write({dir, entryFileNames: '[name].js', format: 'es'});
}

/** The peers, bundled for production the way their users would: Shoelace and Web Awesome with rollup, React with Vite. */
async function buildPeers() {
  await bundlePeer('bench/peers/shoelace-faq.js', `${OUT}/shoelace`);
  copyFileSync('node_modules/@shoelace-style/shoelace/dist/themes/light.css', `${OUT}/shoelace/light.css`);
  await bundlePeer('bench/peers/webawesome-faq.js', `${OUT}/webawesome`);
  // webawesome.css imports its layers, theme and utilities from beside it.
  cpSync('node_modules/@awesome.me/webawesome/dist/styles', `${OUT}/webawesome/styles`, {recursive: true});
  await viteBuild({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: `${OUT}/react`,
      emptyOutDir: true,
      copyPublicDir: false,
      rollupOptions: {input: 'bench/peers/react-faq.jsx', output: {entryFileNames: '[name].js', format: 'es'}},
    },
  });
}

// --- statistics ---------------------------------------------------------------------------------------

/** Least-squares line through (x, y) with its coefficient of determination. */
function linearFit(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssTot = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const ssRes = points.reduce((s, [x, y]) => s + (y - intercept - slope * x) ** 2, 0);
  return {slope, intercept, r2: 1 - ssRes / ssTot};
}

// --- measuring ----------------------------------------------------------------------------------------

/** One cold load of a scaling page (loopback): library evaluation + first render of every widget, and to paint. */
async function measureScaling(browser, origin, spec) {
  const {page, errors, close} = await throttledPage(browser, 'loopback');
  try {
    await page.goto(origin + spec.path, {waitUntil: 'load'});
    await page.waitForFunction(() => performance.getEntriesByName('bench:painted').length);
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))
    );
    const shown = await page.evaluate(() => document.querySelectorAll('sensiq-faq').length);
    if (shown !== spec.count) throw new Error(`${spec.path}: ${shown} widgets`);
    if (errors.length) throw new Error(`${spec.path}: ${errors.join('; ')}`);
    return {
      render: marks['bench:rendered'] - marks['bench:start'],
      paint: marks['bench:painted'] - marks['bench:start'],
    };
  } finally {
    await close();
  }
}

/**
 * Every response body of one (unthrottled) load of `path`, sized (`sent`: the body as the server sent it),
 * and how many times the page shows `spec.once` once its widgets are ready (1 when it works).
 */
async function pageBytes(browser, origin, spec) {
  const context = await browser.newContext(DEVICE);
  const page = await context.newPage();
  await page.addInitScript({path: 'bench/probe.js'});
  const bodies = [];
  page.on('response', (response) => {
    if (response.status() !== 200) return;
    const sent = response
      .request()
      .sizes()
      .then((sizes) => sizes.responseBodySize);
    bodies.push(Promise.all([response.body(), sent]).then(([body, sent]) => ({url: response.url(), body, sent})));
  });
  await page.goto(origin + spec.path, {waitUntil: 'networkidle'});
  await page.evaluate(() => window.bench.ready);
  const shown = await page.getByText(spec.once, {exact: true}).filter({visible: true}).count();
  const files = (await Promise.all(bodies)).map(({url, body, sent}) => ({
    path: new URL(url).pathname,
    ...sizesOf(body),
    sent,
  }));
  await context.close();
  return {files, shown};
}

// --- reporting ----------------------------------------------------------------------------------------

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

// --- main ---------------------------------------------------------------------------------------------

for (const file of ['dist/sensiq.js', 'dist/loader.js', 'dist/hydrate.js', 'dist/snippets/sensiq-faq.html']) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm run bench does)`);
}
rmSync(OUT, {recursive: true, force: true});
mkdirSync(OUT, {recursive: true});
await buildPeers();

const pages = (await benchPages(ONLY.filter((scenario) => scenario !== 'scale'))).filter(
  (page) =>
    !PAGES.length || page.name === 'floor' || PAGES.some((name) => page.path.endsWith(`/${page.scenario}-${name}.html`))
);
const scaling = ONLY.includes('scale') ? scalingPages() : [];
for (const page of [...pages, ...scaling]) writeFileSync(`.${page.path}`, page.html);

const server = await startBenchServer();
const browser = await launchChromium();
const started = Date.now();
const results = {
  date: new Date().toISOString(),
  browser: `Chromium ${browser.version()}`,
  cpuSlowdown: CPU_SLOWDOWN,
  device: DEVICE,
  desktop: DESKTOP,
  networks: Object.fromEntries(NETWORK_NAMES.map((name) => [name, NETWORKS[name]])),
  runs: RUNS,
  // Other processes on the machine widen the ranges: the 1-minute load average when the loads start and end.
  loadAverage: {start: loadavg()[0]},
  bytes: {},
  scenarios: {}, // network -> scenario -> page -> metric -> summary
  scaling: {},
};
try {
  console.log(
    `${results.browser}, ${CPU_SLOWDOWN}× CPU slowdown, ${RUNS} cold runs per page and network, load average ${loadavg()[0].toFixed(1)}`
  );
  const files = new Map();
  for (const spec of pages) {
    const {files: loaded, shown} = await pageBytes(browser, server.origin, spec);
    if (shown !== 1)
      (results.notes ??= []).push(`${spec.scenario}/${spec.name} shows "${spec.once}" ${shown} times, not once`);
    loaded.forEach((file) => files.set(file.path, file));
    const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
    const js = loaded.filter((f) => f.path.endsWith('.js'));
    results.bytes[spec.path] = {
      files: loaded.map((f) => f.path),
      total: {
        raw: sum(loaded, 'raw'),
        gzip: sum(loaded, 'gzip'),
        brotli: sum(loaded, 'brotli'),
        sent: sum(loaded, 'sent'),
      },
      js: {raw: sum(js, 'raw'), gzip: sum(js, 'gzip'), brotli: sum(js, 'brotli'), sent: sum(js, 'sent')},
    };
  }
  results.files = Object.fromEntries([...files.values()].map(({path, ...sizes}) => [path, sizes]));

  // Every (page, network) pair is one unit; the scaling pages run on loopback only.
  const units = [
    ...NETWORK_NAMES.flatMap((network) => pages.map((spec) => ({spec, network, samples: []}))),
    ...scaling.map((spec) => ({spec, scaling: true, samples: []})),
  ];
  // A discarded load first (the browser's own start-up work), then rounds that visit every unit once in a
  // fresh random order, so that no page always follows the same neighbour and the networks share the load.
  if (pages.length && RUNS) await measurePage(browser, server.origin, pages[0], 'loopback');
  for (let run = 1; run <= RUNS; run++) {
    process.stdout.write(`run ${run}/${RUNS}\r`);
    for (const unit of shuffle([...units])) {
      unit.samples.push(
        unit.scaling
          ? await measureScaling(browser, server.origin, unit.spec)
          : await measurePage(browser, server.origin, unit.spec, unit.network)
      );
    }
  }
  results.seconds = Math.round((Date.now() - started) / 1000);

  for (const {spec, network, samples, scaling: isScaling} of units) {
    if (isScaling) {
      results.scaling[spec.count] = {
        render: summary(samples.map((r) => r.render)),
        paint: summary(samples.map((r) => r.paint)),
      };
      continue;
    }
    if (!samples.length) continue; // --runs=0
    const metrics = Object.fromEntries(
      Object.keys(samples[0]).map((key) => [key, summary(samples.map((r) => r[key]))])
    );
    ((results.scenarios[network] ??= {})[spec.scenario] ??= {})[spec.name] = {
      path: spec.path,
      bytes: results.bytes[spec.path],
      ...metrics,
    };
  }

  table(
    'Bytes per file (sent: as the bench server sends it, compressed)',
    ['file', 'raw', 'gzip', 'brotli', 'sent'],
    [...files.values()]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((f) => [f.path, f.raw, f.gzip, f.brotli, f.sent])
  );
  table(
    'Bytes per page (everything the page loads; JS alone)',
    ['page', 'requests', 'all raw', 'all gzip', 'all brotli', 'all sent', 'JS gzip', 'JS brotli'],
    pages.map((p) => {
      const b = results.bytes[p.path];
      return [
        `${p.scenario}/${p.name}`,
        b.files.length,
        kb(b.total.raw),
        kb(b.total.gzip),
        kb(b.total.brotli),
        kb(b.total.sent),
        kb(b.js.gzip),
        kb(b.js.brotli),
      ];
    })
  );
  // Not a test: a page that shows its content twice (or not at all) is measured anyway, and said so.
  for (const note of results.notes ?? []) console.log(`note: ${note}`);
  for (const network of NETWORK_NAMES) {
    for (const [scenario, variants] of Object.entries(results.scenarios[network] ?? {})) {
      const floorLcp = variants.floor?.lcp.median;
      table(
        `${scenario}, ${NETWORKS[network].label}: milliseconds, median (min–max) of ${RUNS} runs`,
        [
          'page',
          'script',
          'JS in',
          'ready',
          'FCP',
          'LCP',
          'LCP÷floor',
          'CLS',
          'CLS p75',
          'long tasks',
          'longest',
          'TBT',
          'blocking, all',
          'toggle',
        ],
        Object.entries(variants).map(([name, m]) => [
          name,
          cell(m.script),
          m.jsIn.max ? cell(m.jsIn) : '–',
          cell(m.ready),
          cell(m.fcp),
          cell(m.lcp),
          floorLcp ? (m.lcp.median / floorLcp).toFixed(2) : '–',
          cell(m.cls, (n) => n.toFixed(3)),
          m.cls.p75.toFixed(3),
          cell(m.longTasks, String),
          cell(m.longest),
          cell(m.tbt),
          cell(m.blocking),
          cell(m.toggle),
        ])
      );
      const targets = TARGETS[scenario];
      if (!targets || !variants.floor) continue;
      const mark = (target, m) => {
        const value = target.value(m, variants.floor, variants);
        if (value === undefined) return '–';
        const shown = target.digits ? value.toFixed(target.digits) : ms(value);
        return `${shown} ${value <= target.max ? 'met' : 'MISSED'}`;
      };
      const checked = Object.entries(variants).filter(([name]) => name !== 'floor');
      results.targets ??= {};
      (results.targets[network] ??= {})[scenario] = Object.fromEntries(
        checked.map(([name, m]) => [
          name,
          targets.map((t) => ({target: t.label, value: t.value(m, variants.floor, variants)})),
        ])
      );
      table(
        `${scenario}, ${network}: the issues' targets (bench/targets.mjs; every page shown against them)`,
        ['page', ...targets.map((t) => t.label)],
        checked.map(([name, m]) => [name, ...targets.map((t) => mark(t, m))])
      );
    }
  }
  if (scaling.length) {
    const points = Object.entries(results.scaling).map(([count, m]) => [Number(count), m.render.median]);
    const fit = (results.scalingFit = linearFit(points));
    table(
      `Render time by widget count (<sensiq-faq> via dist/sensiq.js, loopback): library evaluation + first render`,
      ['widgets', 'render', 'per widget', 'to paint'],
      Object.entries(results.scaling).map(([count, m]) => [
        count,
        cell(m.render),
        ms(m.render.median / count),
        cell(m.paint),
      ])
    );
    console.log(
      `linear fit: ${ms(fit.intercept)} ms + ${fit.slope.toFixed(2)} ms × widgets, r² = ${fit.r2.toFixed(4)}`
    );
  }
  if (LIGHTHOUSE) {
    // Lighthouse's mobile run: the desktop scenario's pages are the FAQ's on another screen.
    const audited = pages.filter((page) => page.scenario !== 'desktop' && LIGHTHOUSE_PAGES.includes(page.name));
    const started = Date.now();
    const units = await lighthouseRuns(audited, server.origin, LIGHTHOUSE_RUNS, shuffle);
    const seconds = Math.round((Date.now() - started) / 1000);
    results.lighthouse = {version: LIGHTHOUSE_VERSION, runs: LIGHTHOUSE_RUNS, seconds, pages: {}};
    for (const {page, samples} of units) {
      const metric = (key) => summary(samples.map((s) => s[key]));
      (results.lighthouse.pages[page.scenario] ??= {})[page.name] = {
        path: page.path,
        score: metric('score'),
        fcp: metric('fcp'),
        lcp: metric('lcp'),
        tbt: metric('tbt'),
        cls: metric('cls'),
        lcpElements: [...new Set(samples.map((s) => s.lcpElement))],
      };
    }
    for (const [scenario, audits] of Object.entries(results.lighthouse.pages)) {
      const floorLcp = audits.floor?.lcp.median;
      table(
        `${scenario}, Lighthouse ${LIGHTHOUSE_VERSION} mobile (simulated slow 4G, 4× CPU): median (min–max) of ${LIGHTHOUSE_RUNS} runs`,
        [...LIGHTHOUSE_COLUMNS, 'LCP element'],
        Object.entries(audits).map(([name, m]) => [
          ...lighthouseCells(name, m, floorLcp, (n) => n.toFixed(3)),
          m.lcpElements.join(' | '),
        ])
      );
    }
    console.log(`${seconds} s of Lighthouse runs`);
  }
  results.loadAverage.end = loadavg()[0];
  console.log(
    `load average ${results.loadAverage.start.toFixed(1)} at the start, ${results.loadAverage.end.toFixed(1)} at the end`
  );
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${results.seconds} s of loads; written to bench/results.json`);
} finally {
  await browser.close();
  await server.close();
}

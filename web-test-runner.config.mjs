// Browser tests: every build/test/**/*.test.js (compiled by `tsc`) in Chromium and Firefox ESR, against Lit's
// production build as customers get it. LIT_BUILD=development runs them against Lit's development build
// instead, where Lit warns about misuse; any such warning fails the run.
import {chromeLauncher, defaultReporter} from '@web/test-runner';
import {puppeteerLauncher} from '@web/test-runner-puppeteer';
import {countReporter} from './scripts/wtr-count-reporter.mjs';

const chromiumArgs = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  // Should a page ever run in a background tab, keep it from being paused (no rAF, slow timers).
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const only = process.env.BROWSERS?.split(',');
const development = process.env.LIT_BUILD === 'development';
// BROWSERS=chromium or BROWSERS=firefox (or both, comma-separated) runs only those: the Chrome launcher is
// named 'Chrome', so each launcher is listed under the engine's name too.
const browsers = [
  [
    'chromium',
    chromeLauncher({launchOptions: {executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs}}),
  ],
  [
    'firefox',
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
  ],
]
  .filter(([engine, launcher]) => !only || only.some((name) => [engine, launcher.name.toLowerCase()].includes(name)))
  .map(([, launcher]) => launcher);

export default {
  files: ['build/test/**/*.test.js', '!build/test/node/**'],
  nodeResolve: {exportConditions: [development ? 'development' : 'production']},
  browsers,
  // One page at a time per browser: a second page would sit in a background tab. Once in CI (2026-12-01) a
  // test stalled for its whole 30 s, and a background tab is the one cause we know of. The whole run took
  // 75.7 s with one page at a time, against 71–75 s with two.
  concurrency: 1,
  concurrentBrowsers: 2,
  // Axe over a whole article takes seconds on a busy 2-core machine.
  testFramework: {config: {timeout: 30000}},
  // Generous start-up limits: Firefox can take a while to open a page on a loaded 2-core machine.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  reporters: [
    defaultReporter(),
    countReporter(`.test-results/browser${development ? '-development' : ''}.json`, {failOnLitWarnings: development}),
  ],
};

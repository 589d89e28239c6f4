// Lighthouse (the `lighthouse` package, 12.x: it runs on Node 20) on some of the bench's pages, for
// `npm run bench -- --lighthouse`: its default mobile run (a phone screen, 4× CPU and the slow 4G network, both
// simulated from one unthrottled load), the performance category only. Debian's Chromium, started here in new
// headless mode with a debugging port, serves every run; Lighthouse resets the cache and storage before each.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import lighthouse from 'lighthouse';

export const LIGHTHOUSE_VERSION = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;

/** Chromium for Lighthouse: new headless mode, listening on a port it picks and prints. */
async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const chromium = spawn(process.env.CHROMIUM ?? '/usr/bin/chromium', [
    '--headless=new',
    '--no-sandbox', // the bench may run as root
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  const port = await new Promise((resolve, reject) => {
    let output = '';
    chromium.stderr.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) resolve(Number(match[1]));
    });
    chromium.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening: ${output}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((resolve) => chromium.once('exit', resolve));
      chromium.kill();
      await exited;
      // Chromium's helper processes may still be writing to the profile after the browser has exited
      // (ENOTEMPTY, seen once, which threw away a whole run's results): try again for a while.
      rmSync(profile, {recursive: true, force: true, maxRetries: 10, retryDelay: 200});
    },
  };
}

/** The figures kept from one Lighthouse report. */
const figures = ({lhr}) => ({
  score: Math.round(lhr.categories.performance.score * 100),
  fcp: lhr.audits['first-contentful-paint'].numericValue,
  lcp: lhr.audits['largest-contentful-paint'].numericValue,
  tbt: lhr.audits['total-blocking-time'].numericValue,
  cls: lhr.audits['cumulative-layout-shift'].numericValue,
  lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
});

/**
 * `runs` Lighthouse runs of every page in `pages` ([{scenario, name, path}]) at `origin`, interleaved: each
 * round visits every page once in a fresh order (`shuffle`). Returns [{page, samples}] in the order given.
 */
export async function lighthouseRuns(pages, origin, runs, shuffle) {
  const chromium = await startChromium();
  const units = pages.map((page) => ({page, samples: []}));
  try {
    for (let run = 1; run <= runs; run++) {
      process.stdout.write(`lighthouse run ${run}/${runs}\r`);
      for (const unit of shuffle([...units])) {
        const result = await lighthouse(origin + unit.page.path, {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (result.lhr.runtimeError) throw new Error(`${unit.page.path}: ${result.lhr.runtimeError.message}`);
        unit.samples.push(figures(result));
      }
    }
  } finally {
    await chromium.close();
  }
  return units;
}

// One cold load of a bench page and what its probe (bench/probe.js) saw, and the statistics over many loads:
// shared by `npm run bench` (bench/run.mjs) and bench/compare.mjs, so both count LCP, long tasks and TBT alike.
import {DESKTOP, DEVICE, throttledPage} from './settings.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const shuffle = (list) => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};
/** The 75th percentile by nearest rank: the smallest value at least 75% of the loads stay at or under. */
export const p75 = (values) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.75) - 1];
export const summary = (values) => ({
  median: median(values),
  p75: p75(values),
  min: Math.min(...values),
  max: Math.max(...values),
  values,
});

/** The part over 50 ms of each of `longTasks`, added up: the time they kept input waiting. */
const blockingTime = (longTasks) => longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

const afterFrames = (page, quietMs) =>
  page.evaluate(
    (ms) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms)))),
    quietMs
  );

/** One cold load of `spec`: paint and shift entries, long tasks, script time, ready time, toggle latency. */
export async function measurePage(browser, origin, spec, network) {
  const device = spec.device === 'desktop' ? DESKTOP : DEVICE;
  const {page, cdp, errors, close} = await throttledPage(browser, network, {device});
  try {
    await page.goto(origin + spec.path, {waitUntil: 'load'});
    await page.evaluate(() => window.bench.ready);
    await afterFrames(page, 500); // let the last paint, LCP entry and any late long task land
    const {metrics} = await cdp.send('Performance.getMetrics');
    const script = metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
    const probe = await page.evaluate(() => {
      const {fcp, lcp, cls, longTasks, readyAt} = window.bench;
      // When the last JavaScript file had arrived (what a modulepreload hint can bring forward).
      const js = performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname.endsWith('.js'));
      return {fcp, lcp, cls, longTasks, readyAt, jsIn: Math.max(0, ...js.map((r) => r.responseEnd))};
    });
    const result = {
      script,
      jsIn: probe.jsIn,
      ready: probe.readyAt,
      fcp: probe.fcp,
      lcp: probe.lcp,
      cls: probe.cls,
      longTasks: probe.longTasks.length,
      longest: Math.max(0, ...probe.longTasks.map((t) => t.duration)),
      // Total blocking time as Lighthouse counts it: the part over 50 ms of each long task after FCP.
      tbt: blockingTime(probe.longTasks.filter((t) => t.start >= probe.fcp)),
      // The same counted from the start of the load. TBT leaves out what runs before the first paint, so a page whose
      // scripts block that paint (as the desktop page's Shoelace and Web Awesome do) reads 0 there; here it does not.
      blocking: blockingTime(probe.longTasks),
    };
    if (spec.toggle) {
      await page.locator(spec.toggle.selector).first().click();
      await page.waitForFunction(() => window.bench.toggle !== undefined);
      // The click must really have opened the first answer.
      await page.getByText(spec.toggle.expect).first().waitFor({state: 'visible', timeout: 10_000});
      result.toggle = await page.evaluate(() => window.bench.toggle);
    }
    if (errors.length) throw new Error(`${spec.path}: ${errors.join('; ')}`);
    return result;
  } finally {
    await close();
  }
}

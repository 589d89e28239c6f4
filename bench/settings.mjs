// The bench's device and networks, shared by bench/run.mjs and bench/profile.mjs: Lighthouse's mobile
// settings, emulated through CDP (Lighthouse itself runs with `--lighthouse`: bench/lighthouse.mjs).

export const CPU_SLOWDOWN = 4;

/** Lighthouse's mobile profile: a mid-range phone's screen. */
export const DEVICE = {viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75, isMobile: true};

/** Lighthouse's desktop screen, for the desktop peer page (issue 24); the CPU is slowed down 4× all the same. */
export const DESKTOP = {viewport: {width: 1350, height: 940}, deviceScaleFactor: 1, isMobile: false};

/**
 * `loopback`: no throttling, the server's own speed. `slow`: Lighthouse's mobile network (its "slow 4G"):
 * 150 ms round trip, 1.6 Mbps down, 750 kbps up. Chromium adds the latency to every request (there is no
 * connection set-up to model on loopback keep-alive) and paces the bytes it receives, compressed as sent.
 */
export const NETWORKS = {
  loopback: {label: 'loopback, no throttling'},
  slow: {
    label: 'slow 4G: 150 ms RTT, 1.6 Mbps down, 750 kbps up',
    conditions: {offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0},
  },
};

/**
 * A fresh browser context (a cold cache) and page on `device` (the phone unless said), with the probe injected,
 * the CPU slowed down and the network emulated; the HTTP cache is off for the page's own repeat requests too.
 * CDP's Performance domain is on.
 */
export async function throttledPage(browser, network = 'loopback', {probe = 'bench/probe.js', device = DEVICE} = {}) {
  if (!(network in NETWORKS)) throw new Error(`unknown network "${network}": ${Object.keys(NETWORKS).join(', ')}`);
  const context = await browser.newContext(device);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  if (probe) await page.addInitScript({path: probe});
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
  const {conditions} = NETWORKS[network];
  if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
  await cdp.send('Performance.enable');
  return {page, cdp, errors, close: () => context.close()};
}

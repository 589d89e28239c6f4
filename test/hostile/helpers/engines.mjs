// The browser engines the hostile-host suite runs in, behind one small page interface:
//   Chromium through playwright-core (Debian's /usr/bin/chromium),
//   Firefox ESR through puppeteer's WebDriver BiDi support (playwright cannot drive Debian's firefox-esr),
//   WebKit as WebKitGTK's MiniBrowser under WebKitWebDriver, in Xvfb (helpers/webkit.mjs).
// Each page records what the host and the network would notice: console messages, uncaught errors and
// every request the page made, to any origin.
import puppeteer from 'puppeteer';
import {launchChromium} from '../../node/helpers/browser.mjs';
import {webkit} from './webkit.mjs';

/** Engine names to run: the entry file's choice, narrowed by `ENGINES=firefox` (or a list) when set. */
export const ENGINES = ['chromium', 'firefox', 'webkit'].filter(
  (name) =>
    (globalThis.SENSIQ_ENGINE ?? name) === name &&
    (!process.env.ENGINES || process.env.ENGINES.split(',').includes(name))
);

/** What a page saw while it was open. */
const record = () => ({console: [], pageErrors: [], requests: []});

/** The page interface shared by both drivers. */
function wrap(engine, page, seen, extra) {
  return {
    engine,
    seen,
    raw: page,
    goto: (url) => page.goto(url, {waitUntil: 'load'}),
    // `timeout` is WebKit's (helpers/webkit.mjs): these drivers let a script run as long as it takes.
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    press: (key) => page.keyboard.press(key),
    click: (x, y) => page.mouse.click(x, y),
    goBack: () => page.goBack({waitUntil: 'load'}),
    close: () => page.close(),
    /** console messages of `type` ('warn', 'error', ...), as text. */
    messages: (type) => seen.console.filter((m) => m.type === type).map((m) => m.text),
    ...extra,
  };
}

async function chromium() {
  // Playwright turns the back/forward cache off by default; the lifecycle scenarios need it as shipped.
  const browser = await launchChromium({ignoreDefaultArgs: ['--disable-back-forward-cache']});
  return {
    name: 'chromium',
    close: () => browser.close(),
    async newPage() {
      const page = await browser.newPage(); // a fresh context: no cookies or storage from other tests
      const seen = record();
      page.on('console', (m) => seen.console.push({type: m.type() === 'warning' ? 'warn' : m.type(), text: m.text()}));
      page.on('pageerror', (error) => seen.pageErrors.push(error.message));
      page.on('request', (request) => seen.requests.push(request.url()));
      return wrap('chromium', page, seen, {
        waitFor: (fn, arg, timeout = 10000) => page.waitForFunction(fn, arg, {timeout}),
        goForward: () => page.goForward({waitUntil: 'load'}),
        cdp: () => page.context().newCDPSession(page),
        cookies: () => page.context().cookies(),
      });
    },
  };
}

async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
  });
  return {
    name: 'firefox',
    close: () => browser.close(),
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const seen = record();
      page.on('console', (m) => seen.console.push({type: m.type() === 'warning' ? 'warn' : m.type(), text: m.text()}));
      // Over BiDi, Firefox reports its own CSP notices as page errors; they are the browser's console
      // errors (Chromium logs the same as console errors), not exceptions thrown by a script.
      page.on('pageerror', (error) =>
        /^Content-Security-Policy: /.test(error.message)
          ? seen.console.push({type: 'error', text: error.message})
          : seen.pageErrors.push(error.message)
      );
      page.on('request', (request) => seen.requests.push(request.url()));
      return wrap('firefox', page, seen, {
        waitFor: (fn, arg, timeout = 10000) => page.waitForFunction(fn, {timeout}, arg),
        goForward: () => page.goForward({waitUntil: 'load'}),
        close: async () => {
          await page.close();
          await context.close();
        },
        cookies: () => page.cookies(),
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key), // puppeteer names it by its character
      });
    },
  };
}

export const launchEngine = (name) => ({chromium, firefox, webkit})[name]();

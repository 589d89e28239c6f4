// The browser engines the Node-side page tests drive (the hostile-host suite and the embed builder's tests),
// behind one small page interface:
//   Chromium through playwright-core (Debian's /usr/bin/chromium),
//   Firefox ESR through puppeteer-core's WebDriver BiDi support (playwright cannot drive Debian's firefox-esr),
//   WebKit as WebKitGTK's MiniBrowser under WebKitWebDriver, in Xvfb (webkit.mjs).
// Each page records what the host and the network would notice: console messages, uncaught errors and
// every request the page made, to any origin.
import puppeteer from 'puppeteer-core';
import {launchChromium} from './chromium.mjs';
import {webkit} from './webkit.mjs';

/**
 * How long waitFor() waits unless told otherwise (webkit.mjs waits as long): long enough for Firefox on a
 * busy 2-core machine. Only a failing wait takes this long.
 */
const WAIT = 30_000;

/** What a page saw while it was open. */
const record = () => ({console: [], pageErrors: [], requests: []});

/** Console types as the page's `console` names them: playwright says 'warning' where puppeteer says 'warn'. */
const consoleType = (message) => (message.type() === 'warning' ? 'warn' : message.type());

/** The page interface shared by the playwright and puppeteer drivers (webkit.mjs has its own). */
function wrap(engine, page, seen, extra) {
  return {
    engine,
    seen,
    raw: page,
    goto: (url) => page.goto(url, {waitUntil: 'load'}),
    // `timeout` is WebKit's (webkit.mjs): these drivers let a script run as long as it takes.
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    addScript: (path) => page.addScriptTag({path}),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    /** Clicks the element `selector` matches, as a pointer would. */
    click: (selector) => page.click(selector),
    /** Clicks the point (x, y) of the viewport. */
    clickAt: (x, y) => page.mouse.click(x, y),
    goBack: () => page.goBack({waitUntil: 'load'}),
    goForward: () => page.goForward({waitUntil: 'load'}),
    /** console messages of `type` ('warn', 'error', ...), as text. */
    messages: (type) => seen.console.filter((m) => m.type === type).map((m) => m.text),
    ...extra,
  };
}

/**
 * The size a new page gets: `width` over the engine's `viewport`, or the driver's default size when neither
 * is set.
 */
const pageSize = (viewport, width) =>
  viewport || width ? {width: 1280, height: 900, ...viewport, ...(width && {width})} : undefined;

async function chromium({clipboard, viewport}) {
  // Playwright turns the back/forward cache off by default; the lifecycle scenarios need it as shipped.
  const browser = await launchChromium({ignoreDefaultArgs: ['--disable-back-forward-cache']});
  return {
    name: 'chromium',
    close: () => browser.close(),
    /** `javaScript: false` opens the page with scripting off (Chromium only). */
    async newPage({width, javaScript = true} = {}) {
      // A context of its own: no cookies or storage from other tests (launchChromium's pool hands on only a
      // context and page it has wiped clean, test/helpers/page-pool.mjs).
      const context = await browser.newContext({
        ...(pageSize(viewport, width) && {viewport: pageSize(viewport, width)}),
        javaScriptEnabled: javaScript,
        permissions: clipboard ? ['clipboard-read', 'clipboard-write'] : [],
      });
      const page = await context.newPage();
      const seen = record();
      page.on('console', (m) => seen.console.push({type: consoleType(m), text: m.text()}));
      page.on('pageerror', (error) => seen.pageErrors.push(error.message));
      page.on('request', (request) => seen.requests.push(request.url()));
      return wrap('chromium', page, seen, {
        waitFor: (fn, arg, timeout = WAIT) => page.waitForFunction(fn, arg, {timeout}),
        cdp: () => context.newCDPSession(page),
        cookies: () => context.cookies(),
        close: () => context.close(),
      });
    },
  };
}

async function firefox({clipboard, viewport}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    // Lets a test page read the clipboard without Firefox's paste prompt.
    ...(clipboard && {extraPrefsFirefox: {'dom.events.testing.asyncClipboard': true}}),
  });
  return {
    name: 'firefox',
    close: () => browser.close(),
    async newPage({width, javaScript = true} = {}) {
      // WebDriver BiDi in Firefox ESR has no command to turn scripting off for a page.
      if (!javaScript) throw new Error('Firefox pages cannot be opened with JavaScript off here');
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const size = pageSize(viewport, width);
      if (size) await page.setViewport(size);
      const seen = record();
      page.on('console', (m) => seen.console.push({type: consoleType(m), text: m.text()}));
      // Over BiDi, Firefox reports its own CSP notices as page errors; they are the browser's console
      // errors (Chromium logs the same as console errors), not exceptions thrown by a script.
      page.on('pageerror', (error) =>
        /^Content-Security-Policy: /.test(error.message)
          ? seen.console.push({type: 'error', text: error.message})
          : seen.pageErrors.push(error.message)
      );
      page.on('request', (request) => seen.requests.push(request.url()));
      return wrap('firefox', page, seen, {
        waitFor: (fn, arg, timeout = WAIT) => page.waitForFunction(fn, {timeout}, arg),
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key), // puppeteer names it by its character
        cookies: () => page.cookies(),
        close: async () => {
          await page.close();
          await context.close();
        },
      });
    },
  };
}

/**
 * Starts engine `name` ('chromium', 'firefox' or 'webkit'). `clipboard`: pages may read and write the
 * clipboard without a prompt. `viewport` ({width, height}): the size of every new page, which newPage's
 * `width` overrides; without it each driver's default. WebKit takes neither.
 */
export function launchEngine(name, {clipboard = false, viewport} = {}) {
  if (name === 'webkit') {
    if (clipboard || viewport) throw new Error('the WebKit driver has no clipboard or viewport settings');
    return webkit();
  }
  return {chromium, firefox}[name]({clipboard, viewport});
}

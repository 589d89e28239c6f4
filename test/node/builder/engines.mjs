// Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi; playwright cannot drive
// Debian's firefox-esr) behind one small page interface, for the builder's page tests. Each page may read the
// clipboard, and records console errors, uncaught errors and (apart) console warnings.
import puppeteer from 'puppeteer-core';
import {launchChromium} from '../helpers/browser.mjs';

function record(page) {
  const seen = {errors: [], pageErrors: []};
  page.on('console', (message) => message.type() === 'error' && seen.errors.push(message.text()));
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  // Warnings apart (playwright says 'warning', puppeteer 'warn'), so `seen` stays comparable to "nothing wrong".
  Object.defineProperty(seen, 'warnings', {value: [], enumerable: false});
  page.on('console', (message) => ['warn', 'warning'].includes(message.type()) && seen.warnings.push(message.text()));
  return seen;
}

async function chromium() {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    close: () => browser.close(),
    /** `javaScript: false` opens the page with scripting off (Chromium only). */
    async newPage({width = 1280, javaScript = true} = {}) {
      const context = await browser.newContext({
        viewport: {width, height: 900},
        javaScriptEnabled: javaScript,
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await context.newPage();
      return {
        raw: page,
        seen: record(page),
        goto: (url) => page.goto(url, {waitUntil: 'load'}),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        waitFor: (fn, arg, timeout = 30_000) => page.waitForFunction(fn, arg, {timeout}),
        addScript: (path) => page.addScriptTag({path}),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        type: (text) => page.keyboard.type(text),
        close: () => context.close(),
      };
    },
  };
}

async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    // Lets a test page read the clipboard without Firefox's paste prompt.
    extraPrefsFirefox: {'dom.events.testing.asyncClipboard': true},
  });
  return {
    name: 'firefox',
    close: () => browser.close(),
    async newPage({width = 1280, javaScript = true} = {}) {
      // WebDriver BiDi in Firefox ESR has no command to turn scripting off for a page.
      if (!javaScript) throw new Error('Firefox pages cannot be opened with JavaScript off here');
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({width, height: 900});
      return {
        raw: page,
        seen: record(page),
        goto: (url) => page.goto(url, {waitUntil: 'load'}),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        waitFor: (fn, arg, timeout = 30_000) => page.waitForFunction(fn, {timeout}, arg),
        addScript: (path) => page.addScriptTag({path}),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        type: (text) => page.keyboard.type(text),
        close: async () => {
          await page.close();
          await context.close();
        },
      };
    },
  };
}

export const launchEngine = (name) => ({chromium, firefox})[name]();

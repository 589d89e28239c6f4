// What a reader meets on a page with server-rendered SensIQ elements, in Chromium: with JavaScript off, and
// with it on as on a mid-range phone (412 px wide, 4x slower CPU), recording every layout shift from the first
// byte until the elements have taken over their markup.

import assert from 'node:assert/strict';

const PHONE = {viewport: {width: 412, height: 823}, deviceScaleFactor: 1.75, isMobile: true};

/** Opens `url` with JavaScript off: only the HTML the server sent. */
export async function withoutJavaScript(browser, url) {
  const context = await browser.newContext({...PHONE, javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(url);
  return {page, close: () => context.close()};
}

/**
 * Opens `url` throttled and waits until every SensIQ element in the document is defined and has rendered;
 * returns the page, the summed layout shift and what moved, console errors and uncaught errors, and the
 * addresses of failed requests.
 */
export async function loadOnPhone(browser, url) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  const failed = [];
  // A failed request is reported by the browser as a console error without its address: kept apart, with it.
  page.on(
    'console',
    (message) =>
      message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text())
  );
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
  await page.addInitScript(() => {
    window.layoutShift = 0;
    window.shifted = [];
    // Every shift counts: nothing is clicked before the measurement ends. What moved is kept, named, so that a
    // shift seen once under load can be told apart from one the markup causes.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.layoutShift += entry.value;
        for (const {node, previousRect: from, currentRect: to} of entry.sources ?? [])
          window.shifted.push(
            `${node?.localName ?? node?.nodeName}#${node?.id ?? ''} at ${Math.round(entry.startTime)} ms: ` +
              `${from.y}+${from.height} to ${to.y}+${to.height} (${entry.value.toFixed(4)})`
          );
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sensiq-'));
    return elements.length > 0 && elements.every((e) => customElements.get(e.localName) && e.hasUpdated);
  });
  // Two frames and a pause: a shift caused by the take-over would be reported by now.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))))
  );
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
  const {layoutShift, shifted} = await page.evaluate(() => ({
    layoutShift: window.layoutShift,
    shifted: window.shifted,
  }));
  return {page, layoutShift, shifted, errors, failed, close: () => context.close()};
}

/** The questions, answers' visibility and heading of the first <sensiq-faq> as a reader sees them. */
export function faqAsSeen(page) {
  return page.evaluate(() => {
    const root = document.querySelector('sensiq-faq').shadowRoot;
    return {
      heading: root.querySelector('h1,h2,h3,h4,h5,h6')?.localName,
      questions: [...root.querySelectorAll('[part="question"]')].map((q) => q.textContent.trim()),
      items: root.querySelectorAll('[part="item"]').length,
      styles: root.querySelectorAll('style').length,
    };
  });
}

/** The question buttons of an FAQ in the HTML as sent: ids in order, from `<button id="q-…">`. */
export const questionIdsInHtml = (html) =>
  [...html.matchAll(/<button id="q-([a-z0-9-]+)" part="question"/g)].map((m) => m[1]);

/**
 * What the reader of a page opened by loadOnPhone meets once the scripts have run: nothing moved, the FAQ shows
 * `questions`, each once, and its first question opens its answer on a click. Returns the FAQ as first seen.
 */
export async function assertTakenOverInPlace({page, layoutShift, shifted}, questions) {
  assert.equal(layoutShift, 0, shifted.join('\n'));
  const seen = await faqAsSeen(page);
  assert.deepEqual(seen.questions, questions, 'each question once: the server markup is gone');
  const question = page.locator('sensiq-faq [part="question"]').first();
  await question.click();
  assert.equal(await question.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator('sensiq-faq [part="answer"]').first().isVisible());
  return seen;
}

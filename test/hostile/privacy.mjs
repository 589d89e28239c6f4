// Scenarios 6 and 7: isolation and privacy. With every element on the page and a reader using them (opening
// questions, searching, following a link to a question, printing), the page requests nothing but our own
// script files, from our own origin; nothing is written to cookies, localStorage, sessionStorage or
// IndexedDB; and the console stays empty (no Lit dev-mode notice, no warning, no error). The page has Google Tag
// Manager's dataLayer and analytics="datalayer" on: the pushes are all the bridge adds.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  RECORDER,
  assertQuietHost,
  everyElement,
  hostPage,
  inEachEngine,
  moduleScript,
  rendered,
  settle,
} from './helpers/suite.mjs';

/**
 * Resolves once the dataLayer bridge listens on the searchable FAQ. The bridge is a lazy chunk that can arrive
 * after the first render (WebKit, busy machine): a question opened before then is not pushed, so the reader starts
 * only once a probe event (a search with no text, which the bridge pushes as counts) reaches the dataLayer.
 */
const bridgeListening = (page) =>
  page.waitFor(() => {
    const faq = document.querySelector('sensiq-faq[searchable]');
    faq.dispatchEvent(new CustomEvent('sensiq-faq-search', {detail: {matches: 0, total: 0}}));
    return window.dataLayer.some((push) => push.event === 'sensiq_faq_search');
  });

/** A reader uses the FAQ: every question opened, a search typed, a deep link followed, the page printed. */
const useEverything = (page) =>
  page.evaluate(async () => {
    const faq = document.querySelector('sensiq-faq[searchable]');
    for (const button of faq.shadowRoot.querySelectorAll('button[aria-controls]')) button.click();
    const input = faq.shadowRoot.querySelector('input');
    input.value = 'hip';
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await faq.updateComplete;
    location.hash = `#faq-${faq.shadowRoot.querySelector('button[aria-controls]').id.slice(2)}`;
    dispatchEvent(new Event('beforeprint'));
    dispatchEvent(new Event('afterprint'));
    await faq.updateComplete;
  });

inEachEngine('privacy and isolation', (env) => {
  for (const [how, script] of [
    ['the loader', '/dist/loader.js'],
    ['dist/sensiq.js', '/dist/sensiq.js'],
  ]) {
    test(`through ${how}, a reader's visit requests only our script files and stores nothing`, async () => {
      const body = `<sensiq-provider analytics="datalayer">${everyElement()}<sensiq-faq searchable open="all"></sensiq-faq><div data-sensiq="takeaways"></div></sensiq-provider>`;
      const head = `<script>window.dataLayer = [];</script>${moduleScript(script)}`;
      const page = await env.open('/privacy.html', hostPage({head, body}));
      await rendered(page);
      await bridgeListening(page);
      await useEverything(page);
      await settle(page);

      const {origin} = env.server;
      // data: URLs never leave the browser (Firefox reports one for a built-in font of its own).
      const requests = page.seen.requests.map((url) => new URL(url)).filter((url) => url.protocol !== 'data:');
      assert.deepEqual(requests.filter((url) => url.origin !== origin).map(String), [], 'requests to other origins');
      const paths = requests.map((url) => url.pathname);
      const ours = paths.filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));
      // The page, its own recorder script and the browser's favicon are the host's; everything else must be ours.
      assert.deepEqual(
        paths.filter((path) => !ours.includes(path) && !['/privacy.html', RECORDER, '/favicon.ico'].includes(path)),
        []
      );
      assert.ok(ours.includes(script), 'our script was fetched');

      const host = await assertQuietHost(page);
      assert.deepEqual(
        {
          writes: host.writes,
          cookie: host.cookie,
          localStorage: host.localStorage,
          sessionStorage: host.sessionStorage,
          databases: host.databases,
        },
        {writes: [], cookie: '', localStorage: 0, sessionStorage: 0, databases: []}
      );
      assert.deepEqual(await page.cookies(), [], 'cookies in the browser context');
      assert.deepEqual(page.seen.console, [], 'the console stays empty');
      // The bridge was on: the questions opened are in the dataLayer, as flat sensiq_ keys with plain values.
      const pushes = await page.evaluate(() => window.dataLayer);
      assert.ok(
        pushes.filter((push) => push.event === 'sensiq_faq_toggle').length >= 9,
        JSON.stringify(pushes).slice(0, 300)
      );
      for (const push of pushes) {
        for (const [key, value] of Object.entries(push)) {
          assert.ok(key === 'event' || key.startsWith('sensiq_'), key);
          assert.ok(['string', 'number', 'boolean'].includes(typeof value), key);
        }
      }
      await page.close();
    });
  }
});

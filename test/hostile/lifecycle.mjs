// Scenario 5: the lifecycles host pages put elements through — detach and re-attach, moves between
// containers, the script injected again by a single-page app, the back/forward cache, 100 widgets on one
// page, and 100 mount/unmount cycles without a leak (heap and window listeners measured through CDP).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  TAGS,
  assertQuietHost,
  everyElement,
  hostPage,
  inEachEngine,
  moduleScript,
  rendered,
  settle,
  until,
} from './helpers/suite.mjs';

const FAQ_BLOCKS = 'script[type="application/ld+json"][data-sensiq-json-ld^="faq:"]';

/** How many FAQ JSON-LD blocks the page has, and the questions of the first. */
const structuredData = (page) =>
  page.evaluate((selector) => {
    const blocks = [...document.querySelectorAll(selector)].map((s) => JSON.parse(s.textContent));
    return {blocks: blocks.length, questions: blocks[0]?.mainEntity.map((q) => q.name) ?? []};
  }, FAQ_BLOCKS);

/** Resolves once the page holds `count` FAQ JSON-LD blocks. */
const blocksSettle = (page, count) =>
  page.waitFor(([selector, n]) => document.querySelectorAll(selector).length === n, [FAQ_BLOCKS, count]);

const questionsOf = (page, selector = 'sensiq-faq') =>
  page.evaluate(
    (s) =>
      [...document.querySelector(s).shadowRoot.querySelectorAll('button[aria-controls]')].map((b) =>
        b.textContent.trim()
      ),
    selector
  );

/** Counts sensiq-faq-toggle events on the document from now on, in window.__toggles. */
const countToggles = (page) =>
  page.evaluate(() => {
    window.__toggles = [];
    document.addEventListener('sensiq-faq-toggle', (event) => window.__toggles.push(event.detail.id));
  });

inEachEngine('lifecycle', (env, engine) => {
  const open = (body, script = '/dist/loader.js') =>
    env.open('/lifecycle.html', hostPage({head: moduleScript(script), body}));

  test('a FAQ detached and re-attached renders again, takes its JSON-LD with it and brings it back', async () => {
    const page = await open('<div id="a"><sensiq-faq></sensiq-faq></div><div id="b"></div>');
    await rendered(page, 'sensiq-faq');
    await blocksSettle(page, 1);
    const questions = await questionsOf(page);
    assert.equal(questions.length, 9);
    await page.evaluate(() => (window.__faq = document.querySelector('sensiq-faq')).remove());
    await blocksSettle(page, 0);
    await page.evaluate(() => document.getElementById('b').append(window.__faq));
    await blocksSettle(page, 1);
    assert.deepEqual(await questionsOf(page), questions);
    assert.deepEqual((await structuredData(page)).questions, questions);
    await countToggles(page);
    await page.evaluate(() => document.querySelector('sensiq-faq').shadowRoot.querySelector('button').click());
    assert.equal((await page.evaluate(() => window.__toggles)).length, 1);
    await assertQuietHost(page);
    assert.deepEqual(page.messages('warn'), []);
    await page.close();
  });

  test('a FAQ moved between containers keeps one JSON-LD block and one set of window listeners', async () => {
    const page = await open('<div id="a"><sensiq-faq></sensiq-faq></div><div id="b"></div><div id="c"></div>');
    await rendered(page, 'sensiq-faq');
    await page.evaluate(() => {
      const faq = document.querySelector('sensiq-faq');
      for (let i = 0; i < 10; i++) document.getElementById(['b', 'c', 'a'][i % 3]).append(faq);
    });
    await blocksSettle(page, 1); // structured data is written a task after the render (issue 15)
    await settle(page);
    assert.equal((await structuredData(page)).blocks, 1);
    const [, , third] = await page.evaluate(() =>
      [...document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('button[aria-controls]')].map((b) =>
        b.id.slice(2)
      )
    );
    await countToggles(page);
    await page.evaluate((id) => (location.hash = `#faq-${id}`), third);
    await page.waitFor(() => window.__toggles.length > 0);
    await settle(page);
    assert.deepEqual(await page.evaluate(() => window.__toggles), [third], 'the deep link opened its question once');
    await assertQuietHost(page);
    await page.close();
  });

  test('a single-page app that swaps its content and injects the scripts again gets working elements, quietly', async () => {
    const page = await open(`${everyElement()}<div data-sensiq="faq" data-limit="2"></div>`, '/dist/sensiq.js');
    await rendered(page);
    for (let round = 1; round <= 3; round++) {
      await page.evaluate(
        ({round, body}) => {
          document.body.replaceChildren();
          document.body.insertAdjacentHTML('beforeend', body);
          for (const src of [`/dist/sensiq.js?spa=${round}`, `/dist/loader.js?spa=${round}`]) {
            const script = document.createElement('script');
            script.type = 'module';
            script.src = src;
            document.head.append(script);
          }
        },
        {round, body: `${everyElement()}<div data-sensiq="faq" data-questions="${round}"></div>`}
      );
      await rendered(page);
      await page.waitFor(() => !document.querySelector('[data-sensiq]'));
      await settle(page);
      assert.equal((await structuredData(page)).blocks, 1);
      assert.equal(await page.evaluate(() => document.querySelectorAll('sensiq-faq').length), 2);
    }
    await assertQuietHost(page);
    // The placeholders named an unknown question id on purpose: that is the only kind of warning.
    assert.ok(
      page.messages('warn').every((w) => /<sensiq-faq> questions=/.test(w)),
      page.messages('warn').join('\n')
    );
    await page.close();
  });

  test('back/forward cache: a page restored from it shows its elements and one JSON-LD block', async () => {
    const page = await open(everyElement());
    await rendered(page);
    // The block is published a task after the FAQ's answers have arrived: the page is left once it is there, so
    // that the restored page is checked for a second block, not for one still on its way.
    await blocksSettle(page, 1);
    await page.evaluate(() => document.querySelector('sensiq-faq').shadowRoot.querySelector('button').click());
    env.server.pages['/elsewhere.html'] = {body: hostPage({body: '<p>Another page</p>'})};
    await page.goto(`${env.server.origin}/elsewhere.html`);
    // A page restored from the cache fires pageshow, not load: go back from inside and watch for it.
    await page.evaluate(() => setTimeout(() => history.back()));
    // A look taken while the page goes into the cache is lost with it: WebKit's driver ends it after 2 s.
    const where = () => page.evaluate(() => location.pathname, undefined, {timeout: 2000}).catch(() => '');
    await until(async () => (await where()) === '/lifecycle.html', 15000);
    await page.waitFor(() => window.__host);
    await rendered(page);
    const host = await assertQuietHost(page);
    assert.equal(host.restored, true, 'the page came from the back/forward cache');
    assert.equal((await structuredData(page)).blocks, 1);
    assert.equal(
      await page.evaluate(() =>
        document.querySelector('sensiq-faq').shadowRoot.querySelector('button').getAttribute('aria-expanded')
      ),
      'true',
      'the reader finds the question they opened'
    );
    await page.close();
  });

  test('100 widgets of each kind on one page publish exactly one FAQ JSON-LD block, the union of their questions', async () => {
    const page = await open('<main id="app"></main>', '/dist/sensiq.js');
    await page.waitFor((tags) => tags.every((t) => customElements.get(t)), TAGS);
    const expected = await page.evaluate(async (tags) => {
      const app = document.getElementById('app');
      const probe = document.createElement('sensiq-faq'); // every question, to know the ids and names
      probe.setAttribute('no-structured-data', '');
      app.append(probe);
      await probe.updateComplete;
      const buttons = [...probe.shadowRoot.querySelectorAll('button[aria-controls]')];
      probe.remove();
      for (let i = 0; i < 100; i++) {
        for (const tag of tags) {
          const element = document.createElement(tag);
          if (tag === 'sensiq-faq' && i === 99) element.setAttribute('questions', buttons[8].id.slice(2));
          else if (tag === 'sensiq-faq') element.setAttribute('limit', i % 2 ? '2' : '1');
          app.append(element);
        }
      }
      return [0, 1, 8].map((i) => buttons[i].textContent.trim());
    }, TAGS);
    await rendered(page);
    // Each widget adds its questions a task after it renders (issue 15): wait for the last of them.
    await page.waitFor(
      ([selector, count]) =>
        JSON.parse(document.querySelector(selector)?.textContent ?? '{}').mainEntity?.length === count,
      [FAQ_BLOCKS, expected.length],
      30_000
    );
    await settle(page);
    assert.deepEqual(await structuredData(page), {blocks: 1, questions: expected});
    const keys = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.dataset.sensiqJsonLd)
    );
    assert.deepEqual(keys.sort(), [...new Set(keys)].sort(), 'one block per kind and article');
    await assertQuietHost(page);
    assert.deepEqual(page.messages('warn'), []);
    await page.close();
  });

  test(
    '100 mount/unmount cycles leave no JSON-LD, no element and no error behind' +
      (engine === 'chromium' ? ', and the heap and window listeners back at baseline' : ''),
    async () => {
      const page = await open('<main id="app"></main>', '/dist/sensiq.js');
      await page.waitFor((tags) => tags.every((t) => customElements.get(t)), TAGS);
      const cycles = (count) =>
        page.evaluate(
          async ({count, tags}) => {
            const app = document.getElementById('app');
            for (let i = 0; i < count; i++) {
              const elements = tags.map((tag) => document.createElement(tag));
              const faq = elements[tags.indexOf('sensiq-faq')];
              faq.setAttribute('searchable', '');
              app.append(...elements);
              await Promise.all(elements.map((el) => el.updateComplete));
              faq.shadowRoot.querySelector('button[aria-controls]').click();
              await faq.updateComplete;
              app.replaceChildren();
              await Promise.resolve();
            }
            await new Promise((resolve) => setTimeout(resolve));
            return document.querySelectorAll('script[type="application/ld+json"]').length + app.children.length;
          },
          {count, tags: TAGS}
        );
      let measure;
      if (engine === 'chromium') {
        const cdp = await page.cdp();
        const windowListeners = async () => {
          const {result} = await cdp.send('Runtime.evaluate', {expression: 'window'});
          return (await cdp.send('DOMDebugger.getEventListeners', {objectId: result.objectId})).listeners.length;
        };
        measure = async () => {
          for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
          const {usedSize} = await cdp.send('Runtime.getHeapUsage');
          return {heap: usedSize, listeners: await windowListeners()};
        };
      }
      assert.equal(await cycles(10), 0, 'warm-up');
      const baseline = await measure?.();
      assert.equal(await cycles(100), 0, 'nothing left after 100 cycles');
      const after = await measure?.();
      if (baseline) {
        const growth = after.heap - baseline.heap;
        console.log(
          `# heap after 100 mount/unmount cycles: ${baseline.heap} B -> ${after.heap} B (${growth >= 0 ? '+' : ''}${growth} B); window listeners ${baseline.listeners} -> ${after.listeners}`
        );
        assert.equal(after.listeners, baseline.listeners, 'window listeners');
        assert.ok(growth < 512 * 1024, `the heap grew by ${growth} B over 100 cycles`);
      }
      await assertQuietHost(page);
      assert.deepEqual(page.messages('warn'), []);
      await page.close();
    }
  );
});

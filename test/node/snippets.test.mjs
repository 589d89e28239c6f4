// The prerendered snippets (dist/snippets/, written by scripts/prerender.mjs) pasted into a plain page:
// readable with JavaScript off, and taken over by the script without re-rendering or moving anything.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {startServer} from './helpers/server.mjs';
import {launchChromium} from './helpers/browser.mjs';
import {sourceTakeaways, SOURCE_PATH} from '../../build/test/helpers/source.js';

const SNIPPETS = 'dist/snippets';
const snippet = (tag) => readFileSync(`${SNIPPETS}/${tag}.html`, 'utf8');
const hostPage = (title, body) => `<!doctype html><html lang="en"><title>${title}</title>
<h1>A host page</h1>
${body}
<p id="below">Host content below the widget: it must not move when the widget comes to life.</p>`;

let server;
let browser;
before(async () => {
  const pages = {};
  for (const file of readdirSync(SNIPPETS).filter((f) => f.endsWith('.html'))) {
    const tag = file.replace(/\.html$/, '');
    pages[`/${tag}.html`] = {body: hostPage(tag, snippet(tag))};
    // The README recipe: the snippet, then the hydration support and the element script.
    pages[`/${tag}-scripts.html`] = {
      body: hostPage(
        tag,
        `${snippet(tag)}
<script type="module" src="/dist/hydrate.js"></script>
<script type="module" src="/dist/sensiq.js"></script>`
      ),
    };
  }
  server = await startServer({pages});
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose console errors, uncaught errors and layout shifts are recorded from the first byte. */
async function newPage({javaScriptEnabled = true} = {}) {
  const context = await browser.newContext({javaScriptEnabled});
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  return {page, errors, close: () => context.close()};
}

const takeawaysText = (page) => page.locator('sensiq-takeaways li').allInnerTexts();

test('with JavaScript off, the takeaways snippet shows the five takeaways verbatim', async () => {
  const {page, close} = await newPage({javaScriptEnabled: false});
  await page.goto(`${server.origin}/sensiq-takeaways-scripts.html`);
  assert.deepEqual(await takeawaysText(page), sourceTakeaways(readFileSync(SOURCE_PATH, 'utf8')));
  assert.ok(await page.locator('sensiq-takeaways h2').isVisible(), 'the heading is shown');
  await close();
});

test('with JavaScript off, every snippet shows its element with content', async () => {
  const {page, close} = await newPage({javaScriptEnabled: false});
  for (const tag of readdirSync(SNIPPETS).map((f) => f.replace(/\.html$/, ''))) {
    await page.goto(`${server.origin}/${tag}.html`);
    const box = await page.locator(tag).boundingBox();
    assert.ok(box && box.height > 0, `<${tag}> takes space on the page`);
    const text = await page.locator(tag).locator('h1, h2, h3, h4, h5, h6, p, li, summary, button').allInnerTexts();
    assert.ok(text.join('').trim().length > 20, `<${tag}> shows its text`);
  }
  await close();
});

/**
 * Opens the bare snippet page, remembers every node of the element's shadow root and watches it for
 * mutations, then loads `scripts` in order and waits for the element's first update.
 */
async function loadScriptsOverSnippet(tag, scripts) {
  const handle = await newPage();
  const {page} = handle;
  await page.goto(`${server.origin}/${tag}.html`);
  await page.evaluate((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    window.nodesBefore = [];
    while (walker.nextNode()) window.nodesBefore.push(walker.currentNode);
    window.mutations = [];
    new MutationObserver((records) => window.mutations.push(...records)).observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  }, tag);
  for (const url of scripts) await page.addScriptTag({url, type: 'module'});
  await page.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    await document.querySelector(tag).updateComplete;
  }, tag);
  return handle;
}

/** How many of the nodes seen before the scripts are still the very same nodes, in the same order. */
const sameNodes = (page, tag) =>
  page.evaluate((tag) => {
    const walker = document.createTreeWalker(document.querySelector(tag).shadowRoot, NodeFilter.SHOW_ALL);
    const after = [];
    while (walker.nextNode()) after.push(walker.currentNode);
    return {
      before: window.nodesBefore.length,
      kept: window.nodesBefore.filter((node, i) => after[i] === node).length,
      after: after.length,
      mutations: window.mutations.length,
    };
  }, tag);

test('the script takes over the takeaways snippet: same DOM nodes, no mutation, no error, no layout shift', async () => {
  const {page, errors, close} = await loadScriptsOverSnippet('sensiq-takeaways', ['/dist/hydrate.js', '/dist/sensiq.js']);
  const nodes = await sameNodes(page, 'sensiq-takeaways');
  assert.ok(nodes.before > 20, 'the snippet has a rendered shadow tree');
  assert.deepEqual(nodes, {before: nodes.before, kept: nodes.before, after: nodes.before, mutations: 0});
  assert.equal(await page.evaluate(() => window.layoutShift), 0);
  assert.deepEqual(errors, []);
  await close();
});

test('after hydration the element is live: a new limit updates the prerendered list in place', async () => {
  const {page, errors, close} = await loadScriptsOverSnippet('sensiq-takeaways', ['/dist/hydrate.js', '/dist/sensiq.js']);
  const firstItem = await page.evaluateHandle(() => document.querySelector('sensiq-takeaways').shadowRoot.querySelector('li'));
  await page.evaluate(async () => {
    const element = document.querySelector('sensiq-takeaways');
    element.setAttribute('limit', '2');
    await element.updateComplete;
  });
  assert.equal((await takeawaysText(page)).length, 2);
  assert.ok(
    await page.evaluate((li) => li === document.querySelector('sensiq-takeaways').shadowRoot.querySelector('li'), firstItem),
    'the first item is the prerendered node'
  );
  assert.deepEqual(errors, []);
  await close();
});

test('without dist/hydrate.js the element would render its shadow tree anew (why the recipe loads it)', async () => {
  const {page, close} = await loadScriptsOverSnippet('sensiq-takeaways', ['/dist/sensiq.js']);
  const nodes = await sameNodes(page, 'sensiq-takeaways');
  assert.equal(nodes.kept, 0);
  await close();
});

test('the README recipe (snippet, hydrate.js, sensiq.js in the page) runs with no console error and no layout shift', async () => {
  for (const tag of readdirSync(SNIPPETS).map((f) => f.replace(/\.html$/, ''))) {
    const {page, errors, close} = await newPage();
    await page.goto(`${server.origin}/${tag}-scripts.html`);
    await page.evaluate(async (tag) => {
      await customElements.whenDefined(tag);
      await document.querySelector(tag).updateComplete;
    }, tag);
    assert.equal(await page.evaluate(() => window.layoutShift), 0, `<${tag}> shifts no layout`);
    assert.deepEqual(errors, [], `<${tag}> logs no error`);
    await close();
  }
});

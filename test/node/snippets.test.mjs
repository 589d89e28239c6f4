// The prerendered snippets (dist/snippets/, written by scripts/prerender.mjs) pasted into a plain page:
// readable with JavaScript off, and taken over by the script without moving anything: by an identical render
// in the same task (the README recipe), or, with dist/hydrate.js, by adopting the very same nodes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {moduleScript, pageTests} from './helpers/embed.mjs';
import {sourceFaq, sourceTakeaways, SOURCE_PATH} from '../../build/test/helpers/source.js';

const SNIPPETS = 'dist/snippets';
const TAGS = readdirSync(SNIPPETS).map((file) => file.replace(/\.html$/, ''));
const snippet = (tag) => readFileSync(`${SNIPPETS}/${tag}.html`, 'utf8');
const source = readFileSync(SOURCE_PATH, 'utf8');
const modules = (...srcs) => srcs.map(moduleScript).join('\n');
const hostPage = (title, body) => `<!doctype html><html lang="en"><title>${title}</title>
<h1>A host page</h1>
${body}
<p id="below">Host content below the widget: it must not move when the widget comes to life.</p>`;

// A strict CSP that allows the snippet's inline style by the hash its first line names.
const strictCsp = (tag) =>
  `default-src 'self'; script-src 'self'; style-src 'self' ${/style-src (.*?) -->/.exec(snippet(tag))[1]}; ` +
  "object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html sensiq-json-ld";

const env = pageTests();

/** The test pages, added to the shared server on first use (its start-up hook may still be running here). */
function addPages() {
  const {pages} = env.server;
  if (pages['/sensiq-takeaways.html']) return;
  for (const tag of TAGS) {
    pages[`/${tag}.html`] = {body: hostPage(tag, snippet(tag))};
    // The README recipes: the snippet, then the bundle or the loader (hydrate.js is optional).
    pages[`/${tag}-bundle.html`] = {body: hostPage(tag, `${snippet(tag)}\n${modules('/dist/sensiq.js')}`)};
    pages[`/${tag}-loader.html`] = {body: hostPage(tag, `${snippet(tag)}\n${modules('/dist/loader.js')}`)};
    pages[`/${tag}-strict.html`] = {
      body: pages[`/${tag}-bundle.html`].body,
      headers: {'content-security-policy': strictCsp(tag)},
    };
  }
}

/** A page whose console errors, uncaught errors and layout shifts are recorded from the first byte. */
async function newPage({javaScriptEnabled = true} = {}) {
  addPages();
  const context = await env.browser.newContext({javaScriptEnabled});
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    window.layoutShift = 0;
    new PerformanceObserver((list) => {
      // Every shift counts: nothing is clicked here, and Chromium flags shifts on automated pages as
      // following "recent input" even when none happened.
      for (const entry of list.getEntries()) window.layoutShift += entry.value;
    }).observe({type: 'layout-shift', buffered: true});
  });
  return {page, errors, close: () => context.close()};
}

const updated = (page, tag) =>
  page.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    await document.querySelector(tag).updateComplete;
  }, tag);

test('with JavaScript off, the takeaways snippet shows the heading and the five takeaways verbatim', async () => {
  const {page, close} = await newPage({javaScriptEnabled: false});
  await page.goto(`${env.server.origin}/sensiq-takeaways-bundle.html`);
  assert.equal(await page.locator('sensiq-takeaways h2').innerText(), 'Key Takeaways');
  assert.deepEqual(await page.locator('sensiq-takeaways li').allInnerTexts(), sourceTakeaways(source));
  await close();
});

test('with JavaScript off, the FAQ snippet shows the nine questions', async () => {
  const {page, close} = await newPage({javaScriptEnabled: false});
  await page.goto(`${env.server.origin}/sensiq-faq-bundle.html`);
  const questions = await page.locator('sensiq-faq [part="question"]').allInnerTexts();
  assert.deepEqual(
    questions.map((q) => q.trim()),
    sourceFaq(source).map((f) => f.question)
  );
  await close();
});

test('with JavaScript off, every snippet shows its element with text', async () => {
  const {page, close} = await newPage({javaScriptEnabled: false});
  for (const tag of TAGS) {
    await page.goto(`${env.server.origin}/${tag}.html`);
    const box = await page.locator(tag).boundingBox();
    assert.ok(box && box.height > 0, `<${tag}> takes space on the page`);
    const text = await page.locator(tag).locator('h1, h2, h3, h4, h5, h6, p, li, button').allInnerTexts();
    assert.ok(text.join('').trim().length > 20, `<${tag}> shows its text`);
  }
  await close();
});

/** Defines window.shadowNodes(element): every node of its shadow root and of the shadow roots nested in it. */
const defineShadowNodes = () => {
  window.shadowNodes = (element) => {
    const nodes = [];
    const walker = document.createTreeWalker(element.shadowRoot, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
      if (walker.currentNode.shadowRoot) nodes.push(...window.shadowNodes(walker.currentNode));
    }
    return nodes;
  };
};

/**
 * Opens the bare snippet page, remembers every node of the element's shadow trees and watches them for
 * mutations, then loads `scripts` in order and waits for the element (and the ones nested in it) to update.
 */
async function loadScriptsOverSnippet(tag, scripts) {
  const handle = await newPage();
  const {page} = handle;
  await page.addInitScript(defineShadowNodes);
  await page.goto(`${env.server.origin}/${tag}.html`);
  await page.evaluate((tag) => {
    const element = document.querySelector(tag);
    window.nodesBefore = window.shadowNodes(element);
    window.mutations = [];
    const observer = new MutationObserver((records) =>
      // Lit hands nested elements over by removing their defer-hydration attribute: that one is expected.
      window.mutations.push(...records.filter((r) => r.attributeName !== 'defer-hydration').map((r) => r.type))
    );
    for (const root of [
      element.shadowRoot,
      ...window.nodesBefore.filter((n) => n.shadowRoot).map((n) => n.shadowRoot),
    ]) {
      observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
    }
  }, tag);
  for (const url of scripts) await page.addScriptTag({url, type: 'module'});
  await page.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    const element = document.querySelector(tag);
    await element.updateComplete;
    await Promise.all(window.nodesBefore.filter((n) => n.shadowRoot).map((n) => n.updateComplete));
  }, tag);
  return handle;
}

/** How many of the nodes seen before the scripts are still the very same nodes, in the same order. */
const sameNodes = (page, tag) =>
  page.evaluate((tag) => {
    const after = window.shadowNodes(document.querySelector(tag));
    return {
      before: window.nodesBefore.length,
      kept: window.nodesBefore.filter((node, i) => after[i] === node).length,
      after: after.length,
      mutations: window.mutations.length,
    };
  }, tag);

for (const tag of TAGS) {
  for (const script of ['/dist/sensiq.js', '/dist/loader.js']) {
    test(`${script} takes over the <${tag}> snippet: the same DOM nodes, no mutation, no error, no layout shift`, async () => {
      const {page, errors, close} = await loadScriptsOverSnippet(tag, ['/dist/hydrate.js', script]);
      const nodes = await sameNodes(page, tag);
      assert.ok(nodes.before > 20, 'the snippet has a rendered shadow tree');
      assert.deepEqual(nodes, {before: nodes.before, kept: nodes.before, after: nodes.before, mutations: 0});
      assert.equal(await page.evaluate(() => window.layoutShift), 0);
      assert.deepEqual(errors, []);
      await close();
    });
  }
}

/** What a reader sees of the element's shadow trees: their text, whitespace collapsed. */
const shownText = (page, tag) =>
  page.evaluate((tag) => {
    const text = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.data
        : ['style', 'script', 'template'].includes(node.localName)
          ? ''
          : [...(node.shadowRoot ?? node).childNodes].map(text).join(' ');
    return text(document.querySelector(tag)).replace(/\s+/g, ' ').trim();
  }, tag);

for (const tag of TAGS) {
  for (const script of ['/dist/sensiq.js', '/dist/loader.js']) {
    test(`without hydrate.js, ${script} renders the <${tag}> snippet anew in the same task: the same text, once, no layout shift`, async () => {
      const handle = await newPage();
      const {page, errors, close} = handle;
      await page.goto(`${env.server.origin}/${tag}.html`);
      const before = await shownText(page, tag);
      await page.addScriptTag({url: script, type: 'module'});
      await updated(page, tag);
      // The FAQ's answers were in the snippet: its first render waits for them, so they are there at once.
      if (tag === 'sensiq-faq')
        assert.ok(
          await page.evaluate(() => document.querySelector('sensiq-faq').shadowRoot.querySelector('.answer p'))
        );
      assert.equal(await shownText(page, tag), before);
      assert.equal(await page.evaluate(() => window.layoutShift), 0);
      assert.deepEqual(errors, []);
      await close();
    });
  }
}

test('a hydrated takeaways snippet is live: a new limit updates the prerendered list in place', async () => {
  const {page, errors, close} = await loadScriptsOverSnippet('sensiq-takeaways', [
    '/dist/hydrate.js',
    '/dist/sensiq.js',
  ]);
  const firstItem = await page.evaluateHandle(() =>
    document.querySelector('sensiq-takeaways').shadowRoot.querySelector('li')
  );
  await page.evaluate(async () => {
    const element = document.querySelector('sensiq-takeaways');
    element.setAttribute('limit', '2');
    await element.updateComplete;
  });
  assert.equal(await page.locator('sensiq-takeaways li').count(), 2);
  assert.ok(
    await page.evaluate(
      (li) => li === document.querySelector('sensiq-takeaways').shadowRoot.querySelector('li'),
      firstItem
    ),
    'the first item is the prerendered node'
  );
  assert.deepEqual(errors, []);
  await close();
});

test('a hydrated FAQ snippet answers a click: the question expands and its answer shows', async () => {
  const {page, errors, close} = await loadScriptsOverSnippet('sensiq-faq', ['/dist/hydrate.js', '/dist/loader.js']);
  const [first] = sourceFaq(source);
  const question = page.locator('sensiq-faq [part="question"]').first();
  await question.click();
  assert.equal(await question.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.getByText(first.answers[0]).isVisible(), 'the first answer is visible');
  // The answers still collapsed stay reachable by find-in-page after hydration.
  const collapsed = await page.evaluate(() =>
    [...document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('[part="answer"][hidden]')].map((a) =>
      a.getAttribute('hidden')
    )
  );
  assert.deepEqual(collapsed, Array(8).fill('until-found'));
  assert.deepEqual(errors, []);
  await close();
});

for (const recipe of ['bundle', 'loader', 'strict']) {
  test(`the README recipe (${recipe === 'strict' ? 'bundle under a strict CSP with Trusted Types' : recipe}) shows every snippet styled, with no console error and no layout shift`, async () => {
    for (const tag of TAGS) {
      const {page, errors, close} = await newPage();
      await page.goto(`${env.server.origin}/${tag}-${recipe}.html`);
      await updated(page, tag);
      assert.equal(await page.evaluate(() => window.layoutShift), 0, `<${tag}> shifts no layout`);
      // The shadow root's <style> applies (a CSP without the hash would drop it): the host is a block.
      assert.equal(await page.evaluate((tag) => getComputedStyle(document.querySelector(tag)).display, tag), 'block');
      assert.deepEqual(errors, [], `<${tag}> logs no error`);
      await close();
    }
  });
}

// The theme app extension's blocks rendered as a storefront renders them (liquidjs with Shopify's filters), served
// with the extension's assets from another origin as Shopify's CDN does, and opened in Chromium.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {startServer} from '../../helpers/server.mjs';
import {launchChromium, openPage} from '../../helpers/browser.mjs';
import {faqId, shownElements, waitForElements} from '../../helpers/elements.mjs';
import {EXTENSION, liquidEngine, renderSectionContent, renderStorefront} from '../../helpers/shopify.mjs';
import {
  assertTakenOverInPlace,
  faqAsSeen,
  loadOnPhone,
  questionIdsInHtml,
  withoutJavaScript,
} from '../server-render/page-checks.mjs';
import {SOURCE_PATH, sourceFaq, sourceTakeaways} from '../../../../build/test/helpers/source.js';

const source = readFileSync(SOURCE_PATH, 'utf8');
const questions = sourceFaq(source).map((faq) => faq.question);
const takeaways = sourceTakeaways(source);

let cdn;
let store;
let engine;
let browser;

before(async () => {
  // Modules from another origin need CORS, which Shopify's CDN sends for extension assets.
  cdn = await startServer({root: EXTENSION, headers: {'access-control-allow-origin': '*'}});
  store = await startServer({root: 'test/fixtures/none'});
  engine = liquidEngine(cdn.origin);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await cdn?.close();
  await store?.close();
});

const PRODUCT = [
  {
    id: 'main',
    blocks: [
      {name: 'takeaways', id: 'takeaways1', settings: {heading_level: '3', clinic_mode: true}},
      {
        name: 'faq',
        id: 'faq1',
        settings: {
          [`question_${faqId(questions[2]).replaceAll('-', '_')}`]: true,
          [`question_${faqId(questions[0]).replaceAll('-', '_')}`]: true,
          heading_level: '4',
          theme: 'dark',
          searchable: true,
        },
      },
      {name: 'red-flags', id: 'flags1', settings: {emergency_number: '911', heading_level: '3'}},
    ],
  },
];

async function open(path, sections, options) {
  store.pages[path] = {body: await renderStorefront(engine, sections, options)};
  cdn.requests.length = 0;
  const opened = await openPage(browser, `${store.origin}${path}`);
  await waitForElements(opened.page, 'main');
  return opened;
}

const shown = (page) => shownElements(page, 'main');

test('app blocks show the settings chosen in the theme editor, loading only the modules they use', async () => {
  const {page, seen} = await open('/products/joint-support', PRODUCT);
  const [clinicTakeaways, faq, flags] = await shown(page);
  assert.equal(clinicTakeaways.heading, 'h3');
  const promotional = takeaways.filter((text) => /SensIQ/.test(text));
  assert.equal(promotional.length, 1, 'the source has one promotional takeaway');
  assert.deepEqual(
    clinicTakeaways.items,
    takeaways.filter((text) => !promotional.includes(text))
  );
  assert.equal(clinicTakeaways.theme, 'page', "no theme chosen: the page's own colours");
  assert.equal(faq.theme, 'dark');
  assert.equal(faq.heading, 'h4');
  assert.deepEqual(faq.questions, [questions[0], questions[2]], 'ticked questions, in article order');
  assert.equal(faq.searchboxes, 1);
  assert.equal(flags.heading, 'h3');
  assert.match(flags.text, /911/);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});

  const modules = cdn.requests.filter((path) => path.endsWith('.js')).map((path) => path.split('/').pop());
  assert.deepEqual(modules.filter((file) => !file.startsWith('sensiq-chunk-')).sort(), [
    'sensiq-embed.js',
    'sensiq-faq.js',
    'sensiq-loader.js',
    'sensiq-red-flags.js',
    'sensiq-takeaways.js',
  ]);
  await page.close();
});

test('blocks survive the theme editor re-rendering their section (shopify:section:load)', async () => {
  const first = [{id: 'main', blocks: [{name: 'takeaways', id: 't1', settings: {limit: 2}}]}];
  const {page, seen} = await open('/products/editor', first);
  assert.equal((await shown(page))[0].items.length, 2);

  // The merchant raises the limit and adds an FAQ block; the editor swaps in the section's fresh HTML.
  const edited = {
    id: 'main',
    blocks: [
      {name: 'takeaways', id: 't1', settings: {limit: 3}},
      {name: 'faq', id: 'f1', settings: {limit: 2}},
    ],
  };
  const html = await renderSectionContent(engine, edited);
  await page.evaluate((html) => {
    const section = document.getElementById('shopify-section-main');
    section.dispatchEvent(new CustomEvent('shopify:section:unload', {bubbles: true, detail: {sectionId: 'main'}}));
    section.innerHTML = html;
    section.dispatchEvent(new CustomEvent('shopify:section:load', {bubbles: true, detail: {sectionId: 'main'}}));
  }, html);
  await page.waitForFunction(() => document.querySelector('sensiq-faq')?.shadowRoot?.querySelector('button'));
  // innerHTML parses no declarative shadow root (Chromium says so once per element): there the elements render
  // with script, as before, and the server's <template> stays inert and hidden in the element.
  const inert =
    /^Found declarative shadowrootmode attribute on a template, but declarative Shadow DOM is not being parsed/;
  assert.equal(seen.warnings.filter((w) => inert.test(w)).length, 2);
  seen.warnings = seen.warnings.filter((w) => !inert.test(w));
  const [takeawaysAfter, faq] = await shown(page);
  assert.deepEqual(takeawaysAfter.items, takeaways.slice(0, 3));
  assert.deepEqual(faq.questions, questions.slice(0, 2));

  // The FAQ's structured data follows the page: one FAQPage block for the FAQ now on it.
  await page.waitForFunction(() => document.querySelectorAll('script[type="application/ld+json"]').length > 0);
  const types = await page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)['@type'])
  );
  assert.deepEqual(types, ['FAQPage']);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('with the app embed on, a placeholder in a product description becomes the element', async () => {
  const description = {id: 'description', liquid: '<p>Gentle support.</p><div data-sensiq="faq" data-limit="3"></div>'};
  const {page, seen} = await open('/products/embed', [description], {embeds: ['app-embed']});
  const [faq] = await shown(page);
  assert.deepEqual(faq.questions, questions.slice(0, 3));
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test("docs/shopify.md's Custom Liquid snippet works without the app", async () => {
  const docs = readFileSync('docs/shopify.md', 'utf8');
  const snippet = /<!-- custom-liquid -->\s*```liquid\n([\s\S]*?)```/.exec(docs)?.[1];
  assert.ok(snippet, 'docs/shopify.md marks its Custom Liquid snippet with <!-- custom-liquid -->');
  const {page, seen} = await open('/pages/no-app', [{id: 'custom-liquid', liquid: snippet}]);
  const elements = await shown(page);
  assert.ok(elements.length > 0);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

// Content in the HTML: a product page whose app blocks, above the description, have settings away from their
// defaults; the article block with its call to action.
const TEXT = Array.from(
  {length: 10},
  (_, i) => `<p>Product description, paragraph ${i + 1}: capsules with resveratrol, taken with breakfast.</p>`
).join('');
const CHOSEN = [1, 7];
const SERVER_RENDERED = [
  {
    id: 'main',
    blocks: [
      {
        name: 'faq',
        id: 'faq2',
        settings: {
          ...Object.fromEntries(CHOSEN.map((i) => [`question_${faqId(questions[i]).replaceAll('-', '_')}`, true])),
          heading_level: '3',
          theme: 'light',
        },
      },
      {name: 'takeaways', id: 'takeaways2', settings: {limit: 3, heading_level: '3'}},
      {
        name: 'article',
        id: 'article2',
        settings: {
          cta_href: '/products/joint-support',
          cta_label: 'Buy the capsules',
          cta_placement: 'both',
          heading_level: '2',
        },
      },
    ],
  },
  {id: 'description', liquid: TEXT},
];

test('the app blocks put their content in the HTML: the chosen questions, the takeaways and the article with its call to action', async () => {
  const html = await renderStorefront(engine, SERVER_RENDERED);
  for (const tag of ['sensiq-faq', 'sensiq-takeaways', 'sensiq-article']) {
    assert.match(html, new RegExp(`<${tag}[^>]*><template shadowrootmode="open"><style>`), tag);
  }
  assert.deepEqual(
    questionIdsInHtml(html),
    CHOSEN.map((i) => faqId(questions[i]))
  );
  // Shop paths become the shop's own address; the call to action is in the article twice (both places).
  assert.equal(
    html.match(
      /<a class="cta" part="cta" href="https:\/\/store\.example\/products\/joint-support">Buy the capsules<\/a>/g
    )?.length,
    2
  );
  store.pages['/products/server-rendered'] = {body: html};
  const {page, close} = await withoutJavaScript(browser, `${store.origin}/products/server-rendered`);
  assert.deepEqual(
    (await faqAsSeen(page)).questions,
    CHOSEN.map((i) => questions[i])
  );
  assert.equal(await page.locator('#shopify-block-takeaways2 > sensiq-takeaways li').count(), 3);
  assert.ok(await page.locator('sensiq-article [part="cta"]').first().isVisible());
  await close();
});

test('on a phone at 4x CPU the app blocks above the description shift nothing when their scripts take over, and the FAQ opens on a click', async () => {
  store.pages['/products/server-rendered'] = {body: await renderStorefront(engine, SERVER_RENDERED)};
  const loaded = await loadOnPhone(browser, `${store.origin}/products/server-rendered`);
  await assertTakenOverInPlace(
    loaded,
    CHOSEN.map((i) => questions[i])
  );
  const {errors, failed, close} = loaded;
  assert.deepEqual(errors, []);
  assert.deepEqual(failed, []);
  await close();
});

test('a storefront streamed in parts, paused inside a question, shifts nothing while the rest arrives', async () => {
  // A paint can come between any two parts of the HTML: here, of a question button whose text has not arrived.
  // Nothing the server sent first may move when the rest comes (the FAQ's chevron did, 2026-12: issue 21).
  const html = await renderStorefront(engine, SERVER_RENDERED);
  // The first question button's start tag: its text comes after the pause.
  const pauseAfter = html.match(new RegExp(`<button id="q-${faqId(questions[CHOSEN[0]])}"[^>]*>`))?.[0];
  assert.ok(pauseAfter, 'the first chosen question is in the HTML');
  store.pages['/products/streamed'] = {body: html, pauseAfter};
  const loaded = await loadOnPhone(browser, `${store.origin}/products/streamed`);
  const {painted, rest} = await loaded.page.evaluate(() => ({
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    rest: performance.getEntriesByType('navigation')[0].responseEnd,
  }));
  assert.ok(painted < rest, `the page painted (${painted} ms) before the rest of its HTML arrived (${rest} ms)`);
  await assertTakenOverInPlace(
    loaded,
    CHOSEN.map((i) => questions[i])
  );
  assert.deepEqual(loaded.errors, []);
  await loaded.close();
});

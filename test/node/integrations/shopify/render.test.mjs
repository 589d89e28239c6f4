// The theme app extension's blocks rendered as a storefront renders them (liquidjs with Shopify's filters), served
// with the extension's assets from another origin as Shopify's CDN does, and opened in Chromium.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {startServer} from '../../helpers/server.mjs';
import {launchChromium, openPage} from '../../helpers/browser.mjs';
import {faqId, shownElements, waitForElements} from '../../helpers/elements.mjs';
import {EXTENSION, liquidEngine, renderSectionContent, renderStorefront} from '../../helpers/shopify.mjs';
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
          questions: `${faqId(questions[2])}, ${faqId(questions[0])}`,
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
  assert.deepEqual(clinicTakeaways.items, takeaways.filter((text) => !promotional.includes(text)));
  assert.equal(clinicTakeaways.theme, 'page', 'no theme chosen: the page\'s own colours');
  assert.equal(faq.theme, 'dark');
  assert.equal(faq.heading, 'h4');
  assert.deepEqual(faq.questions, [questions[2], questions[0]]);
  assert.equal(faq.searchboxes, 1);
  assert.equal(flags.heading, 'h3');
  assert.match(flags.text, /911/);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});

  const modules = cdn.requests.filter((path) => path.endsWith('.js')).map((path) => path.split('/').pop());
  assert.deepEqual(
    modules.filter((file) => !file.startsWith('sensiq-chunk-')).sort(),
    ['sensiq-embed.js', 'sensiq-faq.js', 'sensiq-loader.js', 'sensiq-red-flags.js', 'sensiq-takeaways.js']
  );
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

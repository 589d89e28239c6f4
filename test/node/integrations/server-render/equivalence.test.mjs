// The platforms' server output is the elements' own markup: the plugin's PHP and the Shopify blocks' Liquid,
// for a matrix of settings on every element (each value, each pair, invalid values), compared with what
// @lit-labs/ssr renders for the same element. Lit's markers are dropped from both; everything else, attributes
// and text included, must be identical.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {ssrRenderer} from '../../../../scripts/lib/ssr-render.mjs';
import {REFUSED_BY_SERVERS, comparable, settingsMatrix} from '../../../../scripts/lib/render-matrix.mjs';
import {serverRender} from '../../../../scripts/lib/render-settings.mjs';
import {blockSchema, liquidEngine} from '../../helpers/shopify.mjs';
import {hostAttributes, renderBlock, renderData, renderWithPhp} from './runners.mjs';

const {article, plans} = renderData();
const cases = Object.values(plans).flatMap((plan) => settingsMatrix(plan).map((given) => ({tag: plan.tag, given})));
let render;
let php;

before(async () => {
  render = await ssrRenderer();
  php = renderWithPhp(cases);
});

/** The shadow root's markup and the theme the host shows, as a reader's browser gets them. */
const shadowOf = (html) => comparable(html).replace(/^<[^>]*>/, '');
const themeOf = (html) => /data-sensiq-theme="([a-z]+)"/.exec(html)?.[1];

// Settings the element reads but the servers, which take canonical values only, leave out (and name to
// administrators): the server shows what the element shows without them.
const refusedIn = (given) =>
  REFUSED_BY_SERVERS.find((rule) => Object.entries(rule).every(([name, value]) => given[name] === value));
const without = (given, rule) => Object.fromEntries(Object.entries(given).filter(([name]) => !(name in rule)));

// What no server output may contain: the text of a setting that was not valid.
const RAW = [
  'neon',
  'javascript:alert(1)',
  '<b>911</b>',
  '&lt;b&gt;911',
  'lots',
  'three',
  'no-such-question',
  'middle',
  'call 911',
  'ftp://shop.example/',
  '/relative/page',
  'user@',
];

for (const plan of Object.values(plans)) {
  test(`<${plan.tag}>: the plugin's PHP prints what the element renders, for ${settingsMatrix(plan).length} settings`, () => {
    let compared = 0;
    cases.forEach(({tag, given}, i) => {
      if (tag !== plan.tag) return;
      const {html, invalid} = php[i];
      const label = `${tag} ${JSON.stringify(given)}`;
      // What the element renders from the attributes the server wrote: the markup it takes over.
      const written = render(tag, hostAttributes(html));
      assert.equal(shadowOf(html), shadowOf(written), label);
      assert.equal(themeOf(html), themeOf(written), label);
      // What the element renders from the settings as given: the server shows the element's own fallback.
      const refused = refusedIn(given);
      if (refused) assert.equal(shadowOf(html), shadowOf(render(tag, without(given, refused))), `${label} (left out)`);
      else assert.equal(shadowOf(html), shadowOf(render(tag, given)), `${label} (as given)`);
      for (const raw of RAW) assert.ok(!html.includes(raw), `${label}: the setting's text ${raw} is in the markup`);
      // The same settings named invalid as by the reference the build proves against the elements.
      const reference = serverRender(plan, given, {article});
      assert.deepEqual([...new Set(invalid)].sort(), reference.notices.map((n) => n.name).sort(), label);
      compared++;
    });
    assert.ok(compared > 40, `${compared} settings compared`);
  });
}

test('every FAQ answer is in the server output, hidden until found, and the question ids are the content ids', () => {
  const i = cases.findIndex(({tag, given}) => tag === 'sensiq-faq' && !Object.keys(given).length);
  const html = php[i].html;
  for (const id of plans['sensiq-faq'].items.ids) {
    assert.match(html, new RegExp(`<div id="a-${id}" class="answer" part="answer" hidden="until-found"`), id);
  }
});

// docs/wordpress.md sends sites with a strict Content-Security-Policy to the snippets' first line for the hashes
// that allow the server's inline <style>: whatever the settings, those must be the server's styles.
test("the server's inline styles, for every setting, are the ones the snippets' style-src hashes allow", () => {
  const hash = (css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  cases.forEach(({tag}, i) => {
    const allowed = /style-src (.*?) -->/.exec(readFileSync(`dist/snippets/${tag}.html`, 'utf8'))[1].split(' ');
    for (const [, css] of php[i].html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
      assert.ok(allowed.includes(hash(css)), `${tag} ${JSON.stringify(cases[i].given)}: a <style> no hash allows`);
    }
  });
});

/** Typed settings a theme editor can deliver for one schema setting, away from its default. */
function editorValues(setting) {
  switch (setting.type) {
    case 'checkbox':
      return [true];
    case 'select':
      return setting.options.map((o) => o.value).filter((v) => v !== setting.default);
    case 'number':
      return [1, 2, 5, 0, -1, 2.5];
    case 'url':
      return [
        '/products/joint-support',
        'https://shop.example/a?b=1#c',
        'https://Shop.example/',
        'javascript:alert(1)',
      ];
    case 'text':
      return setting.id === 'emergency_number'
        ? ['911', ' +44 (0) 20-7946 ', '<b>911</b>', 'call 911']
        : ['Shop <now> & "save"', '  '];
    default:
      return [];
  }
}

const appBlocks = ['article', 'faq', 'red-flags', 'takeaways'];

for (const name of appBlocks) {
  test(`Shopify's ${name} block prints what the element renders, for every value of every setting and pairs of them`, async () => {
    const engine = liquidEngine('https://cdn.example');
    const settings = blockSchema(name).settings.filter((s) => s.id);
    const single = settings.flatMap((s) => editorValues(s).map((value) => ({[s.id]: value})));
    // Pairs of the settings that change the most: the list, the heading level, clinic mode, the call to action.
    const pairing = single.filter((s) =>
      /^(limit|heading_level|clinic_mode|cta_href|question_|emergency_number|searchable)/.test(Object.keys(s)[0])
    );
    const pairs = pairing.flatMap((a, i) =>
      pairing
        .slice(i + 1)
        .filter((b) => Object.keys(b)[0] !== Object.keys(a)[0])
        .map((b) => ({...a, ...b}))
    );
    const matrix = [{}, ...single, ...pairs.filter((_, i) => i % 3 === 0)];
    for (const chosen of matrix) {
      const html = await renderBlock(engine, name, chosen);
      const label = `${name} ${JSON.stringify(chosen)}`;
      const tag = /^<([a-z-]+)/.exec(html)?.[1];
      assert.ok(plans[tag], `${label}: prints <${tag}>`);
      const written = render(tag, hostAttributes(html));
      assert.equal(shadowOf(html), shadowOf(written), label);
      assert.equal(themeOf(html), themeOf(written), label);
      for (const raw of RAW) assert.ok(!html.includes(raw), `${label}: the setting's text ${raw} is in the markup`);
    }
    assert.ok(matrix.length > 10, `${matrix.length} settings compared`);
  });
}

// Storybook as designers get it: built static, then every story and docs page opened in headless Chromium.
// A page fails on a console error, an uncaught error, a story that errors or fails its axe check (the a11y
// addon runs axe after every story), or a <sensiq-*> element that shows no text. Every story is checked twice:
// on the default light page, and with the toolbar's Theme switch on a dark page.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {startServer} from './helpers/server.mjs';
import {launchChromium} from './helpers/browser.mjs';
import {faqs} from '../../build/src/content/generated/faq.js';
import {palettes} from '../../build/src/internal/palette.js';

const OUT = 'storybook-static';
// A wireit step (package.json): it skips the build when nothing it reads has changed since the last one.
const timer = Date.now();
const build = spawnSync('npm', ['run', 'build-storybook', '--silent'], {
  encoding: 'utf8',
  env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1'},
});
const buildSeconds = (Date.now() - timer) / 1000;
const built = build.status === 0 && existsSync(`${OUT}/index.json`);
const entries = built ? Object.values(JSON.parse(readFileSync(`${OUT}/index.json`, 'utf8')).entries) : [];

test(`Storybook builds (${buildSeconds.toFixed(1)} s)`, () => {
  assert.ok(built, `npm run build-storybook failed:\n${build.stdout}\n${build.stderr}`);
});

test('the manifest names every element, so each gets a docs page', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .map((d) => d.tagName)
    .filter(Boolean);
  for (const folder of readdirSync('src/components')) {
    assert.ok(
      tags.includes(`sensiq-${folder}`),
      `add "@tagname sensiq-${folder}" to the class JSDoc in src/components/${folder}/`
    );
  }
});

test('every story has a one-line description', () => {
  for (const file of readdirSync('stories').filter((f) => f.endsWith('.stories.ts'))) {
    const source = readFileSync(`stories/${file}`, 'utf8');
    const stories = [...source.matchAll(/(?:^\/\*\*(.*)\*\/\n)?^export const (\w+)/gm)];
    assert.ok(stories.length, `${file} has no stories`);
    for (const [, description, name] of stories)
      assert.ok(description?.trim(), `${file}: ${name} has no /** one-line */ description`);
  }
});

/** The Theme switch's settings the stories are checked with: its default, and a dark page. */
const PASSES = [
  {name: 'light page', globals: null, page: 'light'},
  {name: 'dark page', globals: 'theme:page-dark', page: 'dark'},
];

let browser;
let server;
const pages = new Map(); // per pass, the preview page its stories share
let problems = [];
after(async () => {
  await browser?.close();
  await server?.close();
});

// The preview's channel exists before any story renders; record what it reports about each story or docs page.
function watchStorybook() {
  let channel;
  window.__sensiqStories = {};
  window.__sensiqPrepared = {};
  window.__sensiqGlobals = {};
  window.__sensiqCurrent = new URLSearchParams(location.search).get('id');
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const done = (event) => (payload) => {
        const id = payload?.storyId ?? payload?.id ?? window.__sensiqCurrent;
        window.__sensiqStories[id] = {event, payload: JSON.parse(JSON.stringify(payload ?? null))};
      };
      value.on('storyFinished', done('finished'));
      value.on(
        'storyPrepared',
        (payload) => (window.__sensiqPrepared[payload.id] = JSON.parse(JSON.stringify(payload)))
      );
      value.on('globalsUpdated', (payload) => (window.__sensiqGlobals[window.__sensiqCurrent] = payload));
      value.on('docsRendered', (id) => (window.__sensiqStories[id] = {event: 'docs'}));
      for (const failure of ['storyErrored', 'storyThrewException', 'storyMissing']) value.on(failure, done(failure));
    },
  });
}

async function open(url) {
  browser ??= await launchChromium();
  server ??= await startServer({root: OUT});
  const opened = await browser.newPage();
  opened.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  opened.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await opened.addInitScript(watchStorybook);
  await opened.goto(`${server.origin}/${url}`);
  return opened;
}

/**
 * Shows `entry` and waits until Storybook reports it done. The stories of a pass share one preview page, opened
 * with the pass's toolbar settings, and are switched as the Storybook UI does when a designer clicks through
 * (much faster than a page per story); a docs page gets a page of its own.
 */
async function show(entry, pass = PASSES[0]) {
  let shown;
  let page = pages.get(pass);
  const globals = pass.globals ? `&globals=${pass.globals}` : '';
  if (entry.type === 'docs') {
    shown = await open(`iframe.html?id=${entry.id}&viewMode=docs`);
  } else if (!page) {
    shown = page = await open(`iframe.html?id=${entry.id}&viewMode=story${globals}`);
    pages.set(pass, page);
  } else {
    shown = page;
    await page.evaluate((storyId) => {
      delete window.__sensiqStories[storyId];
      window.__sensiqCurrent = storyId;
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', {storyId, viewMode: 'story'});
    }, entry.id);
  }
  await shown.waitForFunction((id) => window.__sensiqStories[id], entry.id, {timeout: 30000});
  const result = await shown.evaluate((id) => window.__sensiqStories[id], entry.id);
  const texts = await shown.evaluate(sensiqTexts, entry.type);
  const canvas = await shown.evaluate(
    (id) => ({page: document.body.dataset.sensiqPage, storyGlobals: window.__sensiqGlobals[id]?.storyGlobals ?? {}}),
    entry.id
  );
  if (shown !== page) await shown.close();
  return {...result, texts, canvas};
}

// Runs in the page: the text each <sensiq-*> element shows through its shadow root, slots included.
async function sensiqTexts(viewMode) {
  const all = [];
  const collect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('sensiq-')) all.push(el);
      if (el.shadowRoot) collect(el.shadowRoot);
    }
  };
  collect(document.querySelector(viewMode === 'docs' ? '#storybook-docs' : '#storybook-root'));
  await Promise.all(all.map((el) => el.updateComplete));
  const text = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    if (['style', 'script', 'template'].includes(node.localName)) return '';
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes({flatten: true});
      return (assigned.length ? assigned : [...node.childNodes]).map(text).join('');
    }
    return [...(node.shadowRoot ?? node).childNodes].map(text).join('');
  };
  return all.map((el) => ({
    tag: el.localName,
    text: text(el.shadowRoot ?? el)
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

for (const pass of PASSES)
  for (const entry of entries.filter((e) => e.type === 'story' || pass === PASSES[0])) {
    const where = entry.type === 'story' ? ` on the ${pass.name}` : '';
    test(`${entry.type} "${entry.title} / ${entry.name}"${where} renders without errors`, async () => {
      problems = [];
      const {event, payload, texts, canvas} = await show(entry, pass);
      // A story that sets its own Theme keeps it; every other one is shown on the page this pass asks for.
      if (entry.type === 'story' && !canvas.storyGlobals.theme) assert.equal(canvas.page, pass.page, 'the page');

      assert.equal(event, entry.type === 'docs' ? 'docs' : 'finished', JSON.stringify(payload));
      if (event === 'finished') {
        const a11y = payload.reporters.find((r) => r.type === 'a11y');
        const violations = (a11y?.result.violations ?? []).map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`
        );
        assert.equal(payload.status, 'success', `story status ${payload.status}; axe: ${violations.join('; ')}`);
        assert.ok(a11y, `the a11y addon ran: ${JSON.stringify(payload).slice(0, 500)}`);
        assert.deepEqual(violations, [], 'axe violations');
        assert.equal(a11y.status, 'passed', a11y.result.error?.message);
      }
      assert.ok(texts.length, 'renders at least one <sensiq-*> element');
      for (const {tag, text} of texts) assert.ok(text, `<${tag}> shows no text`);
      assert.deepEqual(problems, []);
    });
  }

const previewPage = () => pages.get(PASSES[0]);

for (const entry of entries.filter((e) => e.name === 'Theme Playground')) {
  test(`"${entry.title} / Theme Playground" restyles the element live as a designer edits a token`, async () => {
    await show(entry);
    await previewPage().evaluate((storyId) => {
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', {storyId, updatedArgs: {'--sensiq-text': '#7a0019'}});
    }, entry.id);
    await previewPage().waitForFunction(
      () => {
        const el = [...document.querySelectorAll('#storybook-root *')].find((e) => e.localName.startsWith('sensiq-'));
        return el && getComputedStyle(el).color === 'rgb(122, 0, 25)';
      },
      null,
      {timeout: 10000}
    );
  });
}

test("a docs page keeps each story's custom properties to that story: the playground's do not restyle the dark one", async () => {
  const docs = entries.find((e) => e.type === 'docs' && e.title === 'Elements/sensiq-faq');
  const story = (name) => entries.find((e) => e.type === 'story' && e.title === docs.title && e.name === name).id;
  const page = await open(`iframe.html?id=${docs.id}&viewMode=docs`);
  try {
    await page.waitForFunction((id) => window.__sensiqStories[id], docs.id, {timeout: 30000});
    const colour = (id) =>
      page
        .waitForFunction(
          (id) => {
            const el = document.querySelector(`#anchor--${id} sensiq-faq`);
            return el?.dataset.sensiqTheme && getComputedStyle(el).color;
          },
          id,
          {timeout: 30000}
        )
        .then((handle) => handle.jsonValue());
    const rgb = (hex) =>
      `rgb(${hex
        .match(/[0-9a-f]{2}/gi)
        .map((h) => parseInt(h, 16))
        .join(', ')})`;
    // The playground starts from the light theme's text colour; the dark story must keep its own.
    assert.equal(await colour(story('Theme Playground')), rgb(palettes.light.text), 'the playground');
    assert.equal(await colour(story('Dark')), rgb(palettes.dark.text), 'the dark story beside it');
  } finally {
    await page.close();
  }
});

const declaration = (tag) =>
  JSON.parse(readFileSync('custom-elements.json', 'utf8'))
    .modules.flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tag);
const defaults = entries.filter((e) => e.type === 'story' && e.name === 'Default' && e.title.startsWith('Elements/'));

for (const entry of defaults) {
  const tag = entry.title.split('/').pop();
  test(`the controls of <${tag}> list each attribute once`, async () => {
    const {argTypes} = await previewPage().evaluate((id) => window.__sensiqPrepared[id], entry.id);
    const shown = Object.values(argTypes).filter((argType) => !argType.table?.disable);
    const {attributes} = declaration(tag);
    assert.ok(attributes.length);
    for (const {name, fieldName} of attributes) {
      const rows = shown.filter((argType) => argType.name === name || argType.name === fieldName);
      assert.deepEqual(
        rows.map((row) => [row.name, row.table?.category]),
        [[name, 'attributes']],
        name
      );
      assert.ok(argTypes[name].control, `${name} has a control`);
    }
  });
}

test('the FAQ offers its question ids as choices: questions a multi-select, open a select', async () => {
  const entry = defaults.find((e) => e.title.endsWith('sensiq-faq'));
  const {argTypes} = await previewPage().evaluate((id) => window.__sensiqPrepared[id], entry.id);
  const ids = faqs['menopause-hip-leg-pain'].map((item) => item.id);
  assert.equal(argTypes.questions.control.type, 'multi-select');
  assert.deepEqual(argTypes.questions.options, ids);
  assert.equal(argTypes.questions.control.labels[ids[0]], faqs['menopause-hip-leg-pain'][0].heading);
  assert.equal(argTypes.open.control.type, 'select');
  assert.deepEqual(argTypes.open.options, ['', 'all', ...ids]);
});

test('the red flags document their source slot', async () => {
  const entry = defaults.find((e) => e.title.endsWith('sensiq-red-flags'));
  const {argTypes} = await previewPage().evaluate((id) => window.__sensiqPrepared[id], entry.id);
  const slot = Object.values(argTypes).find(
    (argType) => argType.table?.category === 'slots' && !argType.table?.disable
  );
  assert.equal(slot?.name, 'source');
  assert.match(slot.description, /quoted source sentences/);
});

// What the toolbar's Theme switch must do for each of its values: the page's colours, and the theme the
// elements show (`page`: no theme, the page's text colour, nothing painted).
const SWITCH = {
  'page-light': {page: palettes.light, theme: 'page'},
  'page-dark': {page: palettes.dark, theme: 'page'},
  light: {page: palettes.light, theme: 'light'},
  dark: {page: palettes.dark, theme: 'dark'},
};

test('the Theme switch changes the page and the elements together: never page text on the wrong background', async () => {
  const entry = defaults.find((e) => e.title.endsWith('sensiq-takeaways'));
  await show(entry);
  const page = previewPage();
  const rgb = (hex) =>
    `rgb(${hex
      .match(/[0-9a-f]{2}/gi)
      .map((h) => parseInt(h, 16))
      .join(', ')})`;
  try {
    for (const [theme, expected] of Object.entries(SWITCH)) {
      await page.evaluate(
        (theme) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', {globals: {theme}}),
        theme
      );
      await page.waitForFunction(
        (want) => document.querySelector('#storybook-root sensiq-takeaways')?.dataset.sensiqTheme === want,
        expected.theme,
        {timeout: 10000}
      );
      const seen = await page.evaluate(() => {
        const el = document.querySelector('#storybook-root sensiq-takeaways');
        const style = getComputedStyle(el);
        return {
          body: [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color],
          element: [style.backgroundColor, style.color],
        };
      });
      assert.deepEqual(seen.body, [rgb(expected.page.surface), rgb(expected.page.text)], `${theme}: the page`);
      const element =
        expected.theme === 'page'
          ? ['rgba(0, 0, 0, 0)', rgb(expected.page.text)]
          : [rgb(palettes[expected.theme].surface), rgb(palettes[expected.theme].text)];
      assert.deepEqual(seen.element, element, `${theme}: the element`);
    }
  } finally {
    await page.evaluate(() =>
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', {globals: {theme: 'page-light'}})
    );
  }
});

// Storybook as designers get it: built static, then every story and docs page opened in headless Chromium.
// A page fails on a console error, an uncaught error, a story that errors or fails its axe check (the a11y
// addon runs axe after every story), or a <sensiq-*> element that shows no text. Every story is checked twice:
// on the default light page, and with the toolbar's Theme switch on a dark page. Then what designers meet: the
// controls' groups and kinds, the Theme Playground under the toolbar's pages, "Show code", the introduction.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {startServer} from './helpers/server.mjs';
import {launchChromium} from './helpers/browser.mjs';
import {faqs} from '../../build/src/content/generated/faq.js';
import {palettes} from '../../build/src/internal/palette.js';
import {ELEMENT_DESCRIPTIONS, ELEMENT_LABELS, SETTINGS} from '../../build/src/internal/settings.js';

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
  window.__sensiqGlobalTypes = {};
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
      value.on(
        'setGlobals',
        (payload) => (window.__sensiqGlobalTypes = JSON.parse(JSON.stringify(payload.globalTypes)))
      );
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

// Per docs entry id, its page: opened once, shared by the tests that read it, closed with the browser.
const docsPages = new Map();

/** The docs page of `entry`, open and rendered (Storybook reported it done). */
function docsPage(entry) {
  if (!docsPages.has(entry.id)) {
    docsPages.set(
      entry.id,
      open(`iframe.html?id=${entry.id}&viewMode=docs`).then(async (page) => {
        await page.waitForFunction((id) => window.__sensiqStories[id], entry.id, {timeout: 30000});
        return page;
      })
    );
  }
  return docsPages.get(entry.id);
}

/**
 * Shows `entry` and waits until Storybook reports it done. The stories of a pass share one preview page, opened
 * with the pass's toolbar settings, and are switched as the Storybook UI does when a designer clicks through
 * (much faster than a page per story); a docs page gets a page of its own, which the tests that read it share.
 */
async function show(entry, pass = PASSES[0]) {
  let shown;
  let page = pages.get(pass);
  const globals = pass.globals ? `&globals=${pass.globals}` : '';
  if (entry.type === 'docs') {
    shown = await docsPage(entry);
  } else if (!page) {
    shown = page = await open(`iframe.html?id=${entry.id}&viewMode=story${globals}`);
    pages.set(pass, page);
  } else {
    shown = page;
    await page.evaluate((storyId) => {
      // Already shown: Storybook would not render it again, nor report it.
      if (window.__sensiqCurrent === storyId && window.__sensiqStories[storyId]) return;
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

const declaration = (tag) =>
  JSON.parse(readFileSync('custom-elements.json', 'utf8'))
    .modules.flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tag);
const defaults = entries.filter((e) => e.type === 'story' && e.name === 'Default' && e.title.startsWith('Elements/'));
/** The element an entry under Elements shows: the sidebar names it by its label (ELEMENT_LABELS). */
const TAG_BY_TITLE = new Map(Object.entries(ELEMENT_LABELS).map(([tag, label]) => [`Elements/${label}`, tag]));
const tagOf = (entry) => TAG_BY_TITLE.get(entry.title);

test('the sidebar names each element by what it shows, at addresses that keep its tag', () => {
  const listed = entries.filter((e) => e.title.startsWith('Elements/'));
  assert.ok(listed.length > 20, `${listed.length} entries under Elements`);
  for (const entry of listed) {
    const tag = tagOf(entry);
    assert.ok(tag, `"${entry.title}" is no element's label in src/internal/settings.ts`);
    // The introduction's and the README's links name the tag: /docs/elements-sensiq-faq--docs.
    assert.ok(entry.id.startsWith(`elements-${tag}--`), `${entry.title}: ${entry.id}`);
  }
  for (const folder of readdirSync('src/components'))
    assert.ok(
      listed.some((entry) => tagOf(entry) === `sensiq-${folder}` && entry.type === 'docs'),
      `sensiq-${folder} has a docs page`
    );
});

for (const entry of entries.filter((e) => e.type === 'docs' && tagOf(e))) {
  test(`the docs page of <${tagOf(entry)}> opens with what a visitor sees, in plain words`, async () => {
    const tag = tagOf(entry);
    const page = await docsPage(entry);
    const text = (await page.locator('#storybook-docs').innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(ELEMENT_DESCRIPTIONS[tag]), `<${tag}>: ${text.slice(0, 300)}`);
    // Not the class's description, which is for developers (the manifest and editors show it).
    const developers = declaration(tag).description.split('\n')[0];
    assert.ok(!text.includes(developers), `<${tag}> shows "${developers}"`);
  });
}

/** The sections of the Controls panel, in order (stories/support/controls.ts). */
const GROUPS = ['Content', 'Call to action', 'Colours', 'Layout', 'Advanced'];
/** Where the declaration's groups are listed: "Look" is split into Colours (the theme) and Layout. */
const groupOf = (name, setting) =>
  setting.group === 'Look' ? (name === 'theme' ? 'Colours' : 'Layout') : setting.group;
/** The argTypes Storybook prepared for a story: what its Controls panel lists. */
async function preparedArgTypes(entry) {
  await show(entry);
  return (await previewPage().evaluate((id) => window.__sensiqPrepared[id], entry.id)).argTypes;
}
/** The rows the Controls panel shows, in its order. */
const rowsOf = (argTypes) => Object.entries(argTypes).filter(([, argType]) => !argType.table?.disable);

for (const entry of defaults) {
  const tag = tagOf(entry);
  test(`the controls of <${tag}> come in groups, in order: ${GROUPS.join(', ')}`, async () => {
    const rows = rowsOf(await preparedArgTypes(entry));
    const sections = [...new Set(rows.map(([, argType]) => argType.table?.category))];
    assert.deepEqual(
      sections,
      GROUPS.filter((group) => sections.includes(group)),
      'every row in a group, groups in order'
    );
    if (tag === 'sensiq-faq') assert.deepEqual(sections, GROUPS, 'the FAQ has all five');
    // A section's rows are listed together: once a section is left, it does not come back.
    const runs = rows.map(([, argType]) => argType.table.category).filter((c, i, all) => c !== all[i - 1]);
    assert.deepEqual(runs, sections, 'each group in one run');
  });

  test(`the controls of <${tag}> name each setting in plain words, with the control its kind needs`, async () => {
    const argTypes = await preparedArgTypes(entry);
    const rows = rowsOf(argTypes);
    const {attributes, cssProperties = [], cssParts = [], events = []} = declaration(tag);
    assert.ok(attributes.length);
    for (const {name} of attributes) {
      const setting = SETTINGS[name];
      assert.ok(setting, `${name} is declared in settings.ts`);
      const shown = rows.filter(([key]) => key === name);
      assert.equal(shown.length, 1, `${name}: one row`);
      const [, row] = shown[0];
      assert.equal(row.name, setting.label, `${name}: named by its label`);
      assert.match(row.description, new RegExp(`\`${name}\``), `${name}: the attribute in the description`);
      assert.equal(row.table.category, groupOf(name, setting), `${name}: its group`);
      const control = row.control?.type;
      if (setting.kind === 'boolean') assert.equal(control, 'boolean', name);
      else if (setting.kind === 'keyword') {
        assert.ok(['radio', 'select'].includes(control), `${name}: a choice, not ${control}`);
        for (const value of setting.values) {
          assert.ok(row.options.includes(value), `${name}: offers ${value}`);
          assert.equal(row.control.labels[value], setting.choices[value], `${name}: ${value} in plain words`);
        }
      } else if (setting.kind === 'whole' && setting.choices) {
        assert.ok(['radio', 'select'].includes(control), `${name}: a choice, not ${control}`);
        assert.deepEqual(row.options.map(String), Object.keys(setting.choices), name);
        assert.equal(row.control.labels['1'], setting.choices['1'], `${name}: in plain words`);
      } else if (setting.kind === 'whole') {
        assert.equal(control, 'number', name);
        assert.equal(row.control.min, setting.min, `${name}: min`);
        assert.equal(row.control.max, setting.max, `${name}: max`);
      } else assert.ok(control, `${name} has a control`);
    }
    for (const {name} of cssProperties) {
      const [, row] = rows.find(([key]) => key === name) ?? [];
      assert.ok(row, `${name} is listed`);
      assert.doesNotMatch(row.name, /^--/, `${name}: named in plain words`);
      assert.ok(['Colours', 'Layout'].includes(row.table.category), `${name}: under Colours or Layout`);
      if (/colour|color|text|background|accent|border|icon|divider|marker/i.test(row.name))
        assert.equal(row.table.category, 'Colours', `${name} is a colour`);
    }
    // Parts and events are for developers: documented under Advanced, with nothing to set.
    for (const {name} of [...cssParts, ...events]) {
      const [, row] = rows.find(([, argType]) => argType.name === name || argType.name === `::part(${name})`) ?? [];
      assert.ok(row, `${name} is documented`);
      assert.equal(row.table.category, 'Advanced', name);
      assert.ok(row.control === false || row.control?.disable, `${name}: no control`);
    }
  });
}

test('the FAQ offers its questions as choices: a checklist in article order, and "open" as a choice', async () => {
  const entry = defaults.find((e) => tagOf(e) === 'sensiq-faq');
  const argTypes = await preparedArgTypes(entry);
  const ids = faqs['menopause-hip-leg-pain'].map((item) => item.id);
  assert.equal(argTypes.questions.control.type, 'check');
  assert.deepEqual(argTypes.questions.options, ids);
  assert.equal(argTypes.questions.control.labels[ids[0]], faqs['menopause-hip-leg-pain'][0].heading);
  assert.equal(argTypes.open.control.type, 'select');
  assert.deepEqual(argTypes.open.options, ['', 'all', ...ids]);
});

test('the red flags document their source slot', async () => {
  const entry = defaults.find((e) => tagOf(e) === 'sensiq-red-flags');
  const argTypes = await preparedArgTypes(entry);
  const slot = Object.values(argTypes).find(
    (argType) => argType.table?.subcategory === 'Slots' && !argType.table?.disable
  );
  assert.equal(slot?.name, 'source');
  assert.equal(slot.table.category, 'Advanced');
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

const rgb = (hex) =>
  `rgb(${hex
    .match(/[0-9a-f]{2}/gi)
    .map((h) => parseInt(h, 16))
    .join(', ')})`;

// Runs in the page: the first <sensiq-*> element of the story, what is painted behind it (its own background,
// or the nearest ancestor's), that colour's relative luminance, and its text colour.
function seenPlayground() {
  const el = [...document.querySelectorAll('#storybook-root *')].find((e) => e.localName.startsWith('sensiq-'));
  let painted = el;
  while (painted && /rgba\(.*, 0\)|transparent/.test(getComputedStyle(painted).backgroundColor))
    painted = painted.parentElement;
  const channels = getComputedStyle(painted ?? document.documentElement)
    .backgroundColor.match(/[\d.]+/g)
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  const question = el.shadowRoot?.querySelector('[part="question"]');
  return {
    theme: el.dataset.sensiqTheme,
    luminance: 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2],
    style: el.getAttribute('style'),
    chevron: question && getComputedStyle(question, '::after').borderRightColor,
  };
}

const setGlobals = (theme) =>
  previewPage().evaluate(
    (theme) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', {globals: {theme}}),
    theme
  );

/** Waits until the story shows the toolbar's `theme`: the page behind it and the element's theme. */
const settled = (theme) =>
  previewPage().waitForFunction(
    ({page, want}) =>
      document.body.dataset.sensiqPage === page &&
      document.querySelector('#storybook-root [data-sensiq-theme]')?.dataset.sensiqTheme === want,
    {page: SWITCH[theme].page === palettes.dark ? 'dark' : 'light', want: SWITCH[theme].theme},
    {timeout: 10000}
  );

for (const entry of entries.filter((e) => e.name === 'Theme Playground')) {
  test(`"${entry.title} / Theme Playground" follows the toolbar: a dark card on its dark pages, a light one on its light pages`, async () => {
    await show(entry);
    try {
      for (const [theme, dark] of [
        ['page-dark', true],
        ['dark', true],
        ['light', false],
        ['page-light', false],
      ]) {
        await setGlobals(theme);
        await settled(theme);
        const seen = await previewPage().evaluate(seenPlayground);
        if (dark) assert.ok(seen.luminance < 0.05, `${theme}: a dark card (luminance ${seen.luminance.toFixed(3)})`);
        else assert.ok(seen.luminance > 0.8, `${theme}: a light card (luminance ${seen.luminance.toFixed(3)})`);
        assert.equal(seen.style, null, `${theme}: no colour written until the designer sets one`);
      }
    } finally {
      await setGlobals('page-light');
    }
  });

  test(`"${entry.title} / Theme Playground" writes only the colour a designer sets, and the others follow it`, async () => {
    await show(entry);
    const page = previewPage();
    const accent = '#c0392b';
    try {
      for (const theme of ['page-light', 'dark']) {
        await page.evaluate(
          (storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('resetStoryArgs', {storyId}),
          entry.id
        );
        await setGlobals(theme);
        await settled(theme);
        await page.waitForFunction(() => !document.querySelector('#storybook-root [data-sensiq-theme][style]'));
        const before = await page.evaluate(seenPlayground);
        await page.evaluate(
          ([storyId, accent]) =>
            window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', {
              storyId,
              updatedArgs: {'--sensiq-accent': accent},
            }),
          [entry.id, accent]
        );
        await page.waitForFunction(
          (accent) =>
            document
              .querySelector('#storybook-root [data-sensiq-theme][style]')
              ?.getAttribute('style')
              .includes(accent),
          accent,
          {timeout: 10000}
        );
        const after = await page.evaluate(seenPlayground);
        assert.equal(after.style, `--sensiq-accent: ${accent}`, `${theme}: only the accent is written`);
        if (tagOf(entry) === 'sensiq-faq') {
          assert.notEqual(before.chevron, rgb(accent), `${theme}: the chevrons start from the theme`);
          assert.equal(after.chevron, rgb(accent), `${theme}: the chevrons follow the accent`);
        }
      }
    } finally {
      await page.evaluate((storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('resetStoryArgs', {storyId}), entry.id);
      await setGlobals('page-light');
    }
  });
}

test('a docs page: "Show code" gives only what a designer pastes, and a colour set on one story stays on it', async () => {
  const docs = entries.find((e) => e.type === 'docs' && tagOf(e) === 'sensiq-faq');
  const story = (name) => entries.find((e) => e.type === 'story' && e.title === docs.title && e.name === name).id;
  // Last of the tests that read this page: the colour it sets stays on it.
  const page = await docsPage(docs);
  // The docs page's Controls table sets the primary story's args (the first, at the top of the page).
  const primary = `#anchor--primary--${story('Default')}`;
  await page.locator(`${primary} sensiq-faq[data-sensiq-theme]`).waitFor({timeout: 30000});
  await page.evaluate(
    (storyId) =>
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', {
        storyId,
        updatedArgs: {'--sensiq-accent': '#c0392b'},
      }),
    story('Default')
  );
  await page.waitForFunction((sel) => document.querySelector(`${sel} sensiq-faq[style]`), primary, {
    timeout: 10000,
  });
  const chevron = (anchor) =>
    page.evaluate((anchor) => {
      const el = document.querySelector(`${anchor} sensiq-faq`);
      return getComputedStyle(el.shadowRoot.querySelector('[part="question"]'), '::after').borderRightColor;
    }, anchor);
  assert.equal(await chevron(primary), rgb('#c0392b'), 'the story the colour was set on');
  assert.equal(await chevron(`#anchor--${story('Dark')}`), rgb(palettes.dark.accent), 'the dark story keeps its own');

  for (const [name, anchor] of [
    ['Default', primary],
    ['Theme Playground', `#anchor--${story('Theme Playground')}`],
    ['Brand Themed', `#anchor--${story('Brand Themed')}`],
  ]) {
    await page.locator(`${anchor} button:has-text("Show code")`).click();
    // The code block fills in after the click.
    await page.waitForFunction((sel) => document.querySelector(`${sel} pre`)?.textContent.includes('<'), anchor, {
      timeout: 10000,
    });
    const code = (await page.locator(`${anchor} pre`).first().textContent()).trim();
    assert.doesNotMatch(code, /sensiq-page/, `${name}: no Storybook frame`);
    assert.match(code, /^<(sensiq-faq|style)\b/, `${name}: starts with what is pasted`);
    assert.match(code, /<sensiq-faq\b[^>]*>\s*<\/sensiq-faq>/, `${name}: the element`);
    if (name === 'Default')
      assert.match(code, /^<sensiq-faq style="--sensiq-accent: #c0392b"><\/sensiq-faq>$/, 'the colour set');
    if (name === 'Brand Themed') assert.match(code, /<style>[\s\S]*::part\(question\)/, "the story's own style");
  }
});

test('the introduction starts with what a designer does, names the toolbar as it reads, and ends with commands', async () => {
  const docs = entries.find((e) => e.type === 'docs' && e.title === 'Introduction');
  const page = await docsPage(docs);
  const intro = await page.evaluate(() => {
    const root = document.querySelector('#storybook-docs');
    const first = (selector) => root.querySelector(selector);
    const before = (a, b) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return {
      firstHeading: first('h2').textContent,
      steps: [...first('ol').children].map((li) => li.textContent),
      stepsBeforeCommands: before(first('ol'), first('pre')),
      commandsLast: [...root.querySelectorAll('h2')].at(-1).textContent,
      text: root.textContent,
      toolbar: Object.values(window.__sensiqGlobalTypes.theme.toolbar.items).map((item) => item.title),
    };
  });
  assert.match(intro.firstHeading, /three steps/i);
  assert.equal(intro.steps.length, 3);
  assert.match(intro.steps[0], /^Pick a story/);
  assert.match(intro.steps[1], /^Change a colour.*Controls.*Colours/s);
  assert.match(intro.steps[2], /^Copy the code.*Show code/s);
  assert.ok(intro.stepsBeforeCommands, 'the steps come before any command');
  assert.match(intro.commandsLast, /developers/i);
  assert.doesNotMatch(intro.text, /Theme menu/);
  assert.equal(intro.toolbar.length, 5);
  for (const title of intro.toolbar) assert.ok(intro.text.includes(title), `names the toolbar's "${title}"`);
});

test('the Theme switch changes the page and the elements together: never page text on the wrong background', async () => {
  const entry = defaults.find((e) => tagOf(e) === 'sensiq-takeaways');
  await show(entry);
  const page = previewPage();
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

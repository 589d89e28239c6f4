// The pages `npm start` serves (demo/): the showcase front page and the host pages it links to. On each, every
// element this build knows renders, every placeholder naming one is upgraded, nothing errs or 404s, and nothing
// scrolls sideways from a small phone to a desktop. The front page's examples show the code that makes them,
// and their Copy buttons copy it and say so.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {openPage} from './helpers/browser.mjs';
import {pageTests} from './helpers/embed.mjs';
import {elementsIn} from '../../scripts/lib/elements.mjs';

const hosts = ['wordpress.html', 'shopify.html', 'clinic.html'];
const pages = ['index.html', ...hosts];
const known = elementsIn().map((element) => element.tag);
const WIDTHS = [320, 375, 390, 768, 1280];
// axe-core comes with the a11y tooling (@storybook/addon-a11y, chai-a11y-axe).
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const env = pageTests();

test('the demo front page links to each host page, each with its own stylesheet and SensIQ markup', () => {
  const index = readFileSync('demo/index.html', 'utf8');
  for (const host of hosts) {
    assert.ok(index.includes(`href="./${host}"`), host);
    const markup = readFileSync(`demo/${host}`, 'utf8');
    assert.ok(markup.includes(`<link rel="stylesheet" href="./${host.replace('.html', '.css')}" />`), host);
    assert.match(markup, /<sensiq-[a-z-]+[ >]|data-sensiq="/, host);
    // The whole article holds the takeaways, questions and warning signs: beside them it shows them twice.
    if (markup.includes('<sensiq-article'))
      assert.doesNotMatch(markup, /<sensiq-(takeaways|faq|red-flags)|data-sensiq="(takeaways|faq|red-flags)"/, host);
  }
});

test('the demo pages use no inline event handlers', () => {
  for (const name of pages) {
    assert.doesNotMatch(readFileSync(`demo/${name}`, 'utf8'), /\son[a-z]+\s*=/i, name);
  }
});

test('the front page says how to start Storybook, with no link to a server that is usually not running, and links to the embed builder', () => {
  const index = readFileSync('demo/index.html', 'utf8');
  assert.doesNotMatch(index, /href="http:\/\/localhost:6006/);
  assert.match(index, /Storybook<\/h3>/);
  assert.match(index, /<code>npm run storybook<\/code>/);
  assert.match(index, /<a href="\.\.\/dist\/builder\/index\.html">/);
});

test('the front page loads the elements by the recipe its first block shows: reserve.css beside the loader in its head', () => {
  const head = readFileSync('demo/index.html', 'utf8').split('</head>')[0];
  const loads = [
    ...head.matchAll(/<(?:link rel="stylesheet"|script type="module") (?:href|src)="\.\.\/dist\/([^"]+)"/g),
  ];
  assert.deepEqual(
    loads.map(([, file]) => file),
    ['reserve.css', 'loader.js']
  );
});

/** Opens a demo page at desktop width and records what a visitor's console and network tab would show. */
async function visit(name) {
  const context = await env.browser.newContext({viewport: {width: 1280, height: 800}});
  const failed = [];
  context.on(
    'response',
    (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`)
  );
  const {page, seen} = await openPage(context, `${env.server.origin}/demo/${name}`);
  await page.waitForLoadState('networkidle');
  await page.evaluate(async (tags) => {
    await Promise.all([...document.querySelectorAll(tags.join())].map((el) => el.updateComplete));
  }, known);
  return {page, seen, failed, close: () => context.close()};
}

// Each page is opened once for the checks that only read it.
for (const name of pages)
  describe(`demo/${name}`, () => {
    let visited;
    before(async () => {
      env.server.requests.length = 0;
      visited = await visit(name);
    });
    after(() => visited.close());

    test("the elements this build has render, in the page's own styles, with a quiet console", async () => {
      const {page, seen, failed} = visited;
      const state = await page.evaluate((tags) => {
        const known = [...document.querySelectorAll(tags.join())];
        return {
          known: known.length,
          rendered: known.filter((el) => el.shadowRoot?.childElementCount).length,
          waiting: [...document.querySelectorAll('[data-sensiq]')].filter((p) =>
            tags.includes(`sensiq-${p.getAttribute('data-sensiq')}`)
          ).length,
          styleSheets: [...document.styleSheets].map((sheet) => new URL(sheet.href).pathname),
        };
      }, known);
      assert.ok(state.known > 0);
      assert.equal(state.rendered, state.known);
      assert.equal(state.waiting, 0);
      // The page's own stylesheet, and on the front page the one the README's recipe links: nothing added by us.
      const own = name === 'index.html' ? '/demo/demo.css' : `/demo/${name.replace('.html', '.css')}`;
      assert.deepEqual(state.styleSheets, name === 'index.html' ? [own, '/dist/reserve.css'] : [own]);
      assert.deepEqual({...seen, failed}, {errors: [], warnings: [], pageErrors: [], failed: []});
      // Without an icon of its own a page makes the browser ask for /favicon.ico, a 404 under `npm start`.
      assert.ok(!env.server.requests.includes('/favicon.ico'), 'the page names its own icon');
    });

    test(`nothing scrolls sideways at ${WIDTHS.join(', ')} px`, async () => {
      const {page} = visited;
      for (const colorScheme of name === 'index.html' ? ['light', 'dark'] : ['light']) {
        await page.emulateMedia({colorScheme});
        for (const width of WIDTHS) {
          await page.setViewportSize({width, height: 800});
          const wide = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            // Anything wider than the viewport, even where a parent clips it.
            overflowing: [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
              .map((el) => el.localName + (el.className ? `.${el.className}` : ''))
              .slice(0, 5),
          }));
          assert.deepEqual(wide, {page: width, overflowing: []}, `${width} px, ${colorScheme}`);
        }
      }
      await page.emulateMedia({colorScheme: null});
      await page.setViewportSize({width: 1280, height: 800});
    });

    test('axe finds no accessibility violation', async () => {
      const {page} = visited;
      await page.addScriptTag({path: AXE});
      for (const colorScheme of name === 'index.html' ? ['light', 'dark'] : ['light']) {
        await page.emulateMedia({colorScheme});
        const violations = await page.evaluate(async () => {
          const {violations} = await window.axe.run(document);
          return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], colorScheme);
      }
      await page.emulateMedia({colorScheme: null});
    });
  });

test('each example on the front page has a human title, a purpose, the live element and exactly its code', async () => {
  const {page, close} = await visit('index.html');
  const examples = await page.evaluate(() =>
    [...document.querySelectorAll('section.example')].map((section) => {
      const code = section.querySelector('.code pre code');
      /** Tags and attributes of the SensIQ elements under `root`, in document order. */
      const elements = (root) =>
        [...root.querySelectorAll('*')]
          .filter((el) => el.localName.startsWith('sensiq-'))
          .map((el) => [
            el.localName,
            Object.fromEntries(
              [...el.attributes].filter((a) => a.name !== 'data-sensiq-theme').map((a) => [a.name, a.value])
            ),
          ]);
      const parsed = document.createElement('template');
      parsed.innerHTML = code.textContent;
      return {
        title: section.querySelector('h2').textContent.trim(),
        purpose: section.querySelector('.purpose')?.textContent.trim() ?? '',
        codeIsText: code.childElementCount === 0,
        live: section.querySelector('.stage') ? elements(section.querySelector('.stage')) : null,
        shown: elements(parsed.content),
        script: [...parsed.content.querySelectorAll('script')].map((s) => s.getAttribute('src')),
        fallback: parsed.content.querySelector('sensiq-faq')?.textContent.trim(),
        stylesheets: [...parsed.content.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
        copy: section.querySelector('.code button.copy')?.textContent.trim(),
        status: section.querySelector('.code [role="status"]') !== null,
      };
    })
  );
  assert.ok(examples.length >= 8, `${examples.length} examples`);
  const [start, ...rest] = examples;
  assert.deepEqual(
    {stylesheets: start.stylesheets, scripts: start.script, elements: start.shown.map(([tag]) => tag)},
    {
      stylesheets: [`${env.server.origin}/dist/reserve.css`],
      scripts: [`${env.server.origin}/dist/loader.js`],
      elements: ['sensiq-faq'],
    },
    "the first block is the README recipe with this demo's own addresses: the stylesheet, the loader, an element"
  );
  for (const url of [...start.stylesheets, ...start.script]) assert.equal((await fetch(url)).status, 200, url);
  assert.match(start.fallback, /^A health article from SensIQ: Can Menopause Cause Hip and Leg Pain\?$/);
  for (const example of rest) {
    assert.doesNotMatch(example.title, /[<>]|sensiq-/, 'a title in words, not a tag name');
    assert.ok(example.purpose.length > 20, `${example.title}: one line on what it is for`);
    assert.ok(example.codeIsText, `${example.title}: code is shown as text`);
    assert.ok(example.live.length, `${example.title}: the real element`);
    assert.deepEqual(example.shown, example.live, `${example.title}: the code makes what is shown`);
  }
  for (const example of examples) {
    assert.match(example.copy, /^Copy\b/, `${example.title}: a Copy button`);
    assert.ok(example.status, `${example.title}: a status that announces the copy`);
  }
  const covered = new Set(rest.flatMap((example) => example.live.map(([tag]) => tag)));
  assert.deepEqual([...covered].sort(), [...known].sort(), 'every element has an example');
  await close();
});

test('Copy puts the example code on the clipboard and says "Copied", visibly and in a live region', async () => {
  const {page, close} = await visit('index.html');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: env.server.origin});
  const section = page.locator('section.example:has(#doctor-title)');
  await section.locator('.code').getByRole('button', {name: /^Copy/}).click();
  await section.getByRole('status').filter({hasText: 'Copied'}).waitFor();
  assert.ok(await section.getByRole('status').isVisible());
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await section.locator('pre code').textContent());
  assert.match(copied, /^<sensiq-red-flags heading-level="3" emergency-number="911"><\/sensiq-red-flags>$/);
  await close();
});

test('where the clipboard refuses, Copy selects the code and says how to copy it', async () => {
  const {page, close} = await visit('index.html');
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const section = page.locator('section.example').first();
  await section.locator('.code').getByRole('button', {name: /^Copy/}).click();
  await section.getByRole('status').filter({hasText: 'Ctrl+C'}).waitFor();
  const selected = await page.evaluate(() => getSelection().toString());
  assert.equal(selected, await section.locator('pre code').textContent());
  await close();
});

test('nothing on the front page moves while it loads, on a phone or a desktop (no layout shift)', async () => {
  for (const viewport of [
    {width: 390, height: 844},
    {width: 1280, height: 800},
  ]) {
    const context = await env.browser.newContext({viewport});
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.shifts.push(`${entry.value.toFixed(4)}: ${entry.sources.map((s) => s.node?.nodeName).join(', ')}`);
        }
      }).observe({type: 'layout-shift', buffered: true});
    });
    await page.goto(`${env.server.origin}/demo/index.html`);
    await page.waitForLoadState('networkidle');
    // Everything rendered (elements, Copy rows), then two frames for the last shift to be reported.
    await page.evaluate(async (tags) => {
      await Promise.all([...document.querySelectorAll(tags.join())].map((el) => el.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, known);
    assert.equal(
      await page.locator('.copy-row').count(),
      await page.locator('.code').count(),
      'every Copy row is there'
    );
    assert.deepEqual(await page.evaluate(() => window.shifts), [], `${viewport.width} px`);
    await context.close();
  }
});

test('elements that share a stage keep apart: no two boxes touch', async () => {
  const {page, close} = await visit('index.html');
  const gaps = await page.evaluate(() =>
    [...document.querySelectorAll('.stage')].flatMap((stage) => {
      const boxes = [...stage.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('sensiq-') && getComputedStyle(el).display !== 'contents')
        .map((el) => el.getBoundingClientRect());
      return boxes.slice(1).map((box, i) => box.top - boxes[i].bottom);
    })
  );
  assert.ok(gaps.length, 'a stage with more than one element');
  for (const gap of gaps) assert.ok(gap >= 16, `${gap} px between two elements`);
  await close();
});

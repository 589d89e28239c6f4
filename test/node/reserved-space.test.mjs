// dist/reserve.css holds space for SensIQ elements until they render (scripts/lib/reserve-css.mjs), so the host
// page's own content does not move when they arrive: checked on a phone-sized page with the widget above the
// host's text, the element file held back so that the page paints first, as on a slow network.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {hostPage, moduleScript, pageTests} from './helpers/embed.mjs';

const env = pageTests();
const TEXT = '<p class="host">Our bundle ships in recyclable packaging. '.repeat(3) + '</p>';

const RESERVE = '<link rel="stylesheet" href="/dist/reserve.css">';

/**
 * Opens `body` with the loader (and, as the README's recipe has it, reserve.css) on a `width` px wide page, the
 * element files held back by `delay` ms.
 */
async function open(body, {width = 412, delay = 400, reserve = true} = {}) {
  const path = `/reserve-${Math.random().toString(36).slice(2)}.html`;
  const style = '<style>html { font: 16px/1.5 system-ui, sans-serif; } body { margin: 0 16px; }</style>';
  const head = style + (reserve ? RESERVE : '') + moduleScript('/dist/loader.js');
  env.server.pages[path] = {body: hostPage(head, `<h1>Joint Comfort Bundle</h1>${body}${TEXT.repeat(8)}`)};
  const context = await env.browser.newContext({viewport: {width, height: 823}});
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.shifts = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.shifts += entry.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await page.route(/\/components\//, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.continue();
  });
  await page.goto(env.server.origin + path);
  return {page, close: () => context.close()};
}

const heightOf = (page, selector) =>
  page.evaluate((s) => document.querySelector(s).getBoundingClientRect().height, selector);
const renderedAll = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('sensiq-faq, sensiq-article, sensiq-takeaways, sensiq-red-flags')].every((el) =>
      el.hasAttribute('data-sensiq-theme')
    )
  );

for (const [body, tag] of [
  ['<sensiq-faq></sensiq-faq>', 'sensiq-faq'],
  ['<sensiq-faq limit="4" searchable></sensiq-faq>', 'sensiq-faq'],
  [
    '<sensiq-faq questions="do-hips-hurt-during-perimenopause,why-do-my-hips-and-legs-hurt-at-night"></sensiq-faq>',
    'sensiq-faq',
  ],
  ['<sensiq-faq theme="dark" cta-href="https://example.com/shop"></sensiq-faq>', 'sensiq-faq'],
  ['<sensiq-red-flags></sensiq-red-flags>', 'sensiq-red-flags'],
  ['<sensiq-article></sensiq-article>', 'sensiq-article'],
  ['<sensiq-takeaways></sensiq-takeaways>', 'sensiq-takeaways'],
]) {
  test(`${body} above the host's text on a phone: space held before it renders, no layout shift when it does`, async () => {
    const {page, close} = await open(body);
    const held = await heightOf(page, tag);
    assert.ok(held > 150, `space held before the element file arrives: ${held} px`);
    await renderedAll(page);
    await page.waitForTimeout(200);
    const shown = await heightOf(page, tag);
    const shifts = await page.evaluate(() => window.shifts);
    assert.ok(shifts <= 0.05, `layout shift ${shifts.toFixed(3)} (held ${held} px, rendered ${shown} px)`);
    await close();
  });
}

test('the space held matches the rendered FAQ within 20 px from 320 to 1280 px wide', async () => {
  for (const width of [320, 375, 412, 600, 768, 1024, 1280]) {
    const {page, close} = await open('<sensiq-faq></sensiq-faq>', {width});
    const held = await heightOf(page, 'sensiq-faq');
    await renderedAll(page);
    const shown = await heightOf(page, 'sensiq-faq');
    assert.ok(Math.abs(held - shown) <= 20, `${width} px: held ${held}, rendered ${shown}`);
    await close();
  }
});

test('without reserve.css the same page shifts (the test can fail; the loader alone runs after the first paint)', async () => {
  const {page, close} = await open('<sensiq-faq></sensiq-faq>', {reserve: false});
  await renderedAll(page);
  await page.waitForTimeout(200);
  assert.ok((await page.evaluate(() => window.shifts)) > 0.1);
  await close();
});

test('elements pasted one after another have a gap, the same before and after they render, and --sensiq-gap sets it', async () => {
  const stack = '<sensiq-takeaways></sensiq-takeaways><sensiq-red-flags></sensiq-red-flags><sensiq-faq></sensiq-faq>';
  const gaps = (page) =>
    page.evaluate(() => {
      const boxes = [...document.querySelectorAll('sensiq-takeaways, sensiq-red-flags, sensiq-faq')].map((el) =>
        el.getBoundingClientRect()
      );
      return boxes.slice(1).map((box, i) => Math.round(box.top - boxes[i].bottom));
    });
  const {page, close} = await open(stack);
  const before = await gaps(page);
  await renderedAll(page);
  await page.waitForTimeout(200);
  assert.deepEqual(before, [24, 24], '1.5em of the 16 px text between the boxes before they render');
  assert.deepEqual(await gaps(page), before, 'and after');
  assert.ok((await page.evaluate(() => window.shifts)) <= 0.05);
  await page.addStyleTag({content: 'sensiq-red-flags, sensiq-faq { --sensiq-gap: 40px; }'});
  assert.deepEqual(await gaps(page), [40, 40]);
  await close();
});

const FALLBACK =
  '<p>A health article from SensIQ: <a href="https://sensiqnootropics.com/can-menopause-cause-hip-and-leg-pain/">Can Menopause Cause Hip and Leg Pain?</a></p>';

test('where the host blocks our script, the fallback link shows in the held space; once the element renders it is gone, and nothing moved either way', async () => {
  const body = `<sensiq-faq>${FALLBACK}</sensiq-faq>`;
  const link = (page) =>
    page.evaluate(() => {
      const a = document.querySelector('sensiq-faq a');
      const box = document.querySelector('sensiq-faq').getBoundingClientRect();
      const rect = a.getBoundingClientRect();
      return {
        visible: a.checkVisibility(),
        inside: rect.top >= box.top && rect.bottom <= box.bottom,
        text: a.textContent,
        held: box.height,
      };
    });
  const blocked = await open(body);
  // The page's stylesheet arrives; our scripts do not.
  await blocked.page.route(/\/dist\/.*\.js$/, (route) => route.abort());
  await blocked.page.reload();
  await blocked.page.waitForLoadState('load');
  await blocked.page.waitForTimeout(300);
  const seen = await link(blocked.page);
  assert.deepEqual(
    {...seen, held: seen.held > 150},
    {
      visible: true,
      inside: true,
      text: 'Can Menopause Cause Hip and Leg Pain?',
      held: true,
    }
  );
  assert.equal(await blocked.page.evaluate(() => window.shifts), 0);
  await blocked.close();

  const {page, close} = await open(body);
  assert.equal((await link(page)).visible, true, 'shown while the element file is on its way');
  await renderedAll(page);
  await page.waitForTimeout(200);
  assert.equal((await link(page)).visible, false, "hidden by the element's shadow root once it renders");
  assert.ok((await page.evaluate(() => window.shifts)) <= 0.05);
  await close();
});

test('reserve.css is small, and holds nothing once an element has rendered', async () => {
  const css = readFileSync('dist/reserve.css');
  assert.ok(gzipSync(css, {level: 9}).length <= 1100, `${gzipSync(css, {level: 9}).length} B gzipped`);
  const {page, close} = await open('<sensiq-faq></sensiq-faq>', {delay: 0});
  await renderedAll(page);
  const before = await page.evaluate(() => getComputedStyle(document.querySelector('sensiq-faq'), '::before').height);
  assert.equal(before, 'auto');
  await close();
});

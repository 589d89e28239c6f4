// dist/loader.js: small, and it fetches only the element modules a page uses, when the page uses them.
import {test, before} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdirSync, readFileSync} from 'node:fs';
import {gzipSync} from 'node:zlib';
import {openPage} from './helpers/browser.mjs';
import {buildVariant, staticImports, withFixtures} from './helpers/build.mjs';
import {hostPage, moduleScript, pageTests, rendered, scriptRequests, shown} from './helpers/embed.mjs';

let fixtures; // a build with the test-only <sensiq-sample> beside the real elements

/**
 * The module paths loading `tag` from the build at `base` costs before it renders: its file and the chunks it
 * imports; with `{later: true}` also the chunks it may load afterwards (answers, structured data...).
 */
const modulesOf = (base, tag, {later = false, file = `components/${tag}.js`} = {}) =>
  [file, ...staticImports(`.${base}/${file}`, {later}).map((path) => `components/${path}`)].map((p) => `${base}/${p}`);

/** A page whose first SensIQ content is one kind of element gets that element's self-contained file. */
const standaloneOf = (base, tag, options) =>
  modulesOf(base, tag, {...options, file: `components/${tag}.standalone.js`});

/** Every module in `needed` was requested, and nothing outside `allowed`. */
function requestedOnly(server, needed, allowed) {
  const requested = new Set(scriptRequests(server));
  for (const path of needed) assert.ok(requested.has(path), `${path} was not requested`);
  for (const path of requested) assert.ok(allowed.includes(path), `${path} was requested`);
}

/** Opens `body` with the loader from `base`, waits until `selector` has rendered and the network is idle. */
async function visit(base, body, selector) {
  env.server.requests.length = 0;
  env.server.pages['/page.html'] = {body: hostPage(moduleScript(`${base}/loader.js`), body)};
  const visited = await openPage(env.browser, `${env.server.origin}/page.html`);
  if (selector) await rendered(visited.page, selector);
  await visited.page.waitForLoadState('networkidle');
  return visited;
}

before(async () => {
  // What its pages load: the loader, the element files and the self-contained files of the first kinds they hold.
  fixtures = await buildVariant('fixtures', {
    elements: withFixtures(),
    outputs: ['loader', 'components'],
    standalone: ['sensiq-takeaways', 'sensiq-sample'],
  });
});
const env = pageTests();

test('the loader is at most 1,500 bytes gzipped', () => {
  const size = gzipSync(readFileSync('dist/loader.js'), {level: 9}).length;
  assert.ok(size <= 1500, `dist/loader.js is ${size} B gzipped`);
});

test("a page with one kind of element fetches the loader and that element's self-contained file, nothing else", async () => {
  assert.deepEqual(staticImports('./dist/components/sensiq-takeaways.standalone.js'), [], 'imports nothing');
  const {page, seen} = await visit(
    '/dist',
    '<sensiq-takeaways limit="2"></sensiq-takeaways><sensiq-takeaways></sensiq-takeaways>',
    'sensiq-takeaways'
  );
  assert.deepEqual(
    scriptRequests(env.server).sort(),
    ['/dist/loader.js', ...standaloneOf('/dist', 'sensiq-takeaways')].sort()
  );
  assert.equal((await shown(page))[0].items.length, 2);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('with two elements built, a page using one never fetches the other', async () => {
  for (const [tag, other] of [
    ['sensiq-takeaways', 'sensiq-sample'],
    ['sensiq-sample', 'sensiq-takeaways'],
  ]) {
    const {page, seen} = await visit(fixtures, `<${tag}></${tag}>`, tag);
    const requests = scriptRequests(env.server);
    assert.deepEqual(requests.sort(), [`${fixtures}/loader.js`, ...standaloneOf(fixtures, tag)].sort(), tag);
    assert.ok(!requests.some((path) => path.includes(other)));
    assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
    await page.close();
  }
});

test('two elements share their chunks, and each module is fetched once', async () => {
  const [takeaways, sample] = ['sensiq-takeaways', 'sensiq-sample'].map((tag) => modulesOf(fixtures, tag));
  assert.ok(
    takeaways.some((path) => path.includes('/chunks/') && sample.includes(path)),
    'the element files import a common chunk'
  );
  const {page, seen} = await visit(
    fixtures,
    '<sensiq-sample label="Both"><sensiq-takeaways></sensiq-takeaways></sensiq-sample>',
    'sensiq-takeaways, sensiq-sample'
  );
  const requests = scriptRequests(env.server);
  assert.deepEqual(requests.sort(), [...new Set([`${fixtures}/loader.js`, ...takeaways, ...sample])].sort());
  assert.equal((await shown(page, 'sensiq-takeaways'))[0].items.length, 5);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('elements the page adds later are fetched then, and upgrade', async () => {
  const {page, seen} = await visit('/dist', '<main id="app"></main>');
  assert.deepEqual(scriptRequests(env.server), ['/dist/loader.js'], 'nothing fetched before an element appears');
  await page.evaluate(() => document.querySelector('#app').append(document.createElement('sensiq-takeaways')));
  await rendered(page);
  assert.equal((await shown(page))[0].items.length, 5);
  // A host framework re-rendering its section replaces the markup wholesale.
  await page.evaluate(
    () => (document.querySelector('#app').innerHTML = '<sensiq-takeaways limit="1"></sensiq-takeaways>')
  );
  await page.waitForFunction(
    () => document.querySelector('sensiq-takeaways').shadowRoot?.querySelectorAll('li').length === 1
  );
  // The first kind of element to appear gets its self-contained file, whenever it appears.
  assert.deepEqual(
    scriptRequests(env.server).sort(),
    ['/dist/loader.js', ...standaloneOf('/dist', 'sensiq-takeaways')].sort()
  );
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('an element that appears after a self-contained one comes from the shared files, and settings reach across', async () => {
  const {page, seen} = await visit(
    '/dist',
    '<sensiq-takeaways></sensiq-takeaways><main id="app"></main>',
    'sensiq-takeaways'
  );
  await page.evaluate(() => {
    document.querySelector('#app').innerHTML =
      '<sensiq-provider theme="dark" heading-level="3"><sensiq-faq></sensiq-faq></sensiq-provider>';
  });
  await rendered(page, 'sensiq-faq');
  await page.waitForLoadState('networkidle');
  const kinds = (options) => [
    '/dist/loader.js',
    ...standaloneOf('/dist', 'sensiq-takeaways', options),
    ...modulesOf('/dist', 'sensiq-provider', options),
    ...modulesOf('/dist', 'sensiq-faq', options),
  ];
  requestedOnly(env.server, kinds(), kinds({later: true}));
  assert.equal(await page.locator('sensiq-faq').getAttribute('data-sensiq-theme'), 'dark');
  assert.equal(await page.locator('sensiq-faq').getByRole('heading', {level: 3}).count(), 9);
  assert.equal((await shown(page, 'sensiq-takeaways'))[0].items.length, 5);
  // A provider of the other copy hands its settings to the element the self-contained file defined.
  await page.evaluate(() =>
    document.querySelector('sensiq-provider').append(document.querySelector('sensiq-takeaways'))
  );
  await page.waitForFunction(
    () => document.querySelector('sensiq-takeaways').getAttribute('data-sensiq-theme') === 'dark'
  );
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('a page that starts with two kinds of element shares one copy of Lit between them', async () => {
  const {page, seen} = await visit(
    '/dist',
    '<sensiq-provider no-promo><sensiq-faq></sensiq-faq></sensiq-provider>',
    'sensiq-faq'
  );
  await page.waitForLoadState('networkidle');
  const kinds = (options) => [
    '/dist/loader.js',
    ...modulesOf('/dist', 'sensiq-provider', options),
    ...modulesOf('/dist', 'sensiq-faq', options),
  ];
  requestedOnly(env.server, kinds(), kinds({later: true}));
  assert.ok(!scriptRequests(env.server).some((path) => path.includes('.standalone')), 'no self-contained file');
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('a page that hints at the files of two kinds of element uses each hinted file, and no other', async () => {
  // A modulepreload hint for an element's file, then the element, as the builder's code had them before it named
  // the file in its script tag (pages still carry that code); the loader comes from visit.
  const pasted = (tag) => `<link rel="modulepreload" href="/dist/components/${tag}.standalone.js"><${tag}></${tag}>`;
  const {page, seen} = await visit(
    '/dist',
    pasted('sensiq-faq') + pasted('sensiq-takeaways'),
    'sensiq-faq, sensiq-takeaways'
  );
  await page.waitForLoadState('networkidle');
  const files = (options) => [
    '/dist/loader.js',
    ...standaloneOf('/dist', 'sensiq-faq', options),
    ...standaloneOf('/dist', 'sensiq-takeaways', options),
  ];
  requestedOnly(env.server, files(), files({later: true}));
  assert.equal(await page.locator('sensiq-faq').getByRole('button').count(), 9);
  assert.equal((await shown(page, 'sensiq-takeaways'))[0].items.length, 5);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('names from the page never become module URLs: unknown names fetch nothing and warn once', async () => {
  const {page, seen} = await visit(
    '/dist',
    `<sensiq-bogus></sensiq-bogus>
     <div data-sensiq="../loader"></div><div data-sensiq="../loader"></div>
     <div data-sensiq="https://evil.example/x"></div>`
  );
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div data-sensiq="../loader"></div>'));
  await page.waitForLoadState('networkidle');
  // The loader, and the placeholder support it loads on a page with placeholders (a file of our build, never
  // named by the page).
  const [loader, ...rest] = scriptRequests(env.server);
  assert.equal(loader, '/dist/loader.js');
  assert.deepEqual(
    rest.map((path) => /^\/dist\/components\/chunks\/loader-placeholders-[\w-]+\.js$/.test(path)),
    [true]
  );
  assert.equal(seen.warnings.length, 2, seen.warnings.join('\n'));
  // In either order: each placeholder's warning waits for the placeholder code to arrive.
  const warnings = [...seen.warnings].sort();
  assert.match(warnings[0], /data-sensiq="\.\.\/loader" is not a SensIQ element: use one of [^.]*"takeaways"/);
  assert.match(warnings[1], /data-sensiq="https:\/\/evil\.example\/x" is not a SensIQ element/);
  assert.equal(await page.locator('[data-sensiq]').count(), 4, 'unknown placeholders are left as they are');
  assert.deepEqual([seen.errors, seen.pageErrors], [[], []]);
  await page.close();
});

test('an element module that fails to load costs one warning and no uncaught error', async () => {
  // The loader alone, without its components/ folder beside it.
  mkdirSync('build/test-dist/lonely', {recursive: true});
  copyFileSync('dist/loader.js', 'build/test-dist/lonely/loader.js');
  const {page, seen} = await visit(
    '/build/test-dist/lonely',
    '<sensiq-takeaways></sensiq-takeaways><sensiq-takeaways></sensiq-takeaways><div data-sensiq="takeaways"></div>'
  );
  assert.equal(seen.warnings.length, 1, seen.warnings.join('\n'));
  assert.match(seen.warnings[0], /could not load <sensiq-takeaways>/);
  assert.deepEqual(seen.pageErrors, []);
  assert.ok(
    seen.errors.every((text) => /Failed to load resource.*404/.test(text)),
    seen.errors.join('\n')
  );
  await page.close();
});

test('a placeholder inside a wrapper placeholder upgrades inside the wrapper element', async () => {
  const {page, seen} = await visit(
    fixtures,
    `<div data-sensiq="sample" data-label="Clinic corner">
       <div data-sensiq="takeaways" data-limit="4" data-heading-level="3"></div>
     </div>`,
    'sensiq-sample, sensiq-sample > sensiq-takeaways'
  );
  const [{items, heading}] = await shown(page, 'sensiq-sample > sensiq-takeaways');
  assert.equal(heading, 'h3');
  assert.equal(items.length, 4);
  assert.equal(await page.locator('sensiq-sample').getByRole('heading', {level: 2}).textContent(), 'Clinic corner');
  assert.equal(await page.locator('[data-sensiq]').count(), 0);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('where every element came with its content in the HTML, the loader waits for the report of its first paint (or a second, where none comes); with one bare tag it does not', async () => {
  // The snippet without its comment line: the element with its declarative shadow root.
  const prerendered = readFileSync('dist/snippets/sensiq-takeaways.html', 'utf8').replace(/^<!--.*-->\n/, '');
  // Paint reports and timers of a second or more are held back: they run only when the test lets them.
  const holdPaintReports = `<script>
    window.heldReports = [];
    window.PerformanceObserver = class extends PerformanceObserver {
      constructor(report) { super((...args) => heldReports.push(() => report(...args))); }
    };
    window.heldTimers = [];
    const setTimer = setTimeout;
    window.setTimeout = (f, ms, ...args) => (ms >= 1000 ? heldTimers.push(f) : setTimer(f, ms, ...args));
  </script>`;
  const open = async (body, head = holdPaintReports) => {
    env.server.requests.length = 0;
    env.server.pages['/page.html'] = {body: hostPage(head + moduleScript('/dist/loader.js'), body)};
    const visited = await openPage(env.browser, `${env.server.origin}/page.html`);
    await visited.page.waitForLoadState('networkidle');
    return visited;
  };
  const defined = (page) =>
    page.evaluate(() => ['sensiq-takeaways', 'sensiq-faq'].filter((t) => customElements.get(t)));

  const painted = await open(prerendered);
  await painted.page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, undefined, {polling: 50});
  assert.deepEqual(await defined(painted.page), [], 'nothing is loaded before the paint is reported');
  assert.deepEqual(scriptRequests(env.server), ['/dist/loader.js']);
  assert.ok(
    await painted.page.evaluate(() => document.querySelector('sensiq-takeaways').shadowRoot.textContent.trim())
  );
  await painted.page.evaluate(() => window.heldReports.splice(0).forEach((report) => report()));
  await painted.page.waitForFunction(() => document.querySelector('sensiq-takeaways').hasUpdated, undefined, {
    polling: 50,
  });
  assert.ok(
    await painted.page.evaluate(() => document.querySelector('sensiq-takeaways').shadowRoot.querySelector('li'))
  );
  assert.deepEqual(painted.seen, {errors: [], warnings: [], pageErrors: []});
  await painted.page.close();

  // A page whose paint is never reported: the loader's own timer lets the element in.
  const unreported = await open(prerendered);
  await unreported.page.waitForFunction(() => window.heldTimers.length > 0, undefined, {polling: 50});
  assert.deepEqual(await defined(unreported.page), [], 'nothing is loaded before the timer');
  await unreported.page.evaluate(() => window.heldTimers.splice(0).forEach((timer) => timer()));
  await unreported.page.waitForFunction(() => document.querySelector('sensiq-takeaways').hasUpdated, undefined, {
    polling: 50,
  });
  assert.deepEqual(unreported.seen, {errors: [], warnings: [], pageErrors: []});
  await unreported.page.close();

  // Unheld, in the browser's own time: the element's file is asked for after the paint reached the screen.
  const real = await open(prerendered, '');
  await real.page.waitForFunction(() => document.querySelector('sensiq-takeaways').hasUpdated, undefined, {
    polling: 50,
  });
  const [paint, file] = await real.page.evaluate(() => [
    performance.getEntriesByType('paint')[0].startTime,
    performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.standalone.js')).startTime,
  ]);
  assert.ok(file >= paint, `the element's file was asked for at ${file} ms, before the paint at ${paint} ms`);
  await real.page.close();

  // One element without content in the HTML: the reader waits for it, so nothing waits for a paint.
  const bare = await open(`${prerendered}<sensiq-faq></sensiq-faq>`);
  await bare.page.waitForFunction(
    () => ['sensiq-takeaways', 'sensiq-faq'].every((tag) => document.querySelector(tag).hasUpdated),
    undefined,
    {polling: 50}
  );
  assert.deepEqual(await bare.page.evaluate(() => [window.heldReports.length, window.heldTimers.length]), [0, 0]);
  assert.deepEqual(bare.seen, {errors: [], warnings: [], pageErrors: []});
  await bare.page.close();
});

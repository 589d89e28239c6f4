// Subresource Integrity (issue 18): dist/integrity.json holds the sha384 of every file in dist/, and a page that
// pins our files with it gets exactly those bytes or nothing. A copy of dist/ served from another origin (as a
// CDN) with files changed after the build: Chromium refuses them, and the rest of the page keeps working.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {importMap} from '../../scripts/integrity.mjs';
import {launchChromium, openPage} from './helpers/browser.mjs';
import {hostPage} from './helpers/embed.mjs';
import {startServer} from './helpers/server.mjs';

const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
const TAMPERED = ['components/sensiq-takeaways.js', 'sensiq.js'];

const env = {};
before(async () => {
  // Two copies of dist/, as two CDNs would serve them: as built, and with files changed after the build.
  env.dir = mkdtempSync(join(tmpdir(), 'sensiq-integrity-'));
  for (const copy of ['intact', 'tampered']) cpSync('dist', join(env.dir, copy), {recursive: true});
  for (const file of TAMPERED) appendFileSync(join(env.dir, 'tampered', file), '\nwindow.__tampered = true;\n');
  env.cdn = await startServer({root: env.dir, headers: {'access-control-allow-origin': '*'}});
  env.site = await startServer(); // the host page, on another origin
  env.browser = await launchChromium();
});
after(async () => {
  await env.browser?.close();
  await env.site?.close();
  await env.cdn?.close();
  rmSync(env.dir, {recursive: true, force: true});
});

test('dist/integrity.json holds the sha384 of every file in dist/ but itself, as integrity attributes take it', () => {
  const files = readdirSync('dist', {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice('dist/'.length))
    .filter((path) => path !== 'integrity.json')
    .sort();
  assert.deepEqual(Object.keys(integrity), files);
  for (const file of ['loader.js', 'sensiq.js', 'reserve.css', 'components/sensiq-faq.standalone.js']) assert.ok(file in integrity, file);
  for (const [file, value] of Object.entries(integrity)) {
    const digest = createHash('sha384').update(readFileSync(join('dist', file))).digest('base64');
    assert.equal(value, `sha384-${digest}`, file);
  }
});

/** A host page with the pinned stylesheet and `script`, the import map for the loader's imports, and a button of its own. */
const pinnedPage = (base, script) =>
  hostPage(
    `<script type="importmap">${JSON.stringify(importMap(base, integrity))}</script>
<link rel="stylesheet" href="${base}reserve.css" integrity="${integrity['reserve.css']}" crossorigin="anonymous">
<script type="module" src="${base}${script}" integrity="${integrity[script]}" crossorigin="anonymous"></script>`,
    `<button id="host" onclick="this.textContent = 'Clicked'">Host button</button>
<sensiq-faq></sensiq-faq><sensiq-takeaways></sensiq-takeaways>`
  );

/** What the reader meets: each element's text (empty when its code never ran) and the host's own button. */
async function whatIsShown(page) {
  await page.click('#host');
  return page.evaluate(() => ({
    questions: [...(document.querySelector('sensiq-faq').shadowRoot?.querySelectorAll('[part="question"]') ?? [])].length,
    takeaways: [...(document.querySelector('sensiq-takeaways').shadowRoot?.querySelectorAll('li') ?? [])].length,
    host: document.getElementById('host').textContent,
    tampered: window.__tampered ?? false,
  }));
}

for (const script of ['loader.js', 'sensiq.js']) {
  test(`${script} pinned from a CDN: its bytes as built run; changed ones are refused and the page goes on`, async () => {
    env.site.pages['/intact.html'] = {body: pinnedPage(`${env.cdn.origin}/intact/`, script)};
    env.site.pages['/tampered.html'] = {body: pinnedPage(`${env.cdn.origin}/tampered/`, script)};

    const intact = await openPage(env.browser, `${env.site.origin}/intact.html`, {
      waitFor: () => document.querySelector('sensiq-takeaways').shadowRoot?.querySelector('li'),
    });
    await intact.page.waitForFunction(() => document.querySelector('sensiq-faq').shadowRoot?.querySelector('button'));
    assert.deepEqual(await whatIsShown(intact.page), {questions: 9, takeaways: 5, host: 'Clicked', tampered: false});
    assert.deepEqual(intact.seen, {errors: [], warnings: [], pageErrors: []});
    await intact.page.close();

    const tampered = await openPage(env.browser, `${env.site.origin}/tampered.html`);
    // The loader loads the FAQ as built; only the changed takeaways file is refused. sensiq.js itself was changed.
    if (script === 'loader.js') await tampered.page.waitForFunction(() => document.querySelector('sensiq-faq').shadowRoot?.querySelector('button'));
    await tampered.page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /takeaways|sensiq\.js/.test(r.name)));
    await tampered.page.waitForLoadState('networkidle');
    const shown = await whatIsShown(tampered.page);
    assert.deepEqual(shown, {questions: script === 'loader.js' ? 9 : 0, takeaways: 0, host: 'Clicked', tampered: false});
    const refused = script === 'loader.js' ? 'sensiq-takeaways.js' : 'sensiq.js';
    assert.ok(
      tampered.seen.errors.some((error) => /integrity/i.test(error) && error.includes(refused)),
      `the browser says it refused ${refused}: ${JSON.stringify(tampered.seen.errors)}`
    );
    assert.deepEqual(tampered.seen.pageErrors, []);
    await tampered.page.close();
  });
}

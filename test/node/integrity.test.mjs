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
/** sensiq.js's part with the FAQ's answers, which it loads after the first paint. */
const ANSWERS_PART = readdirSync('dist').find((file) => /^sensiq-faq-answers-.*\.js$/.test(file));
// Which files each copy served has changed after the build.
const COPIES = {
  intact: [],
  'tampered-element': ['components/sensiq-takeaways.js'],
  'tampered-bundle': ['sensiq.js'],
  'tampered-part': [ANSWERS_PART],
};

const env = {};
before(async () => {
  // Two copies of dist/, as two CDNs would serve them: as built, and with files changed after the build.
  env.dir = mkdtempSync(join(tmpdir(), 'sensiq-integrity-'));
  for (const [copy, changed] of Object.entries(COPIES)) {
    cpSync('dist', join(env.dir, copy), {recursive: true});
    for (const file of changed) appendFileSync(join(env.dir, copy, file), '\nwindow.__tampered = true;\n');
  }
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
  for (const file of ['loader.js', 'sensiq.js', 'reserve.css', 'components/sensiq-faq.standalone.js'])
    assert.ok(file in integrity, file);
  for (const [file, value] of Object.entries(integrity)) {
    const digest = createHash('sha384')
      .update(readFileSync(join('dist', file)))
      .digest('base64');
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

/** What the reader meets: each element's text (none where its code never ran) and the host's own button. */
async function whatIsShown(page) {
  await page.click('#host');
  return page.evaluate(() => {
    const faq = document.querySelector('sensiq-faq').shadowRoot;
    return {
      questions: faq?.querySelectorAll('[part="question"]').length ?? 0,
      answers: faq?.querySelectorAll('[part="answer"] p').length ?? 0,
      takeaways: document.querySelector('sensiq-takeaways').shadowRoot?.querySelectorAll('li').length ?? 0,
      host: document.getElementById('host').textContent,
      tampered: window.__tampered ?? false,
    };
  });
}

/** Opens the page pinning `script` from the copy `copy`, once the files it asks for have come or been refused. */
async function open(copy, script) {
  env.site.pages[`/${copy}.html`] = {body: pinnedPage(`${env.cdn.origin}/${copy}/`, script)};
  const opened = await openPage(env.browser, `${env.site.origin}/${copy}.html`);
  await opened.page.waitForLoadState('networkidle');
  await opened.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200))); // the answers come a task later
  return {...opened, shown: await whatIsShown(opened.page)};
}

const everything = {questions: 9, takeaways: 5, host: 'Clicked', tampered: false};

for (const [script, copy, refused, shown] of [
  ['loader.js', 'tampered-element', 'components/sensiq-takeaways.js', {takeaways: 0}],
  ['sensiq.js', 'tampered-bundle', 'sensiq.js', {questions: 0, answers: 0, takeaways: 0}],
  ['sensiq.js', 'tampered-part', ANSWERS_PART, {answers: 0}],
]) {
  test(`${script} pinned from a CDN: a changed ${refused} is refused, and the page and the intact files go on`, async () => {
    const intact = await open('intact', script);
    const {answers, ...rest} = intact.shown;
    assert.ok(answers >= 9, `every answer arrived (${answers} paragraphs)`);
    assert.deepEqual(rest, everything);
    assert.deepEqual(intact.seen, {errors: [], warnings: [], pageErrors: []});
    await intact.page.close();

    const tampered = await open(copy, script);
    assert.deepEqual(tampered.shown, {...everything, answers, ...shown});
    const file = refused.split('/').pop();
    assert.ok(
      tampered.seen.errors.some((error) => /integrity/i.test(error) && error.includes(file)),
      `the browser says it refused ${file}: ${JSON.stringify(tampered.seen.errors)}`
    );
    assert.deepEqual(tampered.seen.pageErrors, []);
    await tampered.page.close();
  });
}

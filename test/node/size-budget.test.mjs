// The size budgets (issue 15), measured on the production build as a server sends it (gzip, level 9). A budget
// that fails names the bytes over; `npm run byte-sources` shows where a file's bytes go.
//   loader                 dist/loader.js
//   FAQ critical path      the JavaScript a page holding only <sensiq-faq> must receive before its first
//                          question is on screen: the loader and the FAQ's standalone file with its static
//                          imports. Answers, structured data and print handling arrive after (lazy chunks).
//   bundle                 dist/sensiq.js: every element and what their first paint shows; its later parts
//                          (sensiq-*.js: the FAQ's answers and search, the article's sections...) are not counted
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {gzipSize, staticClosure} from '../../scripts/lib/sizes.mjs';
import {openPage} from './helpers/browser.mjs';
import {hostPage, moduleScript, pageTests, scriptRequests} from './helpers/embed.mjs';

const BUDGETS = {
  loader: 1_500,
  faqCriticalPath: 10_000,
  bundle: 19_000,
};
// Where a budget is not met yet, a ceiling a little above today's measurement keeps the bytes from growing;
// every run prints the distance to the budget. Lower a ceiling as bytes come off; drop it once its budget holds.
// Issue 18 raised the critical path's: the `analytics` attribute and the check that loads the dataLayer bridge
// (about 60 B; the bridge itself is a chunk only pages with analytics fetch) and the content revision in
// window.SensIQ (about 30 B). 12,444 B after the FAQ renders answers another FAQ brought (a Firefox fix); 12,497 B
// once the loader lets a page whose elements came prerendered paint before our code runs (about 60 B): the
// ceiling is the 12,500 B budget issue 15's closing note asks for. 12,497 B again once that wait is for the
// browser's paint report, with a one-second fallback (+15 B: 19 for the wait, less 4 saved elsewhere in the loader).
const CEILINGS = {
  faqCriticalPath: 12_500,
};
const FAQ_PAGE_ENTRIES = ['dist/loader.js', 'dist/components/sensiq-faq.standalone.js'];

const gzipOf = (file) => gzipSize(readFileSync(file));
const bytes = (n) => `${n.toLocaleString('en')} B`;

/** Reports `measured` against its budget (and the ceiling that gates it for now), then asserts the gate. */
function withinBudget(t, what, measured, budget, ceiling = budget) {
  const margin = budget - measured;
  t.diagnostic(
    `${what}: ${bytes(measured)} gzip; budget ${bytes(budget)} (${margin >= 0 ? `${bytes(margin)} left` : `${bytes(-margin)} over`})`
  );
  if (ceiling !== budget) t.diagnostic(`  gated for now by a ceiling of ${bytes(ceiling)}`);
  assert.ok(
    measured <= ceiling,
    `${what} is ${bytes(measured)} gzip, ${bytes(measured - ceiling)} over ${bytes(ceiling)}`
  );
}

test('dist/loader.js stays small', (t) => {
  withinBudget(t, 'dist/loader.js', gzipOf('dist/loader.js'), BUDGETS.loader);
});

test("the JavaScript before a FAQ page's first question stays within its budget", (t) => {
  const files = staticClosure(FAQ_PAGE_ENTRIES);
  for (const file of files) t.diagnostic(`  ${file}: ${bytes(gzipOf(file))}`);
  const measured = files.reduce((sum, file) => sum + gzipOf(file), 0);
  withinBudget(t, 'FAQ critical path', measured, BUDGETS.faqCriticalPath, CEILINGS.faqCriticalPath);
});

test('dist/sensiq.js, with every element and what their first paint shows, stays within its budget', (t) => {
  withinBudget(t, 'dist/sensiq.js', gzipOf('dist/sensiq.js'), BUDGETS.bundle, CEILINGS.bundle);
});

// The budget counts the static import graph; this checks, in a browser, that the first question is on screen
// before anything else arrives, and that what arrives later is only the FAQ's own lazy chunks.
const env = pageTests();

test('a FAQ-only page shows its questions from exactly the files the budget counts; the rest comes after', async () => {
  // The page notes when the FAQ's first render has put its questions in (a mutation observer reports it before
  // any later task; updateComplete waits for the answers too); resource timing says when each file was asked for.
  const firstRender = `<script type="module">
customElements.whenDefined('sensiq-faq').then(() => {
  const root = document.querySelector('sensiq-faq').shadowRoot;
  const look = () => root.querySelector('[part~="question"]') && (window.firstRender ??= performance.now());
  if (!look()) new MutationObserver(look).observe(root, {childList: true, subtree: true});
});
</script>`;
  env.server.pages['/faq-only.html'] = {
    body: hostPage(moduleScript('dist/loader.js') + firstRender, '<sensiq-faq></sensiq-faq>'),
  };
  const {page, seen} = await openPage(env.browser, `${env.server.origin}/faq-only.html`, {
    waitFor: () => document.querySelector('sensiq-faq')?.shadowRoot?.querySelector('.answer p'),
  });
  await page.waitForLoadState('networkidle');
  const {rendered, files} = await page.evaluate(() => ({
    rendered: window.firstRender,
    files: performance
      .getEntriesByType('resource')
      .map((entry) => ({path: new URL(entry.name).pathname.slice(1), start: entry.startTime})),
  }));
  const scripts = files.filter((file) => file.path.endsWith('.js'));
  const before = scripts.filter((file) => file.start < rendered).map((file) => file.path);
  const after = scripts.filter((file) => file.start >= rendered).map((file) => file.path);
  assert.deepEqual(new Set(before), new Set(staticClosure(FAQ_PAGE_ENTRIES)), 'asked for before the first render');
  assert.ok(after.length >= 1, 'the answers arrive in a chunk of their own');
  for (const path of after) assert.match(path, /^dist\/components\/chunks\/sensiq-faq\.standalone-/);
  assert.deepEqual(new Set(scriptRequests(env.server).map((path) => path.slice(1))), new Set([...before, ...after]));
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('npm run byte-sources accounts for the FAQ file: its total, Lit, the questions and the element itself', () => {
  const file = 'dist/components/sensiq-faq.standalone.js';
  const out = execFileSync(process.execPath, ['scripts/byte-sources.mjs', file], {encoding: 'utf8'});
  assert.ok(out.startsWith(`${file}: ${bytes(gzipOf(file))} gzip`), out.split('\n')[0]);
  const cost = (source) => Number(new RegExp(`^\\s*(\\d+)\\s+\\d+\\s+${source}$`, 'm').exec(out)?.[1]);
  for (const source of [
    'lit-html/lit-html.js',
    'src/content/generated/faq-questions.ts',
    'src/components/faq/sensiq-faq.ts',
  ]) {
    assert.ok(cost(source) > 100, `${source}: ${cost(source)}`);
  }
  const groups = [...out.split('by group')[1].matchAll(/^\s*(\d+)\s+(.+)$/gm)].map((m) => Number(m[1]));
  const sum = groups.reduce((a, b) => a + b, 0);
  assert.ok(sum <= gzipOf(file) && sum > gzipOf(file) * 0.8, `groups add up to ${sum}`);
});

test('the Lit floor (bench/lit-floor.js: a bare accordion with the same text) builds, and the FAQ file costs more', (t) => {
  const out = execFileSync(process.execPath, ['scripts/byte-sources.mjs', '--lit-floor'], {encoding: 'utf8'});
  const floor = Number(/: ([\d,]+) B gzip/.exec(out)?.[1].replaceAll(',', ''));
  const faq = gzipOf('dist/components/sensiq-faq.standalone.js');
  t.diagnostic(`Lit floor ${bytes(floor)}; sensiq-faq.standalone.js ${bytes(faq)} (${bytes(faq - floor)} of features)`);
  assert.ok(floor > 5_000 && floor < faq, out);
});

// The size budgets of issue 8, measured on the production build as a server sends it (gzip, level 9).
// A budget that fails names the bytes over; see bench/README.md for where the bytes go.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {gzipSize, staticClosure} from '../../scripts/sizes.mjs';
import {openPage} from './helpers/browser.mjs';
import {hostPage, moduleScript, pageTests, scriptRequests} from './helpers/embed.mjs';

const BUDGETS = {
  bundle: 14_600, // dist/sensiq.js: one TCP initial window, every element and all content
  loader: 1_500, // dist/loader.js
  faqPage: 10_000, // all JavaScript of a page holding only <sensiq-faq> through the loader
};
// Issue 8's bundle and FAQ-page budgets are not met yet (17,498 B and 13,527 B when these were set). Until
// they are, these ceilings, a little above those measurements, keep the bytes from growing; every run
// prints the distance to the real budget. Lower them as bytes come off; remove them once BUDGETS hold.
const CEILINGS = {
  bundle: 17_600,
  faqPage: 13_600,
};
// The loader gives a page whose only SensIQ content is FAQs the FAQ's self-contained file (src/loader.ts).
const FAQ_PAGE_ENTRIES = ['dist/loader.js', 'dist/components/sensiq-faq.standalone.js'];

const gzipOf = (file) => gzipSize(readFileSync(file));
const bytes = (n) => `${n.toLocaleString('en')} B`;

/** Reports `measured` against `budget` in the test output, then asserts it fits. */
function withinBudget(t, what, measured, budget) {
  const margin = budget - measured;
  t.diagnostic(`${what}: ${bytes(measured)} gzip of ${bytes(budget)} (${margin >= 0 ? `${bytes(margin)} left` : `${bytes(-margin)} over`})`);
  assert.ok(measured <= budget, `${what} is ${bytes(measured)} gzip, ${bytes(measured - budget)} over its budget`);
}

test('dist/sensiq.js, with every element and all content, stays under its ceiling (budget: one TCP initial window)', (t) => {
  const measured = gzipOf('dist/sensiq.js');
  t.diagnostic(`issue 8 budget ${bytes(BUDGETS.bundle)}: ${bytes(measured - BUDGETS.bundle)} still to cut`);
  withinBudget(t, 'dist/sensiq.js', measured, CEILINGS.bundle);
});

test('dist/loader.js stays small', (t) => {
  withinBudget(t, 'dist/loader.js', gzipOf('dist/loader.js'), BUDGETS.loader);
});

test('a page holding only <sensiq-faq> through the loader stays under its JavaScript ceiling', (t) => {
  const files = staticClosure(FAQ_PAGE_ENTRIES);
  for (const file of files) t.diagnostic(`  ${file}: ${bytes(gzipOf(file))}`);
  const measured = files.reduce((sum, file) => sum + gzipOf(file), 0);
  t.diagnostic(`issue 8 budget ${bytes(BUDGETS.faqPage)}: ${bytes(measured - BUDGETS.faqPage)} still to cut`);
  withinBudget(t, 'FAQ page via the loader', measured, CEILINGS.faqPage);
});

// The budget above counts the static import graph; this checks that the browser fetches nothing beyond it
// (a chunk loaded with import() would otherwise escape the count).
const env = pageTests();

test('the FAQ-only page fetches exactly the JavaScript the budget counts', async () => {
  env.server.pages['/faq-only.html'] = {body: hostPage(moduleScript('dist/loader.js'), '<sensiq-faq></sensiq-faq>')};
  const {page, seen} = await openPage(env.browser, `${env.server.origin}/faq-only.html`, {
    waitFor: () => document.querySelector('sensiq-faq')?.shadowRoot?.textContent.includes('?'),
  });
  await page.waitForLoadState('networkidle');
  const fetched = scriptRequests(env.server).map((path) => path.slice(1));
  assert.deepEqual(new Set(fetched), new Set(staticClosure(FAQ_PAGE_ENTRIES)));
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('npm run byte-sources accounts for the FAQ file: its total, Lit, the text and the element itself', () => {
  const file = 'dist/components/sensiq-faq.standalone.js';
  const out = execFileSync(process.execPath, ['scripts/byte-sources.mjs', file], {encoding: 'utf8'});
  assert.ok(out.startsWith(`${file}: ${bytes(gzipOf(file))} gzip`), out.split('\n')[0]);
  const cost = (source) => Number(new RegExp(`^\\s*(\\d+)\\s+\\d+\\s+${source}$`, 'm').exec(out)?.[1]);
  for (const source of ['lit-html/lit-html.js', 'src/content/generated/faq.ts', 'src/components/faq/sensiq-faq.ts']) {
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

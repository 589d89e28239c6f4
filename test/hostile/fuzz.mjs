// Scenario 4: hostile attribute values. fast-check runs in the page (pages/fuzz.js), many cases per page
// load: every attribute of every element, as an attribute and in its data-* placeholder form, any
// JavaScript value in every property, the data-sensiq name itself, and the #faq-… fragment.
import {test, before} from 'node:test';
import {randomInt} from 'node:crypto';
import assert from 'node:assert/strict';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {TAGS, assertQuietHost, hostPage, inEachEngine, moduleScript} from './helpers/suite.mjs';

/**
 * Runs per attribute and form in `engine`: 1,000 in Chromium, 100 in Firefox and WebKit. The code under test
 * parses text into settings, which no engine does differently, so the breadth comes from one engine and from
 * a new seed on every run; the other two check that the same inputs behave there too. FUZZ_RUNS overrides all.
 */
const runsIn = (engine) => Number(process.env.FUZZ_RUNS ?? (engine === 'chromium' ? 1000 : 100));
/**
 * A new seed on every run, so each run tries cases no earlier run did; it is in every fuzz test's name and in
 * every failure, and `FUZZ_SEED=<seed>` replays that run's cases exactly (each call starts from the seed).
 */
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(2 ** 31);
if (!Number.isSafeInteger(SEED)) throw new Error(`FUZZ_SEED must be a whole number, not "${process.env.FUZZ_SEED}"`);
console.log(`Fuzzing with seed ${SEED}: FUZZ_SEED=${SEED} replays these cases.`);

// fast-check as one browser module for the fuzz page, served from memory: each engine's file runs in a process
// of its own, two at a time, and a file on disk that one rewrites while another's page reads it would flake.
let fastCheck;
before(async () => {
  const bundle = await rollup({input: 'node_modules/fast-check/lib/fast-check.js', plugins: [nodeResolve()]});
  [{code: fastCheck}] = (await bundle.generate({format: 'es'})).output;
  await bundle.close();
});

const page = () =>
  hostPage({
    head: moduleScript('/dist/sensiq.js') + moduleScript('/test/hostile/pages/fuzz.js'),
    body: '<main id="fuzz"></main>',
  });

inEachEngine('hostile attribute values', (env, engine) => {
  const RUNS = runsIn(engine);
  let fuzzPage;
  let attributes;
  // One call runs hundreds of cases: it may take minutes where the machine is loaded (WebKit's default is 1).
  const fuzz = (name, args) =>
    fuzzPage.evaluate(([name, args]) => window.sensiqFuzz[name](args), [name, args], {timeout: 15 * 60 * 1000});
  before(async () => {
    env.serve('/fast-check.js', fastCheck, 'text/javascript; charset=utf-8');
    fuzzPage = await env.open('/fuzz.html', page());
  });

  test('the fuzz page knows every element and its attributes', async () => {
    await fuzzPage.waitFor((tags) => window.sensiqFuzz && tags.every((t) => customElements.get(t)), TAGS);
    attributes = await fuzzPage.evaluate((tags) => window.sensiqFuzz.attributesOf(tags), TAGS);
    assert.deepEqual(Object.keys(attributes), TAGS);
    for (const tag of TAGS) assert.ok(attributes[tag].includes('heading-level'), tag);
  });

  for (const tag of TAGS) {
    test(`every attribute of <${tag}>, set directly or through its data-* placeholder, survives ${RUNS} hostile values (seed ${SEED})`, async () => {
      const failures = [];
      for (const attribute of attributes[tag]) {
        const result = await fuzz('fuzzAttribute', {
          tag,
          attribute,
          numRuns: RUNS,
          seed: SEED,
        });
        if (result.error) failures.push(`${attribute}: ${result.error}`);
        else {
          assert.equal(result.runs, RUNS);
          assert.ok(
            Math.min(result.forms.attribute, result.forms.placeholder) > RUNS / 4,
            `${attribute}: both forms ran`
          );
        }
      }
      assert.deepEqual(failures, []);
    });
  }

  for (const tag of TAGS) {
    test(`every property of <${tag}> takes any JavaScript value (arrays, symbols, throwing objects) without throwing (seed ${SEED})`, async () => {
      const result = await fuzz('fuzzProperties', {
        tag,
        numRuns: Math.min(RUNS, 500),
        seed: SEED,
      });
      assert.equal(result.error, undefined);
      assert.ok(result.properties.includes('headingLevel'), result.properties.join());
    });
  }

  test(`a placeholder's data-sensiq name survives ${RUNS} hostile values (seed ${SEED})`, async () => {
    const result = await fuzz('fuzzPlaceholderName', {
      tags: TAGS,
      numRuns: RUNS,
      seed: SEED,
    });
    assert.equal(result.error, undefined);
    assert.equal(result.runs, RUNS);
  });

  test(`a hostile #faq-… fragment opens nothing but the exact question it names (seed ${SEED})`, async () => {
    const result = await fuzz('fuzzHash', {
      numRuns: Math.min(RUNS, 300),
      seed: SEED,
    });
    assert.equal(result.error, undefined);
  });

  test('the host saw no error, rejection or violation in the whole fuzz run', async () => {
    await assertQuietHost(fuzzPage);
    await fuzzPage.close();
  });

  test('a page opened with a hostile #faq-… fragment stays intact', async () => {
    const fragment = encodeURIComponent('"><img src=x onerror=window.__pwned=1>');
    env.server.pages['/deep.html'] = {
      body: hostPage({head: moduleScript('/dist/sensiq.js'), body: '<sensiq-faq></sensiq-faq>'}),
    };
    const deep = await env.engine.newPage();
    await deep.goto(`${env.server.origin}/deep.html#faq-${fragment}`);
    await deep.waitFor(() => document.querySelector('sensiq-faq')?.shadowRoot?.querySelector('button'));
    assert.deepEqual(
      await deep.evaluate(() => ({
        pwned: window.__pwned,
        images:
          document.querySelectorAll('img').length +
          document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('img').length,
        open: document.querySelector('sensiq-faq').shadowRoot.querySelectorAll('[aria-expanded="true"]').length,
      })),
      {pwned: undefined, images: 0, open: 0}
    );
    await assertQuietHost(deep);
    await deep.close();
  });
});

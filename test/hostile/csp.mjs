// Scenarios 1 and 2: strict Content Security Policies with Trusted Types, served as real headers.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
  STRICT_CSP,
  TAGS,
  assertQuietHost,
  everyElement,
  hostPage,
  hostRecord,
  inEachEngine,
  moduleScript,
  rendered,
  settle,
  until,
} from './helpers/suite.mjs';

const jsonLd = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent))
  );

/** A host script that creates a Trusted Types policy named 'lit-html' before SensIQ loads (say, the host uses Lit). */
const HOST_LIT_POLICY = '/test/hostile/pages/host-lit-policy.js';
/** A host script that freezes window.trustedTypes before SensIQ loads. */
const HOST_FREEZE_TT = '/test/hostile/pages/host-freeze-tt.js';

inEachEngine('strict CSP', (env) => {
  for (const [how, script] of [
    ['dist/sensiq.js', '/dist/sensiq.js'],
    ['the loader', '/dist/loader.js'],
  ]) {
    test(`every element renders through ${how} under ${STRICT_CSP}, with no violation or console error`, async () => {
      const page = await env.open('/strict.html', hostPage({head: moduleScript(script), body: everyElement()}), {
        'content-security-policy': STRICT_CSP,
      });
      await rendered(page);
      await page.waitFor(() =>
        document.querySelector('script[type="application/ld+json"][data-sensiq-json-ld^="faq:"]')
      );
      assert.deepEqual(await page.evaluate((tags) => tags.filter((t) => !customElements.get(t)), TAGS), []);
      const faqPages = (await jsonLd(page)).filter((data) => data['@type'] === 'FAQPage');
      assert.deepEqual(
        faqPages.map((data) => data.mainEntity.length),
        [9]
      );
      await assertQuietHost(page);
      assert.deepEqual(page.messages('warn'), []);
      await page.close();
    });
  }

  // A lone FAQ through the loader comes from its standalone file: that copy must keep to the policy names too.
  for (const [how, script] of [
    ['dist/sensiq.js', '/dist/sensiq.js'],
    ['the loader (a standalone file)', '/dist/loader.js'],
  ]) {
    test(`the FAQ JSON-LD is written through the sensiq-json-ld policy when the allow-list names it (${how})`, async () => {
      const csp = `${STRICT_CSP}; trusted-types lit-html sensiq-json-ld`;
      const page = await env.open(
        '/allow-listed.html',
        hostPage({head: moduleScript(script), body: '<sensiq-faq></sensiq-faq>'}),
        {
          'content-security-policy': csp,
        }
      );
      await rendered(page, 'sensiq-faq');
      await page.waitFor(() => document.querySelector('script[type="application/ld+json"]'));
      assert.equal((await jsonLd(page))[0].mainEntity.length, 9);
      await assertQuietHost(page);
      assert.deepEqual(page.messages('warn'), []);
      await page.close();
    });
  }
});

inEachEngine("a Trusted Types allow-list without 'lit-html'", (env, engine) => {
  const cases = [
    ['omits lit-html', `${STRICT_CSP}; trusted-types sensiq-json-ld`, ''],
    [
      "already holds the host's own lit-html policy",
      `${STRICT_CSP}; trusted-types lit-html sensiq-json-ld`,
      `<script src="${HOST_LIT_POLICY}"></script>`,
    ],
  ];
  const files = [
    ['the loader', '/dist/loader.js'],
    ['dist/sensiq.js', '/dist/sensiq.js'],
    ['a per-element file', '/dist/components/sensiq-faq.js'],
    ['a standalone file', '/dist/components/sensiq-faq.standalone.js'],
  ];
  for (const [i, [what, csp, hostScript]] of cases.entries()) {
    // Each file holds its own copy of the policy code, a matter of bundling, the same in every engine: Chromium
    // checks every file; Firefox and WebKit, which enforce the same policy their own way, check each case
    // through one file, a different one per case.
    for (const [how, script] of engine === 'chromium' ? files : [files[i]]) {
      test(`when the allow-list ${what}, ${how} throws nothing at the host and warns once to allow lit-html`, async () => {
        const body = `${everyElement()}<div data-sensiq="takeaways">Fallback text the host wrote.</div>`;
        const page = await env.open('/tt.html', hostPage({head: hostScript + moduleScript(script), body}), {
          'content-security-policy': csp,
        });
        assert.ok(await page.evaluate(() => Boolean(window.trustedTypes)), 'this engine enforces Trusted Types');
        // Settled: the warning is out, or (wrongly) an error reached the host; then a moment for any repeat.
        await until(async () => page.messages('warn').length || (await hostRecord(page)).errors.length);
        await settle(page);
        const host = await assertQuietHost(page, {violations: false, consoleErrors: false});
        // The only violation is the refused policy name, reported to the host's CSP reporting as it should be.
        assert.ok(
          host.violations.every((v) => v.startsWith('trusted-types')),
          host.violations.join('\n')
        );
        const warnings = page.messages('warn');
        assert.equal(warnings.length, 1, warnings.join('\n'));
        assert.match(warnings[0], /lit-html/);
        assert.match(warnings[0], /trusted-types/);
        // The host's own content stays as it was.
        assert.equal(
          await page.evaluate(() => document.querySelector('[data-sensiq]')?.textContent),
          'Fallback text the host wrote.'
        );
        await page.close();
      });
    }
  }

  test('a host that froze window.trustedTypes still gets every element rendered under a strict CSP', async () => {
    const csp = `${STRICT_CSP}; trusted-types lit-html sensiq-json-ld`;
    const page = await env.open(
      '/tt-frozen.html',
      hostPage({
        head: `<script src="${HOST_FREEZE_TT}"></script>` + moduleScript('/dist/sensiq.js'),
        body: everyElement(),
      }),
      {
        'content-security-policy': csp,
      }
    );
    await rendered(page);
    assert.equal(await page.evaluate(() => Object.isFrozen(window.trustedTypes)), true);
    await assertQuietHost(page);
    assert.deepEqual(page.messages('warn'), []);
    await page.close();
  });

  test("with 'allow-duplicates', a host that uses Lit too gets every element rendered", async () => {
    const csp = `${STRICT_CSP}; trusted-types lit-html sensiq-json-ld 'allow-duplicates'`;
    const page = await env.open(
      '/tt-dup.html',
      hostPage({
        head: `<script src="${HOST_LIT_POLICY}"></script>` + moduleScript('/dist/loader.js'),
        body: everyElement(),
      }),
      {
        'content-security-policy': csp,
      }
    );
    await rendered(page);
    await assertQuietHost(page);
    assert.deepEqual(page.messages('warn'), []);
    await page.close();
  });
});

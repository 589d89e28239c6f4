// <div data-sensiq="takeaways" data-limit="3"> placeholders (what WordPress lets authors keep) become the
// real element in place, with the loader or with the bundle: now, later, and after the host re-renders.
import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {openPage} from './helpers/browser.mjs';
import {hostPage, moduleScript, pageTests, rendered, shown} from './helpers/embed.mjs';

const env = pageTests();

const clean = {errors: [], warnings: [], pageErrors: []};

async function visit(script, body) {
  env.server.pages['/post.html'] = {body: hostPage(moduleScript(script), body)};
  return openPage(env.browser, `${env.server.origin}/post.html`);
}

/** The attributes of every <sensiq-takeaways> in `root`, and how many placeholders are left. */
const markup = (page, root = 'body') =>
  page.evaluate((selector) => {
    const scope = document.querySelector(selector);
    return {
      elements: [...scope.querySelectorAll('sensiq-takeaways')].map((el) =>
        Object.fromEntries(
          [...el.attributes]
            .filter((a) => a.name !== 'data-sensiq-theme') // the element's own resolved-theme state, not a setting
            .map((a) => [a.name, a.value])
        )
      ),
      placeholders: scope.querySelectorAll('[data-sensiq]').length,
    };
  }, root);

for (const [what, script] of [
  ['the loader', '/dist/loader.js'],
  ['the bundle', '/dist/sensiq.js'],
]) {
  describe(`placeholders with ${what}`, () => {
    test('a placeholder becomes the element in place, its data-* settings becoming attributes', async () => {
      const {page, seen} = await visit(
        script,
        `<article id="post"><p>Before.</p>
         <div data-sensiq="takeaways" data-limit="3" data-heading-level="4" data-no-promo="">Read the takeaways on our site.</div>
         <p>After.</p></article>`
      );
      await rendered(page);
      assert.deepEqual(await markup(page), {
        elements: [{limit: '3', 'heading-level': '4', 'no-promo': ''}],
        placeholders: 0,
      });
      assert.deepEqual(
        await page.evaluate(() => [...document.querySelector('#post').children].map((el) => el.localName)),
        ['p', 'sensiq-takeaways', 'p']
      );
      const [{heading, items}] = await shown(page);
      assert.equal(heading, 'h4');
      assert.equal(items.length, 3);
      // Fallback text for readers without JavaScript moves inside; the element has no slot, so it is not shown.
      assert.equal(
        await page.locator('sensiq-takeaways').evaluate((el) => el.textContent.trim()),
        'Read the takeaways on our site.'
      );
      assert.ok(!(await page.evaluate(() => document.body.innerText)).includes('Read the takeaways'));
      assert.deepEqual(seen, clean);
      await page.close();
    });

    test('placeholders added later, and inside a section the host re-renders, upgrade too', async () => {
      const {page, seen} = await visit(script, '<main id="app"></main>');
      await page.evaluate(() => {
        document.body.insertAdjacentHTML(
          'beforeend',
          '<aside id="later"><div data-sensiq="takeaways" data-limit="2"></div></aside>'
        );
      });
      await rendered(page, '#later sensiq-takeaways');
      assert.equal((await shown(page, '#later sensiq-takeaways'))[0].items.length, 2);
      for (const limit of [1, 4]) {
        // What a host framework does on re-render: the section's markup replaced wholesale.
        await page.evaluate((n) => {
          document.querySelector('#app').innerHTML =
            `<section><div data-sensiq="takeaways" data-limit="${n}"></div></section>`;
        }, limit);
        await page.waitForFunction(
          (n) => document.querySelector('#app sensiq-takeaways')?.shadowRoot?.querySelectorAll('li').length === n,
          limit
        );
        assert.deepEqual(await markup(page, '#app'), {elements: [{limit: String(limit)}], placeholders: 0});
      }
      assert.deepEqual(seen, clean);
      await page.close();
    });

    test('settings stay untrusted text: markup is never parsed, handlers and unknown attributes are dropped', async () => {
      const {page, seen} = await visit(
        script,
        `<div data-sensiq="takeaways" data-limit='<img src=x onerror="window.pwned=1">' data-onclick="window.pwned=1"
              data-style="position:fixed;inset:0" data-heading_level="3"></div>
         <div data-sensiq="takeaways" data-onclick="window.pwned=1"></div>`
      );
      await rendered(page);
      assert.deepEqual((await markup(page)).elements, [{limit: '<img src=x onerror="window.pwned=1">'}, {}]);
      await page.locator('sensiq-takeaways').first().click();
      assert.deepEqual(
        await page.evaluate(() => ({
          pwned: window.pwned,
          images: document.querySelectorAll('img').length,
          shadowImages: [...document.querySelectorAll('sensiq-takeaways')].map(
            (el) => el.shadowRoot.querySelectorAll('img').length
          ),
        })),
        {pwned: undefined, images: 0, shadowImages: [0, 0]}
      );
      // The element's own validation handles the value: all takeaways, and its usual warning.
      assert.equal((await shown(page))[0].items.length, 5);
      assert.equal(seen.warnings.length, 4, seen.warnings.join('\n'));
      const [onclick, style, underscore] = ['"onclick" (from "data-onclick")', '"style"', '"heading_level"'].map(
        (text) => seen.warnings.filter((w) => w.includes(`<sensiq-takeaways> has no attribute ${text}`))
      );
      assert.equal(onclick.length, 1, 'one warning however many placeholders repeat the mistake');
      assert.match(
        onclick[0],
        /use data-article, data-heading-level, data-no-promo, data-theme, data-analytics, data-cta-href, data-cta-label, data-limit\. It is ignored\./
      );
      assert.deepEqual([style.length, underscore.length], [1, 1]);
      assert.equal(seen.warnings.filter((w) => w.includes('limit="<img src=x')).length, 1);
      assert.deepEqual([seen.errors, seen.pageErrors], [[], []]);
      await page.close();
    });
  });
}

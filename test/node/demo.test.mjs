// The host pages `npm start` serves (demo/): linked from the demo's front page, and on each, every
// element this build knows renders, every placeholder naming one is upgraded, and nothing errs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {openPage} from './helpers/browser.mjs';
import {pageTests} from './helpers/embed.mjs';
import {elementsIn} from '../../scripts/lib/elements.mjs';

const hosts = ['wordpress.html', 'shopify.html', 'clinic.html'];
const known = elementsIn().map((element) => element.tag);

const env = pageTests();

test('the demo front page links to each host page, each with its own stylesheet and SensIQ markup', () => {
  const index = readFileSync('demo/index.html', 'utf8');
  for (const host of hosts) {
    assert.ok(index.includes(`href="./${host}"`), host);
    const markup = readFileSync(`demo/${host}`, 'utf8');
    assert.ok(markup.includes(`<link rel="stylesheet" href="./${host.replace('.html', '.css')}" />`), host);
    assert.match(markup, /<sensiq-[a-z-]+[ >]|data-sensiq="/, host);
  }
});

for (const host of hosts) {
  test(`demo/${host}: the elements this build has render, in the host's own styles, without errors`, async () => {
    const {page, seen} = await openPage(env.browser, `${env.server.origin}/demo/${host}`);
    await page.waitForLoadState('networkidle');
    const state = await page.evaluate((tags) => {
      const known = [...document.querySelectorAll(tags.join())];
      return {
        known: known.length,
        rendered: known.filter((el) => el.shadowRoot?.childElementCount).length,
        waiting: [...document.querySelectorAll('[data-sensiq]')].filter((p) =>
          tags.includes(`sensiq-${p.getAttribute('data-sensiq')}`)
        ).length,
        hostStyles: document.styleSheets.length,
      };
    }, known);
    assert.equal(state.rendered, state.known);
    assert.equal(state.waiting, 0);
    assert.equal(state.hostStyles, 1);
    assert.deepEqual([seen.errors, seen.pageErrors], [[], []]);
    await page.close();
  });
}

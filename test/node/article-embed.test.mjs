// <sensiq-provider> and <sensiq-article> in plain pages, with the elements in the HTML before the script defines
// them: whether the bundle defines them in order or the loader fetches their files in any order, the provider
// reaches every element inside it.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {openPage} from './helpers/browser.mjs';
import {hostPage, moduleScript, pageTests} from './helpers/embed.mjs';

const env = pageTests();

const CLINIC = `<sensiq-provider no-promo heading-level="3">
  <sensiq-takeaways></sensiq-takeaways>
  <sensiq-article></sensiq-article>
</sensiq-provider>`;

// Module scripts run in order: the last case defines the provider after the elements inside it have asked.
const LOADINGS = {
  'the bundle': ['dist/sensiq.js'],
  'the loader': ['dist/loader.js'],
  'per-element files, the provider last': ['takeaways', 'article', 'provider'].map(
    (n) => `dist/components/sensiq-${n}.js`
  ),
};

for (const [loading, scripts] of Object.entries(LOADINGS)) {
  test(`elements inside a provider take its settings, loaded by ${loading}`, async () => {
    env.server.pages['/clinic.html'] = {body: hostPage(scripts.map((s) => moduleScript(`/${s}`)).join(''), CLINIC)};
    const {page, seen} = await openPage(env.browser, `${env.server.origin}/clinic.html`, {
      waitFor: () =>
        document
          .querySelector('sensiq-article')
          ?.shadowRoot?.querySelector('sensiq-takeaways')
          ?.shadowRoot?.querySelector('li'),
    });
    const shown = await page.evaluate(() => {
      const article = document.querySelector('sensiq-article').shadowRoot;
      const takeaways = document.querySelector('sensiq-takeaways').shadowRoot;
      return {
        takeaways: takeaways.querySelectorAll('li').length,
        takeawaysHeading: takeaways.querySelector('h1, h2, h3, h4, h5, h6').localName,
        title: article.querySelector('[part="heading"]').localName,
        nestedTakeaways: article.querySelector('sensiq-takeaways').shadowRoot.querySelectorAll('li').length,
        promo: article.querySelectorAll('[part="promo"]').length,
      };
    });
    assert.deepEqual(shown, {takeaways: 4, takeawaysHeading: 'h3', title: 'h3', nestedTakeaways: 4, promo: 0});
    assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
    await page.close();
  });
}

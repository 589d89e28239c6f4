// <sensiq-provider> and <sensiq-article> from dist/sensiq.js in plain pages, where the elements are in the HTML
// before the script defines them: the provider must still reach every element inside it.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startServer} from './helpers/server.mjs';
import {launchChromium, openPage} from './helpers/browser.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({
    pages: {
      '/clinic.html': {
        body: `<!doctype html><html lang="en"><title>Clinic page</title>
<sensiq-provider no-promo heading-level="3">
  <sensiq-takeaways></sensiq-takeaways>
  <sensiq-article></sensiq-article>
</sensiq-provider>
<script type="module" src="dist/sensiq.js"></script>`,
      },
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('elements already in the page take the provider’s settings when the bundle defines them', async () => {
  const {page, seen} = await openPage(browser, `${server.origin}/clinic.html`, {
    waitFor: () =>
      document.querySelector('sensiq-article')?.shadowRoot?.querySelector('sensiq-takeaways')?.shadowRoot?.querySelector('li'),
  });
  const shown = await page.evaluate(() => {
    const article = document.querySelector('sensiq-article').shadowRoot;
    const takeaways = document.querySelector('sensiq-takeaways').shadowRoot;
    return {
      takeaways: takeaways.querySelectorAll('li').length,
      takeawaysHeading: takeaways.querySelector('h1, h2, h3, h4, h5, h6').localName,
      title: article.querySelector('[part="title"]').localName,
      nestedTakeaways: article.querySelector('sensiq-takeaways').shadowRoot.querySelectorAll('li').length,
      promo: article.querySelectorAll('[part="promo"]').length,
    };
  });
  assert.deepEqual(shown, {takeaways: 4, takeawaysHeading: 'h3', title: 'h3', nestedTakeaways: 4, promo: 0});
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

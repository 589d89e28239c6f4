// The README's React 19, Vue 3, Svelte 5 and Angular recipes, run: each framework's minimal app
// (test/node/frameworks/), built once with Vite, importing the elements through the package's exports, in Chromium
// as a reader meets it.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {startServer} from './helpers/server.mjs';
import {launchChromium, openPage} from './helpers/browser.mjs';
import {buildFrameworkApps} from './helpers/framework-apps.mjs';

const FIRST_QUESTION = 'Does menopause cause hip and leg pain?';
const env = {};

before(async () => {
  [env.pages, env.server, env.browser] = await Promise.all([buildFrameworkApps(), startServer(), launchChromium()]);
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

const APPS = {vue: 'a Vue 3 app', svelte: 'a Svelte 5 app', react: 'a React 19 app', angular: 'an Angular app'};

for (const [framework, app] of Object.entries(APPS)) {
  describe(`in ${app}`, () => {
    let page;
    let seen;
    // The app's own top-level elements (the article holds a red-flags element of its own).
    const own = (tag) => page.locator(`#app > ${tag}`);

    before(async () => {
      ({page, seen} = await openPage(env.browser, env.server.origin + env.pages[framework]));
    });
    after(() => page?.close());

    test('every element shows its heading, at the level the app and the provider set', async () => {
      const heading = (element, level) => element.getByRole('heading', {level}).first().innerText();
      assert.equal(await heading(own('sensiq-provider > sensiq-takeaways'), 3), 'Key Takeaways');
      assert.equal(await heading(own('sensiq-red-flags'), 2), 'When to See a Doctor');
      assert.equal(
        await heading(own('sensiq-article'), 2),
        'Can Menopause Cause Hip and Leg Pain or Is It Something Else?'
      );
      await own('sensiq-faq').getByRole('button', {name: FIRST_QUESTION}).waitFor();
      assert.equal(await own('sensiq-faq').getByRole('button').count(), 3, 'limit="3"');
    });

    test('a property the app sets: two takeaways, and no limit attribute written', async () => {
      const takeaways = own('sensiq-provider > sensiq-takeaways');
      assert.equal(await takeaways.getByRole('listitem').count(), 2);
      assert.equal(await takeaways.getAttribute('limit'), null);
    });

    test("opening a question shows its answer, and the app's state shows the event's detail", async () => {
      const question = own('sensiq-faq').getByRole('button', {name: FIRST_QUESTION});
      const answer = own('sensiq-faq').locator(`[id="${await question.getAttribute('aria-controls')}"]`);
      assert.equal(await answer.isVisible(), false);
      await question.click();
      await answer.waitFor({state: 'visible'});
      assert.equal(await question.getAttribute('aria-expanded'), 'true');
      await page.locator('#last-toggle', {hasText: 'Opened'}).waitFor();
      assert.equal(await page.locator('#last-toggle').innerText(), `Opened: ${FIRST_QUESTION}`);
    });

    test("no-promo is on exactly while the app's clinic mode is: the button stays, as the clinic's own", async () => {
      const article = own('sensiq-article');
      const cta = article.getByRole('link', {name: 'Shop now'});
      // SensIQ's "From SensIQ" panels: clinic mode leaves every one out and shows the button alone.
      const promotion = article.locator('[part="promo"]');
      const clinicMode = () => article.evaluate((element) => element.hasAttribute('no-promo'));
      await cta.waitFor();
      assert.equal(await clinicMode(), false);
      assert.ok((await promotion.count()) > 0);
      await page.getByLabel('Clinic mode').check();
      await promotion.first().waitFor({state: 'detached'});
      assert.equal(await clinicMode(), true);
      assert.equal(await promotion.count(), 0);
      assert.ok(await cta.isVisible(), "the app's own button");
      await page.getByLabel('Clinic mode').uncheck();
      await promotion.first().waitFor();
      assert.equal(await clinicMode(), false);
      assert.ok(await cta.isVisible());
    });

    test('neither the framework nor the elements complain in the console', () => {
      assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
    });
  });
}

// The first embed snippet from the README, in a plain page: one script tag and one element.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {startServer} from './helpers/server.mjs';
import {launchChromium, openPage} from './helpers/browser.mjs';
import {sourceTakeaways, SOURCE_PATH} from '../../build/test/helpers/source.js';

let server;
let browser;
before(async () => {
  server = await startServer({
    pages: {
      '/plain.html': {
        body: `<!doctype html><html lang="en"><title>Plain page</title>
<script type="module" src="dist/sensiq.js"></script><sensiq-takeaways></sensiq-takeaways>`,
      },
      '/twice.html': {
        body: `<!doctype html><html lang="en"><title>Pasted twice</title>
<script type="module" src="dist/sensiq.js"></script><sensiq-takeaways></sensiq-takeaways>
<script type="module" src="dist/sensiq.js?again"></script>
<script type="module" src="dist/components/sensiq-takeaways.js"></script>`,
      },
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const shownTakeaways = (page) =>
  page.evaluate(() =>
    [...(document.querySelector('sensiq-takeaways')?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) =>
      li.textContent.replace(/\s+/g, ' ').trim()
    )
  );

test('the README snippet shows the five takeaways with no console error', async () => {
  const {page, seen} = await openPage(browser, `${server.origin}/plain.html`, {
    waitFor: () => document.querySelector('sensiq-takeaways')?.shadowRoot?.querySelector('li'),
  });
  assert.deepEqual(await shownTakeaways(page), sourceTakeaways(readFileSync(SOURCE_PATH, 'utf8')));
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  await page.close();
});

test('the script pasted twice, and mixed with a per-element file, still shows one list without errors', async () => {
  const {page, seen} = await openPage(browser, `${server.origin}/twice.html`, {
    waitFor: () => document.querySelector('sensiq-takeaways')?.shadowRoot?.querySelector('li'),
  });
  await page.waitForLoadState('load');
  assert.equal((await shownTakeaways(page)).length, 5);
  assert.deepEqual(seen, {errors: [], warnings: [], pageErrors: []});
  assert.equal(
    await page.evaluate(() => window.SensIQ.version),
    JSON.parse(readFileSync('package.json', 'utf8')).version
  );
  await page.close();
});
